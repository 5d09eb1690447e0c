/* SPDX-License-Identifier: GPL-2.0-or-later */
/* validate.c — `dokpamo validate [FILE]`: report every problem. */
#include "config.h"
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#include "load.h"
#include "out.h"
#include "table.h"
#include "text.h"

struct bad_fields {
    FILE *err;
    const struct dp_dataset *ds;
};

/* As the loader says a problem: the data path, then what is wrong. */
static void bad_field(const struct dp_contradiction *x, size_t k, void *arg)
{
    const struct bad_fields *b = arg;
    const char *field = x->fields[k].raw;
    char *shown = text_display(field, strlen(field), 0);
    fprintf(b->err,
            "contradictions[%zu].fields[%zu]: \"%s\" is not a field of \"%s\" (its mark would never show)\n",
            (size_t)(x - b->ds->contradictions), k, shown ? shown : "?", x->about);
    free(shown);
}

/* One JSON string, escaped. */
static void json_str(FILE *out, const char *s, size_t len)
{
    char *copy = strndup(s, len);
    char *e = copy ? out_json_escape(copy) : NULL;
    fprintf(out, "\"%s\"", e ? e : "?");
    free(e);
    free(copy);
}

/* The key's list: items, then the lines of `more` (NULL: none). */
static void json_list(FILE *out, const char *key, char **items, size_t n, const char *more)
{
    fprintf(out, ",\n  \"%s\": [", key);
    size_t k = 0;
    for (size_t i = 0; i < n; i++, k++) {
        fputs(k ? ",\n    " : "\n    ", out);
        json_str(out, items[i], strlen(items[i]));
    }
    for (const char *p = more; p && *p; k++) {
        size_t len = strcspn(p, "\n");
        fputs(k ? ",\n    " : "\n    ", out);
        json_str(out, p, len);
        p += len + (p[len] == '\n');
    }
    fputs(k ? "\n  ]" : "]", out);
}

/* validate --format json (doc/validate.schema.json): the same report as
 * one object on stdout; the exit status is the same. `more`: the
 * problems found after loading, one a line. */
static void report_json(FILE *out, const char *path, const struct dp_dataset *ds,
                        const struct load_report *rep, const char *more, size_t nmore, int status)
{
    static const char *const words[] = {[CLI_OK] = "ok",
                                        [CLI_DATAERR] = "bad-data",
                                        [CLI_NOINPUT] = "no-file",
                                        [CLI_OSERR] = "out-of-memory"};
    fputs("{\n  \"file\": ", out);
    json_str(out, path, strlen(path));
    fprintf(out, ",\n  \"ok\": %s,\n  \"status\": \"%s\",\n  \"exit\": %d",
            status == CLI_OK ? "true" : "false", words[status], status);
    if (ds && !nmore)
        fprintf(out,
                ",\n  \"counts\": {\"consortia\": %zu, \"models\": %zu, \"partners\": %zu, \"sources\": %zu}",
                ds->nconsortia, ds->nmodels, ds->npartners, ds->nsources);
    json_list(out, "problems", rep->errors, rep->nerrors, more);
    fprintf(out, ",\n  \"problems_not_listed\": %zu", rep->nerrors_dropped);
    json_list(out, "warnings", rep->warnings, rep->nwarnings, NULL);
    fputs("\n}\n", out);
}

int cli_validate(FILE *out, FILE *err, const char *path, const struct cli_opts *o)
{
    struct load_options lo = {.strict = true, .text_flags = o->text_flags, .threads = o->threads};
    struct load_report rep;
    struct dp_dataset *ds = load_dataset(path, &lo, &rep);
    int status = ds                             ? CLI_OK
                 : rep.status == LOAD_NO_INPUT  ? CLI_NOINPUT
                 : rep.status == LOAD_NO_MEMORY ? CLI_OSERR
                                                : CLI_DATAERR;
    bool json = o->format == OUT_JSON;
    char *shown = NULL;
    if (!json) {
        shown = text_display(path, strlen(path), 0); /* the name may hold escapes */
        if (shown)
            path = shown;
        if (!ds && rep.status == LOAD_NO_MEMORY) { /* one message, not one per record */
            const char *said = load_report_nomem(&rep);
            if (strcmp(said, "out of memory") == 0)
                fprintf(err, "%s: %s\n", path, said);
            else
                fprintf(err, "%s\n", said);
            load_report_clear(&rep);
            free(shown);
            return CLI_OSERR;
        }
        for (size_t i = 0; i < rep.nerrors; i++)
            fprintf(err, "%s\n", rep.errors[i]);
        if (rep.nerrors_dropped)
            fprintf(err, "... and %zu more problems\n", rep.nerrors_dropped);
        for (size_t i = 0; i < rep.nwarnings; i++)
            fprintf(err, "warning: %s\n", rep.warnings[i]);
    }
    /* Fields a contradiction names must exist, or its marker never shows;
     * for JSON its problems are gathered as lines. */
    char *more = NULL;
    size_t morelen = 0;
    FILE *mem = json && ds ? open_memstream(&more, &morelen) : NULL;
    if (json && ds && !mem)
        status = CLI_OSERR;
    size_t nbad = ds && (mem || !json)
                      ? table_contradiction_check(ds, bad_field, &(struct bad_fields){mem ? mem : err, ds})
                      : 0;
    if (mem && fclose(mem) != 0)
        nbad = (size_t)-1;
    if (nbad == (size_t)-1)
        status = CLI_OSERR;
    else if (nbad)
        status = CLI_DATAERR;
    if (json) {
        report_json(out, path, ds, &rep, status == CLI_OSERR ? NULL : more, nbad, status);
        free(more);
        model_free(&ds);
        load_report_clear(&rep);
        return status;
    }
    if (nbad == (size_t)-1)
        fputs("dokpamo: out of memory\n", err);
    else if (nbad)
        fprintf(err, "%s: %zu problem%s\n", path, nbad, nbad == 1 ? "" : "s");
    else if (ds)
        fprintf(out, "%s: ok (%zu consortia, %zu models, %zu partners, %zu sources)\n", path, ds->nconsortia,
                ds->nmodels, ds->npartners, ds->nsources);
    else if (status == CLI_DATAERR)
        fprintf(err, "%s: %zu problem%s\n", path, rep.nerrors + rep.nerrors_dropped,
                rep.nerrors + rep.nerrors_dropped == 1 ? "" : "s");
    model_free(&ds);
    load_report_clear(&rep);
    free(shown);
    return status;
}
