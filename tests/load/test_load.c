/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_load.c — the loader: structure, NFC, sources, errors with paths. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "load.h"
#include "model.h"
#include "tap.h"

/* Replaces the first `from` in src by `to` (a fresh string). */
static char *patch(const char *src, const char *from, const char *to)
{
    const char *at = strstr(src, from);
    if (!at)
        return NULL;
    size_t a = (size_t)(at - src), fl = strlen(from), tl = strlen(to), sl = strlen(src);
    char *out = malloc(sl - fl + tl + 1);
    memcpy(out, src, a);
    memcpy(out + a, to, tl);
    memcpy(out + a + tl, at + fl, sl - a - fl + 1);
    return out;
}

/* Loads a patched mini.json strictly; returns the first error or "ok". */
static const char *first_error(const char *mini, const char *from, const char *to, struct load_report *rep)
{
    static char msg[512];
    char *text = patch(mini, from, to);
    if (!text)
        return "(patch did not apply)";
    struct load_options o = {.strict = true};
    struct dp_dataset *ds = load_dataset_mem(text, strlen(text), "mini.json", &o, rep);
    snprintf(msg, sizeof msg, "%s", ds ? "ok" : rep->nerrors ? rep->errors[0] : "(no message)");
    model_free(&ds);
    free(text);
    return msg;
}

