/* SPDX-License-Identifier: GPL-2.0-or-later */
/* options.c — the one option table, for argv and the config file. */
#include "config.h"
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "table.h"
#include "text.h"

/* A value that must be one of a few words: returns its index or -1 with a
 * message naming the choices ("lang takes ko or en, not 'x'"). */
static int pick(const struct cli_option *opt, const char *value, const char *const *words, char *err,
                size_t errsz)
{
    char list[128] = "";
    for (int i = 0; words[i]; i++) {
        if (strcmp(value, words[i]) == 0)
            return i;
        size_t len = strlen(list);
        snprintf(list + len, sizeof list - len, "%s%s", i == 0 ? "" : words[i + 1] ? ", " : " or ", words[i]);
    }
    snprintf(err, errsz, "%s takes %s, not '%s'", opt->name, list, value);
    return -1;
}

/* A flag: NULL (given on the command line) is true; from the config file
 * a boolean word. */
static bool flag_value(const struct cli_option *opt, const char *value, bool *out, char *err, size_t errsz)
{
    static const char *const words[] = {"yes", "true", "on", "1", "no", "false", "off", "0"};
    if (!value) {
        *out = true;
        return true;
    }
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++) {
        if (strcmp(value, words[i]) == 0) {
            *out = i < 4;
            return true;
        }
    }
    snprintf(err, errsz, "%s takes yes or no (also true/false, on/off, 1/0), not '%s'", opt->name, value);
    return false;
}

static bool set_data(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err, size_t errsz)
{
    (void)opt, (void)err, (void)errsz;
    o->data = v;
    return true;
}

static bool set_config(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                       size_t errsz)
{
    (void)opt, (void)err, (void)errsz;
    o->config = v;
    return true;
}

static bool set_no_config(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                          size_t errsz)
{
    return flag_value(opt, v, &o->no_config, err, errsz);
}

static bool set_format(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                       size_t errsz)
{
    int f = out_format_parse(v);
    if (f < 0) {
        snprintf(err, errsz, "%s takes table, tsv, csv, json or md, not '%s'", opt->name, v);
        return false;
    }
    o->format = (enum out_format)f;
    return true;
}

static bool set_sort(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err, size_t errsz)
{
    (void)opt, (void)err, (void)errsz;
    o->sort = v;
    return true;
}

static bool set_filter(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                       size_t errsz)
{
    (void)opt, (void)err, (void)errsz;
    o->filter = v;
    return true;
}

static bool set_wide(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err, size_t errsz)
{
    return flag_value(opt, v, &o->wide, err, errsz);
}

static bool set_references(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                           size_t errsz)
{
    return flag_value(opt, v, &o->references, err, errsz);
}

static bool set_columns(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                        size_t errsz)
{
    (void)opt, (void)err, (void)errsz;
    o->columns = v;
    return true;
}

static bool set_lang(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err, size_t errsz)
{
    static const char *const words[] = {"ko", "en", NULL};
    int i = pick(opt, v, words, err, errsz);
    if (i < 0)
        return false;
    o->lang = i == 0 ? DP_LANG_KO : DP_LANG_EN;
    return true;
}

static bool set_state(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                      size_t errsz)
{
    static const char *const words[] = {"auto", "always", "never", NULL};
    int i = pick(opt, v, words, err, errsz);
    if (i < 0)
        return false;
    o->state = i;
    return true;
}

static bool set_hyperlinks(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                           size_t errsz)
{
    static const char *const words[] = {"auto", "always", "never", NULL};
    int i = pick(opt, v, words, err, errsz);
    if (i < 0)
        return false;
    o->hyperlinks = i;
    return true;
}

static bool set_diff(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err, size_t errsz)
{
    return flag_value(opt, v, &o->diff, err, errsz);
}

static bool set_plain(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                      size_t errsz)
{
    return flag_value(opt, v, &o->plain, err, errsz);
}

static bool set_units(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                      size_t errsz)
{
    static const char *const words[] = {"b", "kr", NULL};
    int i = pick(opt, v, words, err, errsz);
    if (i < 0)
        return false;
    o->korean_units = i == 1;
    return true;
}

static bool set_ascii(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                      size_t errsz)
{
    if (!flag_value(opt, v, &o->ascii, err, errsz))
        return false;
    if (o->ascii)
        o->text_flags |= TEXT_ASCII;
    else
        o->text_flags &= ~(unsigned)TEXT_ASCII;
    return true;
}

