/* SPDX-License-Identifier: GPL-2.0-or-later */
/* state.c — the saved view: the language, the units, the focused pane
 * whether the reference models are shown (r) and each pane's sort,
 * remembered between runs in
 * $XDG_STATE_HOME/dokpamo/view (default ~/.local/state/dokpamo/view), as
 * "key = value" lines. Read at start (an option given on the command line
 * wins for that run), written on quit through the one file writer of the
 * compare room (temporary file, fsync, rename; the old file's mode kept).
 * A file that does not parse is ignored as a whole, with a message on the
 * status line; a sort key the panes no longer have is ignored alone.
 * `--state=never` (or `state = never` in the config) neither reads nor
 * writes it; --headless-script and --ssh leave it alone unless
 * --state=always (tests set $XDG_STATE_HOME to a temporary directory).
 *
 * To remember another setting: a field in struct saved, a line in
 * state_parse_line(), one in state_load() and one in render_state(). */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "compare.h"
#include "tui/app.h"
#include "vocab.h"

#define STATE_MAX_BYTES 65536

static const char *const pane_ids[NPANES] = {"params", "arch", "partners", "eval"};

/* The directory and file; false when there is no home to put them in. */
static bool state_paths(char *dir, size_t dirsz, char *file, size_t filesz)
{
    const char *xdg = getenv("XDG_STATE_HOME");
    const char *home = getenv("HOME");
    int n;
    /* The XDG spec: a relative $XDG_STATE_HOME is invalid and ignored. */
    if (xdg && xdg[0] == '/')
        n = snprintf(dir, dirsz, "%s/dokpamo", xdg);
    else if (home && home[0])
        n = snprintf(dir, dirsz, "%s/.local/state/dokpamo", home);
    else
        return false;
    if (n < 0 || (size_t)n >= dirsz)
        return false;
    n = snprintf(file, filesz, "%s/view", dir);
    return n > 0 && (size_t)n < filesz;
}

struct saved {
    int lang;  /* -1: not saved */
    int units; /* -1, 0 (B), 1 (억/조) */
    int focus; /* -1 or a pane */
    int refs;  /* -1, 0 hidden, 1 shown (r, --references) */
    char sort[NPANES][256];
};

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
        s[--n] = '\0';
    return s;
}

static int word(const char *v, const char *const *words)
{
    for (int i = 0; words[i]; i++)
        if (strcmp(v, words[i]) == 0)
            return i;
    return -1;
}

