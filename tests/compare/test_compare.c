/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_compare.c — the compare room: rows, unknowns, bars, deltas, best,
 * nearest peer, navigation, renderers, export and OSC 52. */
#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "compare.h"
#include "load.h"
#include "tap.h"
#include "text.h"
#include "vocab.h"

static struct dp_dataset *ds;

static const struct dp_model *M(const char *id)
{
    const struct dp_model *m = model_find_model(ds, id);
    if (!m)
        printf("# no model %s\n", id);
    return m;
}

static struct compare *cmp_of(enum dp_lang lang, const char *a, const char *b, const char *c3)
{
    struct cmp_record r[3] = {{M(a), NULL}, {b ? M(b) : NULL, NULL}, {c3 ? M(c3) : NULL, NULL}};
    struct compare_opts o = {lang, 0, false, 0, false};
    return compare_new(ds, r, c3 ? 3 : b ? 2 : 1, &o);
}

static const struct cmp_row *row_of(const struct compare *c, const char *key)
{
    for (size_t r = 0; r < c->nrows; r++)
        if (strcmp(c->rows[r].key, key) == 0)
            return &c->rows[r];
    printf("# no row %s\n", key);
    return NULL;
}

static char *render(const struct compare *c, enum out_format fmt, bool diff_only, size_t *len)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (!f)
        return NULL;
    compare_render(f, c, fmt, diff_only);
    fclose(f);
    if (len)
        *len = n;
    return buf;
}

static void test_rows(void)
{
    struct compare *c = cmp_of(DP_LANG_EN, "a-x-k1", "k-exaone", "solar-open-100b");
    ok(c != NULL, "compare of three models");
    if (!c)
        return;
    is_int(c->ncols, 3, "three columns");
    is_str(c->cols[0].title, "A.X K1", "column title is the model name");
    is_str(c->cols[1].sub, "LG", "column sub-title is the consortium");

    const struct cmp_row *t = row_of(c, "params_total_b");
    if (t) {
        ok(t->kind == CMP_ROW_NUM && t->scale == CMP_SCALE_LOG, "total params: number on a log scale");
        ok(t->cells[0].num == 519 && t->cells[1].num == 236, "total params values");
        is_str(t->cells[0].text, "⇆519B", "total params text: contested (a-x-k1-size), the mark before 519B");
        is_str(t->cells[1].text, "⇆236B", "K-EXAONE total: contested too (k-exaone-size-listing)");
        ok(t->cells[0].delta == NULL, "no delta in the first column");
        is_str(t->cells[1].delta, "×0.45", "ratio against the first column");
        ok(fabs(t->cells[0].bar - 1) < 1e-9, "largest total fills the bar");
        ok(t->cells[1].bar > 0.5 && t->cells[1].bar < 1, "log-scale bar of 236B (%.3f)", t->cells[1].bar);
        ok(!t->cells[0].best && !t->cells[1].best && !t->cells[2].best, "largest params is not 'best'");
        ok(t->differs, "total params differ");
        ok(t->cells[0].src != NULL, "total params have a source");
        is_int(t->scale_lo, 10, "log scale starts at the decade below the smallest (12B -> 10B)");
    }
    const struct cmp_row *a = row_of(c, "params_active_b");
    if (a && t)
        ok(a->scale_lo == t->scale_lo && a->scale_hi == t->scale_hi, "total and active share one scale");
    const struct cmp_row *s = row_of(c, "active_share");
    if (s) {
        is_str(s->cells[0].text, "6.4%", "active share text");
        is_str(s->cells[1].delta, "+3.4pp", "share delta in points, shown decimals");
    }
    const struct cmp_row *ctx = row_of(c, "context_tokens");
    if (ctx) {
        ok(!ctx->cells[0].best && ctx->cells[1].best && !ctx->cells[2].best, "longest context is best");
        is_str(ctx->cells[1].delta, "×2.0", "context ratio");
        is_str(ctx->cells[2].delta, "×1.0", "equal context ratio");
    }
    const struct cmp_row *sc = row_of(c, "score.stage-1.benchmark");
    if (sc) {
        ok(!sc->cells[0].known && sc->cells[0].why == DP_WHY_UNDISCLOSED, "SKT benchmark score undisclosed");
        is_str(sc->cells[0].text, "undisclosed", "unknown says why");
        ok(isnan(sc->cells[0].num) && sc->cells[0].bar < 0 && !sc->cells[0].delta,
           "unknown: no number, bar, delta");
        ok(sc->cells[1].known && sc->cells[1].num == 33.6, "LG benchmark score 33.6");
        ok(fabs(sc->cells[1].bar - 33.6 / 40) < 1e-9, "score bar against its maximum");
        ok(sc->cells[1].delta == NULL, "no delta against an unknown first column");
        ok(!sc->cells[1].best, "one known value is not marked best");
        ok(sc->differs, "known vs unknown differs");
    }
    const struct cmp_row *st = row_of(c, "stage.stage-1");
    if (st) {
        ok(!st->differs, "all three advanced at stage 1: no difference");
        is_str(st->cells[0].text, "advanced", "stage result text");
        ok(st->cells[0].note != NULL, "stage result carries the reason");
    }
    const struct cmp_row *cl = row_of(c, "claim.aime25");
    if (cl) {
        ok(cl->cells[1].best && !cl->cells[0].best && !cl->cells[2].best, "AIME: highest claim is best");
        is_str(cl->cells[2].delta, "-5.5", "claim difference");
        ok(strstr(cl->cells[0].note, "vendor") != NULL, "claim note names its kind");
    }
    const struct cmp_row *p = row_of(c, "partners");
    if (p)
        is_str(p->cells[1].delta, "-5", "partners difference");
    ok(row_of(c, "license") && row_of(c, "released") && row_of(c, "architecture") &&
           row_of(c, "modalities") && row_of(c, "consortium") && row_of(c, "name_ko") &&
           row_of(c, "claims") && row_of(c, "id"),
       "every attribute row is there");
    size_t nd = 0;
    for (size_t r = 0; r < c->nrows; r++)
        nd += c->rows[r].differs;
    is_int(c->ndiffer, nd, "ndiffer counts differing rows");
    compare_free(&c);
    ok(c == NULL, "compare_free clears the pointer");
}