static bool set_ambiguous(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                          size_t errsz)
{
    static const char *const words[] = {"narrow", "wide", NULL};
    int i = pick(opt, v, words, err, errsz);
    if (i < 0)
        return false;
    o->ambiguous_wide = i == 1;
    if (o->ambiguous_wide)
        o->text_flags |= TEXT_AMBIG_WIDE;
    else
        o->text_flags &= ~(unsigned)TEXT_AMBIG_WIDE;
    return true;
}

static bool no_color_env(void)
{
    const char *nc = getenv("NO_COLOR");
    return nc && nc[0] != '\0';
}

static bool set_color(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                      size_t errsz)
{
    static const char *const words[] = {"auto", "always", "never", NULL};
    int i = pick(opt, v, words, err, errsz);
    if (i < 0)
        return false;
    o->color = i == 1 || (i == 0 && !no_color_env() && o->theme != CLI_THEME_MONO);
    return true;
}

static bool set_theme(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                      size_t errsz)
{
    static const char *const words[] = {"default", "mono", NULL};
    int i = pick(opt, v, words, err, errsz);
    if (i < 0)
        return false;
    o->theme = (enum cli_theme)i;
    o->color = o->theme != CLI_THEME_MONO && !no_color_env();
    return true;
}

static bool set_headless(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                         size_t errsz)
{
    (void)opt, (void)err, (void)errsz;
    o->headless_script = v;
    return true;
}

static bool set_size(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err, size_t errsz)
{
    int c, r;
    char x;
    if (sscanf(v, "%d%c%d", &c, &x, &r) != 3 || x != 'x' || c < 1 || r < 1 || c > 1000 || r > 1000) {
        snprintf(err, errsz, "%s takes COLSxROWS, e.g. 80x24, not '%s'", opt->name, v);
        return false;
    }
    o->cols = c;
    o->rows = r;
    return true;
}

static bool set_threads(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                        size_t errsz)
{
    char *end;
    unsigned long n = strtoul(v, &end, 10);
    if (*v < '0' || *v > '9' || *end || n > 64) {
        snprintf(err, errsz, "%s takes a number of threads from 0 (one per core) to 64, not '%s'", opt->name,
                 v);
        return false;
    }
    o->threads = (unsigned)n;
    return true;
}

static bool set_preview(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                        size_t errsz)
{
    char *end;
    unsigned long n = strtoul(v, &end, 10);
    if (*v < '0' || *v > '9' || *end || n > 1000000) {
        snprintf(err, errsz, "%s takes a number of models from 0 (never) to 1000000, not '%s'", opt->name, v);
        return false;
    }
    o->preview = (long)n;
    return true;
}

static bool set_help(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err, size_t errsz)
{
    return flag_value(opt, v, &o->help, err, errsz);
}

static bool set_version(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                        size_t errsz)
{
    return flag_value(opt, v, &o->version, err, errsz);
}

static bool set_ssh(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err, size_t errsz)
{
    return flag_value(opt, v, &o->ssh, err, errsz);
}

/* MINUTES: digits with an optional fraction ("30", "0.5"), read without
 * strtod() so the locale's decimal comma does not matter; at most a day. */
static bool set_idle_exit(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                          size_t errsz)
{
    long whole = 0, frac = 0, scale = 1;
    const char *p = v;
    while (*p >= '0' && *p <= '9' && whole <= 1440)
        whole = whole * 10 + (*p++ - '0');
    if (*p == '.' && p > v)
        for (p++; *p >= '0' && *p <= '9'; p++)
            if (scale < 100000)
                frac = frac * 10 + (*p - '0'), scale *= 10;
    long ms = whole * 60000 + frac * 60000 / scale;
    if (p == v || *p != '\0' || whole > 1440 || (whole == 1440 && frac) || ms < 1000) {
        snprintf(err, errsz, "%s takes MINUTES, 0.02 to 1440 (e.g. 30 or 0.5), not '%s'", opt->name, v);
        return false;
    }
    o->idle_exit_ms = ms;
    return true;
}

/* sort.PANE: the syntax of "KEY[,KEY]" ("-KEY" descending); the pane
 * checks the keys themselves. */
