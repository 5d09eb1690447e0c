/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_render.c — the CLI renderers on an arbitrary dataset: the bytes are
 * loaded leniently and, when they load, every command and format is
 * rendered into a memory stream. Nothing in the output may be a raw
 * control byte (the text room's sanitising must hold end to end). */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "load.h"
#include "model.h"
#include "out.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* No byte below 0x20 but LF (TAB in TSV, CR LF in CSV), no DEL, no ESC,
 * no C1 as UTF-8 (C2 80..C2 9F). */
static void check_clean(const char *buf, size_t len, enum out_format fmt)
{
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)buf[i];
        if (c == '\r' && fmt == OUT_CSV && i + 1 < len && buf[i + 1] == '\n')
            continue;
        if ((c < 0x20 && c != '\n' && !(fmt == OUT_TSV && c == '\t')) || c == 0x7f)
            abort();
        if (c == 0xc2 && i + 1 < len && (unsigned char)buf[i + 1] >= 0x80 &&
            (unsigned char)buf[i + 1] <= 0x9f)
            abort();
    }
}

static void render(int (*run)(FILE *, const struct dp_dataset *, const struct cli_opts *, void *),
                   const struct dp_dataset *ds, const struct cli_opts *o, void *arg)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f)
        return;
    /* stderr carries "ambiguous" lists; send it to a memstream too. */
    run(f, ds, o, arg);
    fclose(f);
    check_clean(buf, len, o->format);
    free(buf);
}

static int run_list(FILE *f, const struct dp_dataset *ds, const struct cli_opts *o, void *arg)
{
    (void)arg;
    return cli_list(f, ds, o);
}

static int run_show(FILE *f, const struct dp_dataset *ds, const struct cli_opts *o, void *arg)
{
    return cli_show(f, ds, o, arg);
}

static int run_compare(FILE *f, const struct dp_dataset *ds, const struct cli_opts *o, void *arg)
{
    char **names = arg;
    int n = 0;
    while (n < 3 && names[n])
        n++;
    return n ? cli_compare(f, ds, o, names, n) : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct load_options lo = {.strict = false, .text_flags = 0};
    struct load_report rep;
    struct dp_dataset *ds = load_dataset_mem((const char *)data, size, "fuzz.json", &lo, &rep);
    load_report_clear(&rep);
    if (!ds)
        return 0;
    /* cli_show/cli_compare may print candidates to stderr. */
    FILE *saved = stderr;
    FILE *devnull = fopen("/dev/null", "w");
    if (devnull)
        stderr = devnull;

    struct cli_opts o;
    cli_opts_init(&o);
    for (int fmt = 0; fmt < OUT_FORMAT_COUNT; fmt++) {
        o.format = (enum out_format)fmt;
        o.lang = fmt & 1 ? DP_LANG_EN : DP_LANG_KO;
        o.sort = fmt == OUT_TABLE ? "-params_total_b,name" : fmt == OUT_MD ? "name" : NULL;
        render(run_list, ds, &o, NULL);
    }
    o.format = OUT_TABLE;
    o.sort = NULL;
    char *names[4] = {0};
    int n = 0;
    for (size_t i = 0; i < ds->nmodels && n < 2; i++)
        if (ds->models[i]->name.en.raw || ds->models[i]->id)
            names[n++] = (char *)(ds->models[i]->name.en.raw ? ds->models[i]->name.en.raw : ds->models[i]->id);
    if (ds->nconsortia && ds->consortia[0].id)
        names[n++] = (char *)ds->consortia[0].id;
    for (int i = 0; i < n; i++)
        render(run_show, ds, &o, names[i]);
    render(run_compare, ds, &o, names);
    o.lang = DP_LANG_EN;
    o.format = OUT_MD;
    render(run_compare, ds, &o, names);
    o.format = OUT_JSON;
    if (n)
        render(run_show, ds, &o, names[0]);

    if (devnull) {
        stderr = saved;
        fclose(devnull);
    }
    model_free(&ds);
    return 0;
}