/* One line; false with the reason (in lang) in err. */
static bool state_parse_line(struct saved *sv, char *line, int lineno, enum dp_lang lang, char *err,
                             size_t errsz)
{
    static const char *const langs[] = {"ko", "en", NULL}, *const units[] = {"b", "kr", NULL},
                             *const yesno[] = {"no", "yes", NULL};
    char *s = trim(line);
    if (text_check(s, strlen(s), NULL) != TEXT_OK) {
        snprintf(err, errsz, "%s", vocab(V_STATE_NOT_TEXT, lang)); /* binary, controls, bad UTF-8 */
        return false;
    }
    if (!*s || *s == '#')
        return true;
    char *eq = strchr(s, '=');
    if (!eq) {
        snprintf(err, errsz, vocab(V_STATE_BAD_LINE, lang), lineno);
        return false;
    }
    *eq = '\0';
    char *key = trim(s), *val = trim(eq + 1);
    int i = -1;
    if (strcmp(key, "lang") == 0)
        i = sv->lang = word(val, langs);
    else if (strcmp(key, "units") == 0)
        i = sv->units = word(val, units);
    else if (strcmp(key, "focus") == 0)
        i = sv->focus = word(val, pane_ids);
    else if (strcmp(key, "references") == 0)
        i = sv->refs = word(val, yesno);
    else if (strncmp(key, "sort.", 5) == 0 && (i = word(key + 5, pane_ids)) >= 0) {
        size_t n = strlen(val);
        if (n == 0 || n >= sizeof sv->sort[i] ||
            strspn(val, "+-_.,abcdefghijklmnopqrstuvwxyz"
                        "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != n)
            i = -1;
        else
            memcpy(sv->sort[i], val, n + 1);
    } else {
        char *safe = text_display(key, strlen(key), 0);
        snprintf(err, errsz, vocab(V_STATE_BAD_KEY, lang), lineno, safe ? safe : "?");
        free(safe);
        return false;
    }
    if (i < 0) {
        char *safe = text_display(key, strlen(key), 0);
        snprintf(err, errsz, vocab(V_STATE_BAD_VALUE, lang), lineno, safe ? safe : "?");
        free(safe);
        return false;
    }
    return true;
}

/* Reads the file into sv; false (err says why) when it is there but
 * broken. A missing file is no view saved yet. */
static bool state_read(const char *file, struct saved *sv, enum dp_lang lang, char *err, size_t errsz)
{
    FILE *f = fopen(file, "rb");
    if (!f) {
        if (errno == ENOENT)
            return true;
        snprintf(err, errsz, "%s", strerror(errno));
        return false;
    }
    char *buf = malloc(STATE_MAX_BYTES + 1);
    size_t n = buf ? fread(buf, 1, STATE_MAX_BYTES + 1, f) : 0;
    bool bad_read = ferror(f);
    fclose(f);
    if (!buf) {
        snprintf(err, errsz, "%s", strerror(ENOMEM));
        return false;
    }
    buf[n < STATE_MAX_BYTES ? n : STATE_MAX_BYTES] = '\0';
    bool ok = !bad_read && n <= STATE_MAX_BYTES && memchr(buf, '\0', n) == NULL;
    if (!ok)
        snprintf(err, errsz, "%s", vocab(V_STATE_NOT_TEXT, lang));
    int lineno = 0;
    for (char *line = buf; ok && line;) {
        char *nl = strchr(line, '\n');
        if (nl)
            *nl = '\0';
        ok = state_parse_line(sv, line, ++lineno, lang, err, errsz);
        line = nl ? nl + 1 : NULL;
    }
    free(buf);
    return ok;
}

static void state_ignored(struct app *a, const char *file, const char *why)
{
    char *safe = text_display(file, strlen(file), 0); /* $XDG_STATE_HOME may hold anything */
    app_set_msg(a, vocab(V_STATE_IGNORED, a->opt.lang), safe ? safe : "?", why);
    free(safe);
}

/* Before the panes are built: the language and units. The rest waits for
 * the panes (state_apply_panes()). */
static struct saved loaded;
static bool loaded_ok;

void state_load(struct app *a)
{
    char dir[4096], file[4200], err[256];
    loaded = (struct saved){.lang = -1, .units = -1, .focus = -1, .refs = -1};
    loaded_ok = false;
    if (!a->opt.state || !state_paths(dir, sizeof dir, file, sizeof file))
        return;
    struct saved sv = loaded;
    if (!state_read(file, &sv, a->opt.lang, err, sizeof err)) {
        state_ignored(a, file, err);
        return;
    }
    loaded = sv;
    loaded_ok = true;
    if (sv.lang >= 0 && !a->opt.lang_given)
        a->opt.lang = sv.lang == 0 ? DP_LANG_KO : DP_LANG_EN;
    if (sv.units >= 0 && !a->opt.units_given)
        a->opt.korean_units = sv.units == 1;
    if (sv.refs >= 0 && !a->opt.references_given)
        a->opt.references = sv.refs == 1;
}

void state_apply_panes(struct app *a)
{
    if (!loaded_ok)
        return;
    char dir[4096], file[4200], err[256];
    state_paths(dir, sizeof dir, file, sizeof file);
    for (int i = 0; i < NPANES; i++) {
        if (!loaded.sort[i][0])
            continue;
        if (!pane_sort_try(&a->panes[i], a, loaded.sort[i], err, sizeof err))
            state_ignored(a, file, err); /* a key the data no longer has: that sort only */
    }
    if (loaded.focus >= 0)
        a->focus = loaded.focus;
}

static int render_state(FILE *f, int fmt, void *arg)
{
    const struct app *a = arg;
    (void)fmt;
    fprintf(f, "# dokpamo: the browser's view when it last quit, rewritten on every quit\n"
               "# (dokpamo --state=never, or \"state = never\" in the config file: not read, not written)\n");
    /* Locked to English by the locale: the saved language stays. */
    int lang = !a->opt.lang_locked ? a->opt.lang == DP_LANG_KO ? 0 : 1 : loaded.lang;
    if (lang >= 0)
        fprintf(f, "lang = %s\n", lang == 0 ? "ko" : "en");
    fprintf(f, "units = %s\n", a->ctx.base.korean_units ? "kr" : "b");
    fprintf(f, "focus = %s\n", pane_ids[a->focus]);
    fprintf(f, "references = %s\n", a->show_refs ? "yes" : "no");
    for (int i = 0; i < NPANES; i++) {
        const struct pane *p = &a->panes[i];
        if (!p->t->nsort)
            continue;
        fprintf(f, "sort.%s = ", pane_ids[i]);
        for (size_t k = 0; k < p->t->nsort; k++)
            fprintf(f, "%s%c%s", k ? "," : "", p->t->sort[k].desc ? '-' : '+',
                    p->cols[p->t->sort[k].col].key);
        fputc('\n', f);
    }
    return ferror(f) ? (errno ? errno : EIO) : 0;
}

/* mkdir -p, 0700 (the XDG base directories are private). */
static int make_dirs(char *dir)
{
    struct stat st;
    if (stat(dir, &st) == 0)
        return S_ISDIR(st.st_mode) ? 0 : ENOTDIR;
    for (char *p = dir + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        int r = mkdir(dir, 0700);
        int e = errno;
        *p = '/';
        if (r != 0 && e != EEXIST)
            return e;
    }
    return mkdir(dir, 0700) == 0 || errno == EEXIST ? 0 : errno;
}

bool state_save(struct app *a, char *err, size_t errsz)
{
    char dir[4096], file[4200];
    err[0] = '\0';
    if (!a->opt.state || !state_paths(dir, sizeof dir, file, sizeof file))
        return true;
    int e = make_dirs(dir);
    if (e) {
        char *safe = text_display(dir, strlen(dir), 0);
        snprintf(err, errsz, "%s %s: %s", vocab(V_EXP_CANNOT_CREATE, a->opt.lang), safe ? safe : "?",
                 strerror(e));
        free(safe);
        return false;
    }
    return compare_export_file(file, OUT_TABLE, true, a->opt.lang, render_state, a, err, errsz) ==
           CMP_EXPORT_OK;
}