static bool set_pane_sort(struct cli_opts *o, const struct cli_option *opt, const char *v, char *err,
                          size_t errsz)
{
    static const char *const panes[] = {"sort.params", "sort.arch", "sort.partners", "sort.eval"};
    const char *p = v;
    for (;;) {
        if (*p == '-' || *p == '+')
            p++;
        const char *key = p;
        while ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
               *p == '_' || *p == '.')
            p++;
        if (p == key || (*p != ',' && *p != '\0')) {
            snprintf(err, errsz, "%s takes KEY[,KEY] (-KEY descending), not '%s'", opt->name, v);
            return false;
        }
        if (*p++ == '\0')
            break;
    }
    for (size_t i = 0; i < CLI_NPANES; i++)
        if (strcmp(opt->name, panes[i]) == 0)
            o->pane_sort[i] = v;
    return true;
}

const struct cli_option cli_options[] = {
    {"data", 'd', "FILE", "use FILE as the dataset (also $DOKPAMO_DATA)", false, false, set_data},
    {"config", 0, "FILE", "read options from FILE instead of the config file", false, false, set_config},
    {"no-config", 0, NULL, "do not read the config file", false, false, set_no_config},
    {"format", 'f', "FMT", "output format: table, tsv, csv, json, md", true, false, set_format},
    {"sort", 's', "KEYS", "sort by KEY[,KEY]; -KEY sorts descending", true, false, set_sort},
    {"filter", 'F', "EXPR", "keep rows where KEY=VALUE (also != > < >= <= ~), comma-joined", false, false,
     set_filter},
    {"columns", 0, "KEYS", "list: these columns, in this order (KEY[,KEY])", false, false, set_columns},
    {"wide", 0, NULL, "list, show, compare: never fit the terminal's width", true, false, set_wide},
    {"references", 0, NULL,
     "list, browser: also the reference models (DeepSeek, Qwen …), after the programme's", true, false,
     set_references},
    {"lang", 'l', "LANG", "names in ko (Korean) or en (English)", true, false, set_lang},
    {"diff", 0, NULL, "compare: only rows whose values differ", false, false, set_diff},
    {"plain", 0, NULL, "list, show, compare: Markdown or table without bars, deltas or marks, to paste",
     false, false, set_plain},
    {"units", 'u', "UNITS", "parameter units: b (billions) or kr (억/조)", true, false, set_units},
    {"ascii", 0, NULL, "ASCII borders, bars and marks (Hangul and the text are kept)", true, false,
     set_ascii},
    {"ambiguous", 0, "WIDTH", "narrow or wide: how the terminal draws ambiguous-width characters", true,
     false, set_ambiguous},
    {"color", 0, "WHEN", "auto, always or never (NO_COLOR is honoured)", true, false, set_color},
    {"theme", 0, "THEME", "browser colours: default or mono (attributes only)", true, false, set_theme},
    {"headless-script", 0, "FILE", "browser: read keys from FILE, draw into memory, dump screens (tests)",
     false, false, set_headless},
    {"size", 0, "COLSxROWS", "browser: screen size for --headless-script", false, false, set_size},
    {"threads", 0, "N", "parse large datasets on N threads (0, the default: one per core)", true, false,
     set_threads},
    {"preview", 0, "N",
     "browser: draw the first screen from the first N models while the rest loads (0: never; default: "
     "200 for files of 4 MB or more)",
     false, false, set_preview},
    {"ssh", 0, NULL, "as an OpenSSH ForceCommand: lookups only, no files, no shell", false, false, set_ssh},
    {"idle-exit", 0, "MINUTES", "browser: quit after MINUTES without a key", false, false, set_idle_exit},
    {"state", 0, "WHEN", "browser: remember the view between runs: auto, always or never", true, false,
     set_state},
    {"hyperlinks", 0, "WHEN",
     "browser: source URLs as terminal links (OSC 8): auto (not with --ascii or TERM=linux, dumb, vt*), "
     "always or never",
     true, false, set_hyperlinks},
    {"help", 'h', NULL, "show this help and exit", false, false, set_help},
    {"version", 'V', NULL, "show the version, the dataset's date and the licences", false, false,
     set_version},
    {"sort.params", 0, "KEYS", "initial sort of the Parameters pane", true, true, set_pane_sort},
    {"sort.arch", 0, "KEYS", "initial sort of the Architecture pane", true, true, set_pane_sort},
    {"sort.partners", 0, "KEYS", "initial sort of the Partners pane", true, true, set_pane_sort},
    {"sort.eval", 0, "KEYS", "initial sort of the Evaluation pane", true, true, set_pane_sort},
};
const size_t cli_noptions = sizeof cli_options / sizeof cli_options[0];