static void test_records(void)
{
    const struct dp_consortium *nc = model_find_consortium(ds, "ncai");
    struct cmp_record r[3] = {{NULL, nc}, {M("vaetki"), NULL}, {M("deepseek-v3-1"), NULL}};
    struct compare_opts o = {DP_LANG_KO, 0, false, 0, false};
    struct compare *c = compare_new(ds, r, 3, &o);
    ok(c != NULL, "compare of a consortium, a model and a reference");
    if (!c)
        return;
    is_int(c->ncols, 3, "consortium expands to its models; a repeated model appears once");
    is_str(c->cols[0].model->id, "vaetki", "expanded in dataset order");
    is_str(c->cols[2].model->id, "deepseek-v3-1", "reference model column");
    const struct cmp_row *sc = row_of(c, "score.stage-1.total");
    if (sc) {
        ok(sc->cells[2].why == DP_WHY_NOT_APPLICABLE, "reference model: score n/a");
        is_str(sc->cells[2].text, "해당 없음", "n/a in Korean");
        is_str(sc->cells[0].text, "비공개", "undisclosed in Korean");
    }
    const struct cmp_row *a = row_of(c, "params_active_b");
    if (a)
        ok(a->cells[2].known && a->cells[2].num == 37, "DeepSeek-V3.1 active params: 37B from its card");
    compare_free(&c);

    struct cmp_record none[1] = {{NULL, NULL}};
    ok(compare_new(ds, none, 1, &o) == NULL, "nothing to compare: NULL");
    compare_free(&c); /* NULL is fine */
}

/* A claim measured against another column's model shows that model's
 * baseline value in its cell: A.X K1 vs DeepSeek-V3.1 on AIME25. */
static void test_baseline(void)
{
    struct compare *c = cmp_of(DP_LANG_EN, "a-x-k1", "deepseek-v3-1", NULL);
    const struct cmp_row *r = c ? row_of(c, "claim.aime25") : NULL;
    ok(r != NULL, "claim row present when the other column is the baseline");
    if (r) {
        ok(r->cells[1].known && r->cells[1].num == 88.4, "baseline value in DeepSeek's cell");
        ok(r->cells[1].note && strstr(r->cells[1].note, "A.X K1"), "note says who reported it: %s",
           r->cells[1].note);
        is_str(r->cells[1].delta, "-1.4", "difference against the claim");
        ok(r->cells[0].best && !r->cells[1].best, "higher claim is best");
    }
    compare_free(&c);
}

