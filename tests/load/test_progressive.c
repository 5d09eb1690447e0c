/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_progressive.c — the browser's preview and its load on a thread:
 * load_split_head() cuts a file's head after the first consortium's N-th
 * model (or says the head is too short, or the text is not shaped for
 * it); load_dataset_head() loads the preview; a load job gives what
 * load_dataset() gives, counts its progress, and stops when cancelled. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load/load_internal.h"
#include "tap.h"

static const char doc[] = "{\"sources\": [1, \"]\"], \"consortia\": [ {\"id\": \"a\", \"models\": "
                          "[ {\"n\": \"x]\"} , {\"n\": 2}, [3] ]}, {\"models\": [4]}], \"z\": 1}";

static int head(const char *text, size_t len, size_t max, size_t *cut)
{
    bool contra;
    return load_split_head(text, len, max, cut, &contra);
}

int main(void)
{
    size_t cut = 0, len = strlen(doc);
    const char *m1 = strstr(doc, "{\"n\": \"x]\"}"), *m2 = strstr(doc, "{\"n\": 2}"),
               *m3 = strstr(doc, "[3]");
    is_int(head(doc, len, 1, &cut), 1, "one model: found");
    is_int(cut, (size_t)(m1 - doc) + strlen("{\"n\": \"x]\"}"),
           "... cut after it (a ']' in a string is text)");
    is_int(head(doc, len, 2, &cut), 1, "two models: found");
    is_int(cut, (size_t)(m2 - doc) + strlen("{\"n\": 2}"), "... cut after the second");
    is_int(head(doc, len, 10, &cut), 1, "more than there are: found");
    is_int(cut, (size_t)(m3 - doc) + 3, "... cut after the consortium's last");
    is_int(head(doc, (size_t)(m2 - doc) + 3, 2, &cut), -1, "a head that ends inside the second: too short");
    is_int(head(doc, 20, 1, &cut), -1, "a head that ends inside a string before consortia: too short");
    is_int(head("[1]", 3, 1, &cut), 0, "not an object: not shaped for it");
    is_int(head("{\"consortia\": 1}", 16, 1, &cut), 0, "consortia not an array: not shaped for it");
    is_int(head("{\"consortia\": [{\"id\": 1}]}", 26, 1, &cut), 0, "a first consortium without models: no");
    bool contra = false;
    load_split_head("{\"contradictions\": [], \"consortia\": [{\"models\": []}]}", 53, 1, &cut, &contra);
    ok(contra, "contradictions before consortia: said");

    /* The preview of the bundled data, then the whole of it on a thread. */
    const char *top = getenv("top_srcdir");
    char data[4096];
    snprintf(data, sizeof data, "%s/data/consortia.json", top ? top : ".");
    struct load_options lo = {0};
    struct dp_dataset *pv = load_dataset_head(data, &lo, 1);
    ok(pv && pv->nconsortia == 1 && pv->nmodels == 1, "the preview: one consortium, one model");
    model_free(&pv);
    ok(load_dataset_head("/nonexistent", &lo, 1) == NULL, "no file: no preview");

    struct load_report rep, rep1;
    struct dp_dataset *whole = load_dataset(data, &lo, &rep1);
    struct load_job *job = load_job_start(data, &lo);
    ok(job != NULL, "a load job starts");
    struct dp_dataset *ds = job ? load_job_finish(&job, &rep) : NULL;
    ok(ds && whole && ds->nmodels == whole->nmodels && ds->nconsortia == whole->nconsortia,
       "... and gives what load_dataset() gives");
    ok(job == NULL, "... the job freed");
    model_free(&ds);
    model_free(&whole);
    load_report_clear(&rep);
    load_report_clear(&rep1);

    /* Cancelled before it starts its work: fails, says so. */
    struct load_progress prog;
    atomic_init(&prog.done, 0);
    atomic_init(&prog.total, 0);
    atomic_init(&prog.cancel, true);
    struct load_options cancel = {.progress = &prog};
    ds = load_dataset(data, &cancel, &rep);
    ok(ds == NULL && rep.status == LOAD_BAD_DATA && rep.nerrors == 1 && strstr(rep.errors[0], "cancelled"),
       "a cancelled load: NULL, one message, 'cancelled'");
    model_free(&ds);
    load_report_clear(&rep);
    atomic_store(&prog.cancel, false);
    ds = load_dataset(data, &cancel, &rep);
    ok(ds && atomic_load(&prog.done) > 0 && atomic_load(&prog.total) > 0, "progress counted");
    model_free(&ds);
    load_report_clear(&rep);
    return tap_done();
}