void cli_opts_init(struct cli_opts *o)
{
    memset(o, 0, sizeof *o);
    o->format = OUT_TABLE;
    o->lang = DP_LANG_KO;
    o->color = !no_color_env();
    o->cols = 80;
    o->rows = 24;
    o->preview = -1;
    /* $DOKPAMO_STATE as --state's default (the test suite sets never). */
    const char *st = getenv("DOKPAMO_STATE");
    if (st && strcmp(st, "always") == 0)
        o->state = 1;
    else if (st && strcmp(st, "never") == 0)
        o->state = 2;
    const char *amb = getenv("DOKPAMO_AMBIGUOUS");
    if (amb && strcmp(amb, "wide") == 0) {
        o->ambiguous_wide = true;
        o->text_flags |= TEXT_AMBIG_WIDE;
    }
}

void cli_opts_free(struct cli_opts *o)
{
    free(o->owned);
    o->owned = NULL;
}

static const struct cli_option *find_long(const char *name, size_t len)
{
    for (size_t i = 0; i < cli_noptions; i++)
        if (strlen(cli_options[i].name) == len && strncmp(cli_options[i].name, name, len) == 0)
            return &cli_options[i];
    return NULL;
}

static const struct cli_option *find_short(char c)
{
    for (size_t i = 0; i < cli_noptions; i++)
        if (cli_options[i].short_name == c && !cli_options[i].config_only)
            return &cli_options[i];
    return NULL;
}

bool cli_apply(struct cli_opts *o, const char *name, const char *value, char *err, size_t errsz)
{
    const struct cli_option *opt = find_long(name, strlen(name));
    if (!opt) {
        snprintf(err, errsz, "unknown option '%s'", name);
        return false;
    }
    if (opt->arg && !value) {
        snprintf(err, errsz, "option '%s' needs a value (%s)", name, opt->arg);
        return false;
    }
    return opt->apply(o, opt, value, err, errsz);
}

bool cli_parse(struct cli_opts *o, int *argcp, char **argv, char *err, size_t errsz)
{
    return cli_parse_allowed(o, argcp, argv, NULL, err, errsz);
}

bool cli_parse_allowed(struct cli_opts *o, int *argcp, char **argv,
                       bool (*allow)(const struct cli_option *opt, char *err, size_t errsz), char *err,
                       size_t errsz)
{
    int argc = *argcp, nops = 0;
    bool only_operands = false;
    for (int i = 0; i < argc; i++) {
        char *a = argv[i];
        if (only_operands || a[0] != '-' || a[1] == '\0') {
            argv[nops++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_operands = true;
            continue;
        }
        const struct cli_option *opt;
        const char *value = NULL;
        if (a[1] == '-') {
            const char *eq = strchr(a + 2, '=');
            size_t len = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
            opt = find_long(a + 2, len);
            if (!opt || opt->config_only) {
                snprintf(err, errsz, "unknown option '%.*s'%s", (int)len + 2, a,
                         opt ? " (it belongs in the config file)" : "");
                return false;
            }
            if (eq && !opt->arg) {
                snprintf(err, errsz, "option '--%s' takes no value", opt->name);
                return false;
            }
            value = eq ? eq + 1 : NULL;
        } else {
            opt = find_short(a[1]);
            if (!opt) {
                snprintf(err, errsz, "unknown option '-%c'", a[1]);
                return false;
            }
            if (a[2] && opt->arg)
                value = a + 2;
            else if (a[2]) {
                snprintf(err, errsz, "option '-%c' takes no value", a[1]);
                return false;
            }
        }
        if (allow && !allow(opt, err, errsz))
            return false;
        if (opt->arg && !value) {
            if (i + 1 >= argc) {
                snprintf(err, errsz, "option '--%s' needs a value (%s)", opt->name, opt->arg);
                return false;
            }
            value = argv[++i];
        }
        if (!opt->apply(o, opt, value, err, errsz))
            return false;
        /* Given on the command line, for this run: over the saved view. */
        if (opt->apply == set_lang)
            o->lang_given = true;
        else if (opt->apply == set_units)
            o->units_given = true;
        else if (opt->apply == set_references)
            o->references_given = true;
    }
    argv[nops] = NULL;
    *argcp = nops;
    return true;
}

/* Help lines stay within 79 columns: a long help text wraps at a space
 * onto lines indented to its column. */
enum { USAGE_COLS = 79, USAGE_HELP_COL = 31 };

void cli_usage_option(FILE *f, const struct cli_option *o)
{
    char left[48];
    if (o->config_only)
        snprintf(left, sizeof left, "%s = %s", o->name, o->arg);
    else if (o->short_name)
        snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name, o->arg ? " " : "",
                 o->arg ? o->arg : "");
    else
        snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg ? "=" : "", o->arg ? o->arg : "");
    fprintf(f, "  %-28s", left);
    int col = 2 + (int)strlen(left) > 30 ? 2 + (int)strlen(left) : 30;
    const char *w = o->help;
    bool first = true;
    while (*w) {
        size_t len = strcspn(w, " ");
        int width = text_width_n(w, len);
        if (!first && col + 1 + width > USAGE_COLS) {
            fprintf(f, "\n%*s", USAGE_HELP_COL - 1, "");
            col = USAGE_HELP_COL - 1;
        }
        fprintf(f, " %.*s", (int)len, w);
        col += 1 + width;
        first = false;
        w += len;
        w += strspn(w, " ");
    }
    fputc('\n', f);
}