static void test_peer(void)
{
    const struct dp_model *p = compare_nearest_peer(ds, M("k-exaone"));
    is_str(p ? p->id : NULL, "qwen3-235b", "nearest peer of K-EXAONE (236B) is Qwen3-235B");
    p = compare_nearest_peer(ds, M("a-x-k1"));
    is_str(p ? p->id : NULL, "deepseek-v3-1", "nearest peer of A.X K1 (519B) on a log scale");
    /* Every bundled model has a size now: make one unknown for a moment. */
    struct dp_model *g = (struct dp_model *)M("glm-4-5-air");
    dp_num size = g->params_total;
    g->params_total.known = false;
    p = compare_nearest_peer(ds, g);
    ok(p == NULL, "no peer when the size is unknown");
    g->params_total = size;
}

static void test_navigation(void)
{
    struct compare *c = cmp_of(DP_LANG_EN, "a-x-k1", "k-exaone", "solar-open-100b");
    if (!c)
        return;
    long first = compare_next_diff(c, -1, 1);
    ok(first >= 0 && c->rows[first].differs, "next difference from the top");
    long prev = compare_next_diff(c, (long)c->nrows, -1);
    ok(prev >= 0 && c->rows[prev].differs, "previous difference from the bottom");
    long same = -1;
    for (size_t r = 0; r < c->nrows; r++)
        if (!c->rows[r].differs) {
            same = (long)r;
            break;
        }
    ok(same >= 0 && !compare_row_shown(c, (size_t)same, true) && compare_row_shown(c, (size_t)same, false),
       "identical rows hidden with differences only");
    long n = compare_next_diff(c, same, 1);
    ok(n > same && c->rows[n].differs, "] skips identical rows");
    for (long r = same + 1; r < n; r++)
        ok(!c->rows[r].differs, "rows skipped are identical (%ld)", r);
    ok(compare_next_diff(c, (long)c->nrows - 1, 1) == -1 || c->rows[c->nrows - 1].differs,
       "no difference after the last");
    compare_free(&c);

    c = cmp_of(DP_LANG_EN, "k-exaone", NULL, NULL);
    if (c) {
        is_int(c->ndiffer, 0, "one column: nothing differs");
        ok(compare_row_shown(c, 0, true), "names shown even with differences only");
        ok(compare_next_diff(c, -1, 1) == -1, "no difference to jump to");
        ok(row_of(c, "claim.routedexperts") != NULL, "one column: all its claims are rows");
        compare_free(&c);
    }
}

static void test_bar(void)
{
    char b[64];
    compare_bar(b, sizeof b, 1, 8, 0);
    is_str(b, "████████", "full bar");
    compare_bar(b, sizeof b, 0.5, 8, 0);
    is_str(b, "████    ", "half bar padded");
    compare_bar(b, sizeof b, 0.001, 4, 0);
    is_str(b, "▏   ", "a sliver for a small value");
    compare_bar(b, sizeof b, 0, 4, 0);
    is_str(b, "    ", "zero: empty");
    compare_bar(b, sizeof b, 0.5, 4, TEXT_ASCII);
    is_str(b, "##  ", "ASCII bar");
    compare_bar(b, sizeof b, 0.3, 4, TEXT_AMBIG_WIDE);
    ok(strspn(b, "#= ") == strlen(b) && strlen(b) == 4, "ambiguous-wide terminals get ASCII bars");
    compare_bar(b, sizeof b, NAN, 3, 0);
    is_str(b, "   ", "NaN: no bar");
}

/* Every cell, at every width, fills exactly that many columns. */
static void test_cell_format(void)
{
    struct compare *c = cmp_of(DP_LANG_KO, "a-x-k1", "k-exaone", "solar-open-100b");
    if (!c)
        return;
    char buf[512];
    size_t bad = 0, checked = 0;
    for (size_t r = 0; r < c->nrows; r++)
        for (size_t j = 0; j < c->ncols; j++)
            for (int w = 1; w <= 40; w++) {
                compare_cell_format(c, r, j, w, buf, sizeof buf);
                checked++;
                if (text_width(buf) != w) {
                    if (bad++ < 3)
                        printf("# row %s col %zu width %d: \"%s\" is %d\n", c->rows[r].key, j, w, buf,
                               text_width(buf));
                }
            }
    ok(bad == 0, "%zu formatted cells have exactly their width", checked);
    const struct cmp_row *ctx = row_of(c, "context_tokens");
    size_t ri = ctx ? (size_t)(ctx - c->rows) : 0;
    compare_cell_format(c, ri, 1, 24, buf, sizeof buf);
    ok(strstr(buf, "256K") && strstr(buf, "█") && strstr(buf, "×2.0") && strstr(buf, "✓"),
       "number cell: value, bar, delta, best: \"%s\"", buf);
    compare_cell_format(c, ri, 1, 6, buf, sizeof buf);
    ok(strncmp(buf, "256K", 4) == 0, "narrow number cell keeps the value: \"%s\"", buf);
    const struct cmp_row *sc = row_of(c, "score.stage-1.user");
    compare_cell_format(c, sc ? (size_t)(sc - c->rows) : 0, 0, 12, buf, sizeof buf);
    is_str(buf, "비공개      ", "unknown cell says why, padded");
    compare_cell_format(c, 0, 0, 9, buf, sizeof buf);
    is_str(buf, "에이닷엑…", "Hangul cut with an ellipsis at a column boundary");
    compare_free(&c);
}