int main(void)
{
    const char *top = getenv("top_srcdir");
    char path[4096];
    snprintf(path, sizeof path, "%s/tests/data/mini.json", top ? top : ".");
    size_t len;
    char *mini = tap_slurp(path, &len);
    ok(mini != NULL, "read %s", path);
    if (!mini)
        return tap_done();

    struct load_report rep;
    struct dp_dataset *ds = load_dataset(path, NULL, &rep);
    ok(ds != NULL, "mini.json loads");
    is_int(rep.nerrors, 0, "no errors");
    is_int(ds->nconsortia, 2, "2 consortia");
    is_int(ds->nmodels, 4, "4 models (3 + 1 reference)");
    is_int(ds->npartners, 3, "3 partners");
    is_str(ds->as_of, "2026-01-15", "as_of");
    is_str(ds->models[0]->id, "alpha-500b", "models are indexed consortium first");
    is_str(ds->models[3]->id, "ref-big", "reference models last");
    ok(ds->models[3]->reference && ds->models[3]->consortium == NULL, "reference model has no consortium");
    ok(ds->models[0]->consortium == &ds->consortia[0], "back pointer to the consortium");
    is_str(ds->consortia[0].partners[1].src, "S1, P1", "several source ids are joined");
    is_str(ds->models[0]->name.ko.disp, "알파 오백", "Korean name");
    is_int(ds->models[0]->name.ko.width, 9, "width measured at load: 4 syllables + space");
    ok(ds->models[0]->params_total.known && ds->models[0]->params_total.v == 519, "params_total_b");
    ok(!ds->models[1]->params_active.known && ds->models[1]->params_active.why == DP_WHY_UNDISCLOSED,
       "null with why undisclosed");
    ok(ds->models[0]->claims[0].baseline_model == ds->models[3], "claim baseline resolved to a model");
    ok(ds->models[0]->claims[0].model == ds->models[0], "claim knows its model");
    is_int(ds->consortia[1].scores[0].nparts, 3, "a score has every part of its scheme");
    ok(!ds->consortia[1].scores[0].parts[1].value.known &&
           ds->consortia[1].scores[0].parts[1].value.why == DP_WHY_NOT_EVALUATED,
       "a part absent from the data is not evaluated");
    is_str(ds->contradictions[0].values[1].raw, "519B [P1]", "contradiction values keep their sources");
    is_str(model_field_src(ds->models[0], "license"), "P1", "field source falls back to the model's");
    ok(model_has_tag(ds->models[0], "mla") && !model_has_tag(ds->models[0], "dense"), "tags");
    model_free(&ds);
    ok(ds == NULL, "model_free sets the pointer to NULL");
    load_report_clear(&rep);

    /* NFD input is stored as NFC: "알" as jamo U+110B U+1161 U+11AF. */
    char *nfd = patch(mini, "\"알파 오백\"", "\"\xe1\x84\x8b\xe1\x85\xa1\xe1\x86\xaf파 오백\"");
    ds = load_dataset_mem(nfd, strlen(nfd), "nfd.json", NULL, &rep);
    ok(ds && strcmp(ds->models[0]->name.ko.raw, "알파 오백") == 0, "NFD normalised to NFC at load");
    ok(ds && ds->models[0]->name.ko.width == 9, "and measured after normalising");
    model_free(&ds);
    load_report_clear(&rep);
    free(nfd);

    /* Schema errors carry their JSON path. */
    is_str(first_error(mini, "\"params_total_b\": 519", "\"params_total_b\": \"500B\"", &rep),
           "consortia[0].models[0].params_total_b: expected a number, got \"500B\"", "type error with path");
    load_report_clear(&rep);
    is_str(first_error(mini, "\"params_total_b\": 8,", "\"params_total_b\": 1e999,", &rep),
           "consortia[0].models[1].params_total_b: expected a finite number, got infinity",
           "1e999 is refused");
    load_report_clear(&rep);
    is_str(first_error(mini, "\"params_total_b\": 8,", "\"params_total_b\": -0,", &rep), "ok", "-0 is 0");
    load_report_clear(&rep);
    is_str(first_error(mini, "\"params_total_b\": 8,", "\"params_total_b\": 1e30,", &rep), "ok",
           "1e30, the largest number, loads");
    load_report_clear(&rep);
    is_str(first_error(mini, "\"params_total_b\": 8,", "\"params_total_b\": 1.0000000000000002e30,", &rep),
           "consortia[0].models[1].params_total_b: 1.0000000000000002e+30 is larger than 1e+30 (limit: max "
           "number)",
           "the next number after 1e30 is refused, spelled as written");
    load_report_clear(&rep);
    is_str(first_error(mini, "\"params_total_b\": 8,", "\"params_total_b\": 1e308,", &rep),
           "consortia[0].models[1].params_total_b: 1e+308 is larger than 1e+30 (limit: max number)",
           "1e308 is refused, not shown as infT");
    load_report_clear(&rep);
    is_str(first_error(mini, "\"kind\": \"chip\"", "\"kind\": 7", &rep),
           "consortia[0].partners[1].kind: expected a string, got 7", "kind must be a string");
    load_report_clear(&rep);
    is_str(first_error(mini, "\"as_of\": \"2026-01-15\"", "\"as_of\": \"2026-02-30\"", &rep),
           "as_of: expected a date YYYY-MM-DD or null, got \"2026-02-30\"", "impossible date");
    load_report_clear(&rep);
    is_str(first_error(mini, "\"as_of\": \"2026-01-15\"", "\"as_of\": \"2028-02-29\"", &rep), "ok",
           "leap day");
    load_report_clear(&rep);
    is_str(first_error(mini, "\"reference\": true,", "", &rep),
           "reference_models[0].reference: reference models need \"reference\": true",
           "reference flag required");
    load_report_clear(&rep);
    is_str(first_error(mini, "{\n  \"schema_version\"", "{\"x-extra\": 1,\n  \"schema_version\"", &rep), "ok",
           "x- keys are allowed");
    load_report_clear(&rep);

    /* A long string beyond the limit is reported by name. */
    size_t big = LOAD_MAX_STRING_BYTES + 10;
    char *huge = malloc(big + 3);
    huge[0] = '"';
    memset(huge + 1, 'a', big);
    strcpy(huge + 1 + big, "\"");
    char *text = patch(mini, "\"Apache-2.0\"", huge);
    ds = load_dataset_mem(text, strlen(text), "huge.json", NULL, &rep);
    ok(ds == NULL && rep.nerrors && strstr(rep.errors[0], "(limit: max string length)"),
       "string limit named");
    load_report_clear(&rep);
    free(text);
    free(huge);

    /* Non-strict loads count unsafe strings instead of failing. */
    text = patch(mini, "\"Alpha Lab\"", "\"Alpha\\u001b[2JLab\"");
    ds = load_dataset_mem(text, strlen(text), "esc.json", NULL, &rep);
    ok(ds != NULL && rep.nunsafe == 1, "non-strict: the dataset loads, one unsafe string counted");
    ok(ds && strchr(ds->consortia[0].lead.en.disp, 0x1b) == NULL, "display form has no ESC");
    ok(ds && strchr(ds->consortia[0].lead.en.raw, 0x1b) != NULL, "raw form keeps the original");
    is_str(rep.first_unsafe, "consortia[0].lead.en: escape sequence at byte 5", "first unsafe string named");
    model_free(&ds);
    load_report_clear(&rep);
    free(text);

    /* The 2026 format: sub-parts, averages, results, events, budget,
     * applicants, officials, reliability, relation, entered_for. */
    snprintf(path, sizeof path, "%s/tests/data/mini-2026.json", top ? top : ".");
    struct load_options strict = {.strict = true};
    ds = load_dataset(path, &strict, &rep);
    ok(ds != NULL, "mini-2026.json validates");
    is_int(rep.nwarnings, 0, "without warnings");
    if (ds) {
        const struct dp_scheme *sc = &ds->schemes[0];
        is_int(sc->parts[0].nsub, 3, "the benchmark part has 3 sub-parts");
        ok(sc->parts[0].sub[0].parent == &sc->parts[0], "a sub-part knows its part");
        ok(sc->average_total.known && sc->average_total.v == 79.7, "published average total");
        ok(sc->parts[0].average.known && sc->parts[0].average.v == 30.4, "published part average");
        ok(sc->parts[0].sub[0].average.known && sc->parts[0].sub[0].average.v == 8.5, "sub-part average");
        is_str(sc->parts[0].sub[0].average_src, "P2", "with its source");
        ok(!sc->parts[2].average.known && sc->parts[2].average.why == DP_WHY_UNDISCLOSED,
           "an unpublished average is undisclosed");
        ok(sc->parts[1].panel.known && sc->parts[1].panel.v == 10, "panel size");
        const struct dp_score_part *bp = &ds->consortia[0].scores[0].parts[0];
        is_int(bp->nsub, 3, "a part score has every sub-part");
        ok(bp->sub[1].value.known && bp->sub[1].value.v == 14.4, "sub-part value");
        ok(model_score_sub(bp, "individual") == &bp->sub[2], "sub-part found by id");
        ok(!ds->consortia[0].scores[0].total_computed, "a published total is not computed");
        const struct dp_score_part *beta = &ds->consortia[1].scores[0].parts[0];
        ok(!beta->value.known && beta->value.why == DP_WHY_UNDISCLOSED && beta->sub[2].value.known &&
               beta->sub[2].value.v == 10,
           "a sub-part published for a team whose part is not");
        ok(!beta->sub[0].value.known && beta->sub[0].value.why == DP_WHY_NOT_EVALUATED,
           "an absent sub-part is not evaluated");
        is_int(ds->sources[1].reliability, DP_RELIABILITY_PRIMARY, "reliability primary");
        ok(!ds->sources[1].uncertain, "a primary source is not uncertain");
        ok(ds->sources[3].uncertain && ds->sources[3].reliability == DP_RELIABILITY_UNCERTAIN,
           "uncertain agrees with reliability");
        is_int(ds->sources[0].reliability, DP_RELIABILITY_UNSTATED, "reliability unstated");
        is_int(ds->consortia[0].partners[0].relation, DP_RELATION_RESEARCH, "partner relation");
        is_str(ds->consortia[0].partners[1].date, "2026-02-25", "partner joined date");
        is_int(ds->consortia[1].partners[0].relation, DP_RELATION_UNSTATED, "relation unstated");
        ok(ds->models[0]->entered_for == model_find_stage(ds, "stage-1"), "entered for stage 1");
        ok(!ds->models[1]->entered_for && !ds->models[1]->entered_outside &&
               ds->models[1]->entered_why == DP_WHY_UNKNOWN,
           "entry unknown, with why");
        ok(ds->models[2]->entered_outside && ds->models[2]->entered_why == DP_WHY_NONE,
           "outside the programme");
        ok(!ds->models[3]->entered_stated, "a reference model states no entry");
        is_int(ds->nbenchmarks, 2, "benchmarks");
        is_int(ds->benchmarks[0].group, DP_BENCH_KOREAN, "benchmark group");
        is_int(ds->nresults, 3, "results");
        ok(ds->results[0].model == ds->models[0] && ds->results[0].bench == &ds->benchmarks[0],
           "a result's model and benchmark");
        is_str(ds->results[0].setting.raw, "reasoning", "setting");
        ok(ds->results[1].comparator_model == ds->models[0], "comparator resolved to a model");
        is_int(ds->results[1].reported_by, DP_CLAIM_THIRD_PARTY,
               "a comparator in another developer's table is third-party");
        ok(!ds->results[2].value.known && ds->results[2].value.why == DP_WHY_UNDISCLOSED,
           "null result with why");
        is_int(ds->models[0]->nresults, 2, "a model lists its results");
        ok(ds->models[0]->results[1] == &ds->results[2], "in data order");
        ok(ds->models[3]->nresults == 1 && ds->models[3]->results[0] == &ds->results[1],
           "a reference model's results too");
        is_int(ds->nevents, 3, "events");
        ok(ds->events[1].model == ds->models[0] && ds->events[1].consortium == &ds->consortia[0],
           "an event's model and consortium");
        is_int(ds->events[1].kind, DP_EVENT_RELEASE, "event kind");
        is_str(ds->events[2].date_end, "2026-02-12", "event end date");
        ok(ds->events[0].stage == &ds->stages[0], "an event's stage");
        is_int(ds->nbudget, 2, "budget lines");
        ok(ds->budget[0].amount_krw_bn.known && ds->budget[0].amount_krw_bn.v == 200, "budget amount");
        ok(!ds->budget[1].amount_krw_bn.known && ds->budget[1].consortium == &ds->consortia[0],
           "budget line of a consortium, amount undisclosed");
        is_int(ds->napplicants, 2, "applicants");
        ok(ds->applicants[1].result == DP_RESULT_ELIMINATED && !ds->applicants[1].consortium,
           "an applicant that fell");
        is_int(ds->nofficials, 1, "officials");
        is_str(ds->officials[0].title.en.raw, "Director", "official title");
        is_int(ds->nstages, 3, "a third stage");
    }
    model_free(&ds);
    load_report_clear(&rep);

    /* The validate rules only run strictly: list still loads such data. */
    char *uncited = patch(mini, "\"sources\": [",
                          "\"sources\": [\n    {\"id\": \"P9\", \"kind\": \"public\", \"publisher\": \"x\", "
                          "\"date\": null, \"url\": null, \"title\": \"x\"},");
    ds = load_dataset_mem(uncited, strlen(uncited), "uncited.json", NULL, &rep);
    ok(ds != NULL && rep.nerrors == 0, "non-strict: an uncited source is no error");
    model_free(&ds);
    load_report_clear(&rep);
    is_str(first_error(mini, "\"sources\": [",
                       "\"sources\": [\n    {\"id\": \"P9\", \"kind\": \"public\", \"publisher\": \"x\", "
                       "\"date\": null, \"url\": null, \"title\": \"x\"},",
                       &rep),
           "sources[0]: source \"P9\" is cited by no field", "strict: it is");
    load_report_clear(&rep);
    free(uncited);
    is_str(first_error(mini,
                       "\"id\": \"benchmark\", \"ko\": \"벤치마크\", \"en\": \"Benchmark\", \"max\": 40}",
                       "\"id\": \"total\", \"ko\": \"벤치마크\", \"en\": \"Benchmark\", \"max\": 40}", &rep),
           "evaluation_schemes[0].parts[0].id: \"total\" is reserved for the scheme's total",
           "part id total is reserved");
    load_report_clear(&rep);

    free(mini);
    return tap_done();
}