void cli_usage(FILE *f)
{
    fputs("Usage: dokpamo [OPTION]... [COMMAND [ARG]...]\n"
          "Browse and compare the models of Korea's sovereign AI foundation-model project\n"
          "(독자 AI 파운데이션 모델).\n"
          "\n"
          "Commands:\n",
          f);
    cli_usage_commands(f);
    fputs("\n"
          "Options:\n",
          f);
    for (size_t i = 0; i < cli_noptions; i++)
        if (!cli_options[i].config_only)
            cli_usage_option(f, &cli_options[i]);
    fputs("\n"
          "Config file ($XDG_CONFIG_HOME/dokpamo/config or ~/.config/dokpamo/config):\n"
          "  KEY = VALUE lines and # comments; the command line wins over it.\n"
          "  Keys:",
          f);
    int col = 7;
    for (size_t i = 0; i < cli_noptions; i++) {
        const struct cli_option *o = &cli_options[i];
        if (!o->config || o->config_only)
            continue;
        int len = (int)strlen(o->name) + 1;
        if (col + len > 79) {
            fputs("\n       ", f);
            col = 7;
        }
        fprintf(f, " %s", o->name);
        col += len;
    }
    fputs("\n", f);
    for (size_t i = 0; i < cli_noptions; i++)
        if (cli_options[i].config_only)
            cli_usage_option(f, &cli_options[i]);
    fputs("\nSort keys (list):", f);
    col = 17;
    for (size_t i = 0; i < table_models.ncols; i++) {
        const char *key = table_models.cols[i].key;
        int len = (int)strlen(key) + 1;
        if (col + len > 79) {
            fputs("\n ", f);
            col = 1;
        }
        fprintf(f, " %s", key);
        col += len;
    }
    fputs("\n"
          "Filter examples: architecture=moe consortium=lg params_total_b>=100 name~엑사\n"
          "\n"
          "Exit status: 0 ok, 1 nothing matched, 2 usage error, 65 bad data, 66 file\n"
          "missing, 70 internal error, 71 out of memory, 74 write error.\n"
          "Environment: DOKPAMO_DATA, DOKPAMO_AMBIGUOUS=wide, NO_COLOR, COLUMNS,\n"
          "XDG_CONFIG_HOME.\n"
          "See dokpamo(1) for the browser's keys.\n"
          "\n"
          "Report bugs to: " PACKAGE_BUGREPORT "\n",
          f);
}

void cli_version(FILE *f, const char *as_of)
{
    fprintf(f,
            "dokpamo %s (dataset as of %s)\n"
            "Copyright (C) 2025-2026 The dokpamo authors.\n"
            "License GPLv2+: GNU GPL version 2 or later <https://gnu.org/licenses/gpl.html>.\n"
            "This is free software: you are free to change and redistribute it.\n"
            "There is NO WARRANTY, to the extent permitted by law.\n"
            "The dataset's wording: CC BY 4.0 <https://creativecommons.org/licenses/by/4.0/>;\n"
            "its facts belong to the sources it names.\n",
            PACKAGE_VERSION, as_of ? as_of : "unknown");
}