static void test_osc52(void)
{
    size_t n = 0;
    char *s = compare_osc52("hello", 5, &n);
    is_str(s, "\033]52;c;aGVsbG8=\a", "OSC 52 of hello");
    is_int(n, strlen("\033]52;c;aGVsbG8=\a"), "length returned");
    free(s);
    s = compare_osc52("", 0, NULL);
    is_str(s, "\033]52;c;\a", "empty clipboard");
    free(s);
    s = compare_osc52("ab", 2, NULL);
    is_str(s, "\033]52;c;YWI=\a", "one padding byte");
    free(s);
    s = compare_osc52("abc", 3, NULL);
    is_str(s, "\033]52;c;YWJj\a", "no padding");
    free(s);
    s = compare_osc52("\xed\x95\x9c\x1b", 4, NULL); /* 한 + ESC: binary-safe */
    is_str(s, "\033]52;c;7ZWcGw==\a", "UTF-8 and ESC are encoded, never raw");
    free(s);
    ok(compare_osc52("x", COMPARE_OSC52_MAX + 1, NULL) == NULL, "too large: NULL");

    struct compare *c = cmp_of(DP_LANG_KO, "a-x-k1", "k-exaone", NULL);
    size_t len = 0;
    char *md = c ? compare_markdown(c, false, &len) : NULL;
    s = md ? compare_osc52(md, len, &n) : NULL;
    ok(s && strncmp(s, "\033]52;c;", 7) == 0 && s[n - 1] == '\a', "Markdown wrapped in OSC 52");
    ok(s && strspn(s + 7, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=") == n - 8,
       "payload is base64 only");
    is_int(n, 8 + 4 * ((len + 2) / 3), "payload length");
    free(s);
    free(md);
    compare_free(&c);
}

static void test_hostile(void)
{
    size_t len = 0;
    char path[1024];
    snprintf(path, sizeof path, "%s/data/consortia.json", getenv("top_srcdir") ? getenv("top_srcdir") : ".");
    char *json = tap_slurp(path, &len);
    const char *needle = "\"license\": \"Apache-2.0\"";
    char *at = json ? strstr(json, needle) : NULL;
    ok(at != NULL, "dataset has A.X K1's license");
    if (!at) {
        free(json);
        return;
    }
    const char *evil = "\"license\": \"\\u001b]52;c;ZXZpbA==\\u0007\\u202e\\u001b[2J\"";
    size_t nl = len - strlen(needle) + strlen(evil);
    char *mod = malloc(nl + 1);
    size_t pre = (size_t)(at - json);
    memcpy(mod, json, pre);
    memcpy(mod + pre, evil, strlen(evil));
    memcpy(mod + pre + strlen(evil), at + strlen(needle), len - pre - strlen(needle) + 1);
    struct load_options lo = {.strict = false};
    struct load_report rep;
    memset(&rep, 0, sizeof rep);
    struct dp_dataset *h = load_dataset_mem(mod, nl, "hostile", &lo, &rep);
    ok(h != NULL, "hostile dataset loads (sanitised)");
    if (h) {
        struct cmp_record r[2] = {{model_find_model(h, "a-x-k1"), NULL},
                                  {model_find_model(h, "k-exaone"), NULL}};
        struct compare_opts o = {DP_LANG_EN, 0, false, 0, false};
        struct compare *c = compare_new(h, r, 2, &o);
        for (int fmt = 0; c && fmt < OUT_FORMAT_COUNT; fmt++) {
            size_t n = 0;
            char *out = render(c, (enum out_format)fmt, false, &n);
            ok(out && !memchr(out, 0x1b, n) && !memchr(out, 0x07, n) && !strstr(out, "\xe2\x80\xae"),
               "%s output has no raw ESC, BEL or bidi override", out_format_name((enum out_format)fmt));
            free(out);
        }
        const struct cmp_row *lic = c ? row_of(c, "license") : NULL;
        ok(lic && strstr(lic->cells[0].text, "\\e]52") != NULL, "escape shown as a visible escape");
        compare_free(&c);
        model_free(&h);
    }
    load_report_clear(&rep);
    free(mod);
    free(json);
}

static void test_formats(void)
{
    is_int(compare_format_for_path("a.md"), OUT_MD, ".md");
    is_int(compare_format_for_path("dir.x/A.MARKDOWN"), OUT_MD, ".MARKDOWN");
    is_int(compare_format_for_path("/tmp/x.csv"), OUT_CSV, ".csv");
    is_int(compare_format_for_path("x.json"), OUT_JSON, ".json");
    is_int(compare_format_for_path("x.pdf"), -1, "unknown extension");
    is_int(compare_format_for_path("dir.md/x"), -1, "no extension");
    is_int(compare_format_for_path(".md"), -1, "a dot file is not an extension");

    struct compare *c = cmp_of(DP_LANG_EN, "a-x-k1", "k-exaone", NULL);
    if (!c)
        return;
    char *j = render(c, OUT_JSON, false, NULL);
    ok(j && strstr(j, "\"why\": \"undisclosed\"") && strstr(j, "\"value\": null"),
       "JSON: unknown is null with why");
    ok(j && strstr(j, "\"delta\": \"×0.45\"") && strstr(j, "\"source\": "), "JSON: deltas and sources");
    free(j);
    char *csv = render(c, OUT_CSV, false, NULL);
    ok(csv && strstr(csv, "\r\nparams_total_b,Total parameters,true,,519,,"), "CSV: machine numbers");
    ok(csv && strstr(csv, "score.stage-1.benchmark,Score Benchmark /40,true,,undisclosed,"),
       "CSV: unknown says why, not 0");
    free(csv);
    char *d = render(c, OUT_TABLE, true, NULL);
    ok(d && !strstr(d, "Input > output") && strstr(d, "Total parameters"), "--diff drops identical rows");
    ok(d && strstr(d, "identical rows hidden"), "--diff says how many rows are hidden");
    free(d);
    FILE *full = fopen("/dev/full", "w");
    if (full) {
        int e = compare_render(full, c, OUT_MD, false);
        ok(e == ENOSPC, "writing to /dev/full reports ENOSPC (%d)", e);
        fclose(full);
    } else {
        ok(1, "# skip no /dev/full");
    }
    compare_free(&c);
}

static int count_entries(const char *dir)
{
    DIR *d = opendir(dir);
    int n = 0;
    struct dirent *e;
    while (d && (e = readdir(d)))
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
            n++;
    if (d)
        closedir(d);
    return n;
}

static void put_file(const char *path, const char *s)
{
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(s, f);
        fclose(f);
    }
}

static void test_export(void)
{
    char dir[] = "/tmp/dokpamo-cmp-XXXXXX";
    if (!mkdtemp(dir)) {
        ok(0, "mkdtemp");
        return;
    }
    struct compare *c = cmp_of(DP_LANG_KO, "a-x-k1", "k-exaone", "solar-open-100b");
    char path[1024], err[512];
    static const struct {
        const char *name;
        enum out_format fmt;
    } files[] = {{"cmp.md", OUT_MD}, {"cmp.csv", OUT_CSV}, {"cmp.json", OUT_JSON}};
    for (size_t i = 0; i < 3; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i].name);
        enum compare_export_status st = compare_export(c, path, false, false, err, sizeof err);
        is_int(st, CMP_EXPORT_OK, "export %s (%s)", files[i].name, err);
        size_t want_len = 0, got_len = 0;
        char *want = render(c, files[i].fmt, false, &want_len);
        char *got = tap_slurp(path, &got_len);
        ok(want && got && want_len == got_len && memcmp(want, got, got_len) == 0, "%s byte for byte",
           files[i].name);
        free(want);
        free(got);
        struct stat sb;
        ok(stat(path, &sb) == 0 && (sb.st_mode & 0777) == (0666 & ~(mode_t)022),
           "%s mode 0644 under umask 022", files[i].name);
    }
    is_int(count_entries(dir), 3, "no temporary files left behind");

    snprintf(path, sizeof path, "%s/keep.md", dir);
    put_file(path, "old\n");
    is_int(compare_export(c, path, false, false, err, sizeof err), CMP_EXPORT_EXISTS,
           "existing file: asks first");
    char *s = tap_slurp(path, NULL);
    is_str(s, "old\n", "existing file untouched without confirmation");
    free(s);
    ok(strstr(err, vocab(V_EXP_EXISTS, DP_LANG_KO)) != NULL, "message says it exists: %s", err);
    is_int(compare_export(c, path, true, true, err, sizeof err), CMP_EXPORT_OK, "overwrite after a yes");
    s = tap_slurp(path, NULL);
    char *want = render(c, OUT_MD, true, NULL);
    is_str(s, want, "overwritten with the --diff comparison");
    free(s);
    free(want);

    snprintf(path, sizeof path, "%s/x.pdf", dir);
    is_int(compare_export(c, path, false, false, err, sizeof err), CMP_EXPORT_BAD_EXT,
           "unknown extension refused");
    snprintf(path, sizeof path, "%s/sub.md", dir);
    mkdir(path, 0755);
    is_int(compare_export(c, path, true, false, err, sizeof err), CMP_EXPORT_NOT_FILE,
           "a directory is never replaced");
    rmdir(path);
    struct stat before, after;
    stat("/dev/full", &before);
    int st = compare_export(c, "/dev/full", true, false, err, sizeof err);
    ok(st == CMP_EXPORT_BAD_EXT || st == CMP_EXPORT_NOT_FILE, "/dev/full is never replaced");
    ok(stat("/dev/full", &after) == 0 && S_ISCHR(after.st_mode) && after.st_rdev == before.st_rdev,
       "/dev/full is still the device");

    /* A write that fails half-way (file size limit: works even as root)
     * leaves the old file and no temporary file. */
    snprintf(path, sizeof path, "%s/keep.md", dir);
    put_file(path, "old\n");
    int before_n = count_entries(dir);
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl = {100, 100};
        setrlimit(RLIMIT_FSIZE, &rl);
        _exit(compare_export(c, path, true, false, err, sizeof err));
    }
    int ws = 0;
    waitpid(pid, &ws, 0);
    is_int(WIFEXITED(ws) ? WEXITSTATUS(ws) : -1, CMP_EXPORT_IO, "write failure (EFBIG) reported");
    s = tap_slurp(path, NULL);
    is_str(s, "old\n", "old file intact after a failed write");
    free(s);
    is_int(count_entries(dir), before_n, "temporary file removed after a failed write");

    /* A read-only directory (permissions do not stop root). */
    char ro[600];
    snprintf(ro, sizeof ro, "%s/ro", dir);
    mkdir(ro, 0755);
    snprintf(path, sizeof path, "%s/keep.md", ro);
    put_file(path, "old\n");
    chmod(ro, 0555);
    if (geteuid() == 0) {
        printf("ok %d - # skip read-only directory: running as root\n", ++tap_n);
    } else {
        st = compare_export(c, path, true, false, err, sizeof err);
        is_int(st, CMP_EXPORT_IO, "read-only directory: %s", err);
        s = tap_slurp(path, NULL);
        is_str(s, "old\n", "old file intact in a read-only directory");
        free(s);
    }
    chmod(ro, 0755);
    unlink(path);
    rmdir(ro);

    /* Clean up. */
    const char *names[] = {"cmp.md", "cmp.csv", "cmp.json", "keep.md"};
    for (size_t i = 0; i < 4; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        unlink(path);
    }
    ok(rmdir(dir) == 0, "test directory empty at the end");
    compare_free(&c);
}

int main(void)
{
    char path[1024];
    umask(022);
    snprintf(path, sizeof path, "%s/data/consortia.json", getenv("top_srcdir") ? getenv("top_srcdir") : ".");
    struct load_options lo = {.strict = false};
    struct load_report rep;
    memset(&rep, 0, sizeof rep);
    ds = load_dataset(path, &lo, &rep);
    ok(ds != NULL, "dataset loads: %s", path);
    load_report_clear(&rep);
    if (!ds)
        return tap_done();
    test_rows();
    test_records();
    test_peer();
    test_baseline();
    test_navigation();
    test_bar();
    test_cell_format();
    test_osc52();
    test_hostile();
    test_formats();
    test_export();
    model_free(&ds);
    return tap_done();
}
