/* SPDX-License-Identifier: GPL-2.0-or-later */
/* model.h — the in-memory dataset: plain structs owned by one arena.
 *
 * The model room knows nothing of JSON, curses or Unicode rules. The `load`
 * room fills it (measuring every string once through the `text` room); every
 * other room only reads it. A dataset is created by load_dataset() and freed
 * in one call with model_free().
 *
 * Strings: every string from the data is a dp_str holding the NFC bytes
 * (`raw`, for export and matching), a display-safe form (`disp`, may be the
 * same pointer) and the display width of `disp`, measured once at load.
 * An absent string has raw == NULL, disp == "" and width == 0.
 */
#ifndef DOKPAMO_MODEL_H
#define DOKPAMO_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct dp_str {
    const char *raw;  /* NFC bytes as in the data; NULL when absent */
    const char *disp; /* display-safe form; never NULL */
    int width;        /* display columns of disp */
} dp_str;

/* A bilingual string; either side may be absent (raw == NULL). */
typedef struct dp_text {
    dp_str ko;
    dp_str en;
} dp_text;

enum dp_lang { DP_LANG_KO, DP_LANG_EN };

/* Why a value is unknown. DP_WHY_NONE means the value is known. */
enum dp_why {
    DP_WHY_NONE,
    DP_WHY_UNDISCLOSED,
    DP_WHY_NOT_EVALUATED,
    DP_WHY_NOT_APPLICABLE,
    DP_WHY_UNKNOWN,
};

typedef struct dp_num {
    double v;
    bool known;
    enum dp_why why; /* DP_WHY_NONE when known */
} dp_num;

enum dp_kind {
    DP_KIND_UNIVERSITY,
    DP_KIND_RESEARCH,
    DP_KIND_STARTUP,
    DP_KIND_CHIP,
    DP_KIND_TELECOM,
    DP_KIND_GAME,
    DP_KIND_MOBILITY,
    DP_KIND_DATA,
    DP_KIND_SERVICE,
    DP_KIND_PUBLIC,
    DP_KIND_ENTERPRISE,
    DP_KIND_OTHER,
    DP_KIND_COUNT
};

enum dp_result {
    DP_RESULT_SELECTED,
    DP_RESULT_PRESENTED,
    DP_RESULT_ADVANCED,
    DP_RESULT_ELIMINATED,
    DP_RESULT_PENDING,
    DP_RESULT_DECLINED,
    DP_RESULT_COUNT
};

enum dp_claim_kind { DP_CLAIM_VENDOR, DP_CLAIM_OFFICIAL, DP_CLAIM_THIRD_PARTY, DP_CLAIM_COUNT };

/* How far a source can be trusted ("reliability"); UNSTATED when the data
 * does not say (then `uncertain` alone decides). */
enum dp_reliability {
    DP_RELIABILITY_UNSTATED,
    DP_RELIABILITY_PRIMARY,
    DP_RELIABILITY_SECONDARY,
    DP_RELIABILITY_UNCERTAIN,
    DP_RELIABILITY_COUNT
};

/* A partner's tie to its consortium ("relation"). */
enum dp_relation {
    DP_RELATION_UNSTATED,
    DP_RELATION_MEMBER,
    DP_RELATION_AFFILIATE, /* group affiliate */
    DP_RELATION_CUSTOMER,
    DP_RELATION_LOI, /* letter of intent to use the model */
    DP_RELATION_RESEARCH,
    DP_RELATION_COUNT
};

/* The group of a benchmark. */
enum dp_bench_group { DP_BENCH_KOREAN, DP_BENCH_GLOBAL, DP_BENCH_INDEX, DP_BENCH_OTHER, DP_BENCH_COUNT };

/* What a dated event is. */
enum dp_event_kind {
    DP_EVENT_SELECTION,
    DP_EVENT_PRESENTATION,
    DP_EVENT_RESULT,
    DP_EVENT_CALL,
    DP_EVENT_RELEASE,
    DP_EVENT_ANNOUNCEMENT,
    DP_EVENT_FUNDING,
    DP_EVENT_PARTNER,
    DP_EVENT_COUNT
};

struct dp_source {
    const char *id;
    bool seed;      /* kind "seed" (else "public") */
    bool uncertain; /* also true when reliability is UNCERTAIN */
    dp_str publisher, date, url, title;
    enum dp_reliability reliability;
    size_t ncited; /* fields citing it (filled by the loader) */
};

struct dp_stage {
    const char *id;
    const char *date;     /* YYYY-MM-DD or NULL */
    const char *date_end; /* or NULL */
    dp_text name;
    dp_text note;
    const char *src;
};

struct dp_scheme_part {
    const char *id;
    dp_text name;
    double max;
    dp_text description;
    struct dp_scheme_part *sub; /* sub-parts; their max adds up to max */
    size_t nsub;
    dp_num panel;   /* panel size (experts, users) when published */
    dp_num average; /* published average across teams */
    const char *average_src;
    const struct dp_scheme_part *parent; /* NULL for a top-level part */
};

struct dp_scheme {
    const char *id;
    const struct dp_stage *stage;
    double total;
    struct dp_scheme_part *parts;
    size_t nparts;
    const char *src;
    dp_num average_total; /* published average total */
    const char *average_total_src;
    dp_text note;
};

struct dp_consortium;
struct dp_model;
struct dp_result_rec;

struct dp_partner {
    dp_text name;
    dp_str *aliases; /* other names in use (카이스트 for KAIST) */
    size_t naliases;
    enum dp_kind kind;
    dp_text role;
    bool uncertain;
    const char *src;
    dp_text note;
    const struct dp_consortium *consortium;
    enum dp_relation relation;
    const char *date; /* joined, when reported */
};

/* A strategy keyword or a roadmap item. */
struct dp_item {
    dp_text text;
    const char *src;
};

struct dp_person {
    dp_text name, title, said;
    const char *src;
    dp_text note;
};

struct dp_status {
    const struct dp_stage *stage;
    enum dp_result result;
    dp_text reason;
    const char *date;
    const char *src;
    dp_text note; /* a remark on the status (not its reason) */
};

struct dp_score_part {
    const struct dp_scheme_part *part;
    dp_num value;
    const char *src;
    struct dp_score_part *sub; /* one per sub-part of part, in scheme order */
    size_t nsub;
    dp_text note;
};

struct dp_score {
    const struct dp_scheme *scheme;
    struct dp_score_part *parts; /* one per scheme part, in scheme order */
    size_t nparts;
    dp_num total;
    bool total_computed;
    const char *src;
    dp_text note;
};

struct dp_claim {
    dp_str metric;
    dp_num value;
    dp_str unit;
    dp_str baseline;                       /* as written in the data */
    const struct dp_model *baseline_model; /* when baseline is a model id */
    dp_num baseline_value;
    dp_num relative_pct;
    enum dp_claim_kind kind;
    const char *date;
    const char *src;
    dp_text note;
    const struct dp_model *model; /* the model making the claim */
};

/* A field with its own source (model.field_sources). */
struct dp_field_src {
    const char *field;
    const char *src;
};

struct dp_model {
    const char *id;
    dp_text name;
    dp_str *aliases;
    size_t naliases;
    bool reference;
    dp_text developer;
    const char *variant_of;
    const struct dp_consortium *consortium; /* NULL for reference models */
    dp_num params_total;                    /* billions */
    dp_num params_active;                   /* billions */
    dp_str *arch;                           /* architecture tags */
    size_t narch;
    dp_str *mod_in, *mod_out;
    size_t nmod_in, nmod_out;
    dp_num context;
    dp_str license;
    enum dp_why license_why;
    const char *released; /* YYYY-MM-DD or NULL */
    enum dp_why released_why;
    struct dp_claim *claims;
    size_t nclaims;
    struct dp_item *roadmap;
    size_t nroadmap;
    const char *src;
    struct dp_field_src *field_srcs;
    size_t nfield_srcs;
    dp_text note;
    size_t index; /* position in dataset.models */
    /* The programme stage this model was entered for: a stage, or
     * entered_outside (not a programme entry), or neither with
     * entered_why saying why it is unknown. */
    const struct dp_stage *entered_for;
    bool entered_outside;
    enum dp_why entered_why;
    bool entered_stated; /* the data has "entered_for" */
    /* Benchmark results of this model (filled by model_index()). */
    const struct dp_result_rec **results;
    size_t nresults;
    /* The contradictions about this model (filled by the loader). */
    const struct dp_contradiction **contras;
    size_t ncontras;
};

struct dp_consortium {
    const char *id;
    dp_text name, short_name, lead;
    const char *src;
    struct dp_partner *partners;
    size_t npartners;
    struct dp_item *strategy;
    size_t nstrategy;
    struct dp_person *people;
    size_t npeople;
    struct dp_status *status;
    size_t nstatus;
    struct dp_score *scores;
    size_t nscores;
    struct dp_model *models;
    size_t nmodels;
    dp_text note;
    size_t index;
    /* The contradictions about this consortium (filled by the loader). */
    const struct dp_contradiction **contras;
    size_t ncontras;
};

struct dp_contradiction {
    const char *id;
    dp_text topic;
    dp_str *values; /* each value with its sources appended: "500B [S1]" */
    size_t nvalues;
    const char *about;
    dp_text note;
    const char *src; /* every value's sources, joined ("S1, S2, P24") */
    /* The fields of `about` the disagreement concerns (catalogue keys
     * such as "params_total_b"; data key "fields"), or none. */
    dp_str *fields;
    size_t nfields;
};

/* A benchmark (dataset.benchmarks). */
struct dp_benchmark {
    const char *id;
    dp_str name;
    enum dp_bench_group group;
    dp_text description;
    const char *src; /* may be NULL */
    dp_text note;
};

/* One benchmark result: model x benchmark x value (dataset.results). */
struct dp_result_rec {
    const struct dp_model *model;
    const char *model_id; /* as written */
    const struct dp_benchmark *bench;
    dp_num value;
    dp_str unit;
    dp_str setting;                          /* reasoning mode, effort, shots */
    dp_str comparator;                       /* as written */
    const struct dp_model *comparator_model; /* when comparator is a model id */
    enum dp_claim_kind reported_by;
    dp_str reporter; /* who published it */
    const char *date;
    const char *src;
    dp_text note;
};

/* A dated event (dataset.events), for a timeline. */
struct dp_event {
    const char *id;
    const char *date; /* never NULL */
    const char *date_end;
    enum dp_event_kind kind;
    dp_text text;
    const struct dp_stage *stage;           /* or NULL */
    const struct dp_consortium *consortium; /* or NULL */
    const struct dp_model *model;           /* or NULL */
    const char *model_id;                   /* as written, or NULL */
    const char *src;
    dp_text note;
};

/* A budget line (dataset.budget). */
struct dp_budget {
    const char *id;
    dp_text name;
    dp_num amount_krw_bn;
    const struct dp_consortium *consortium; /* or NULL */
    const char *src;
    dp_text note;
};

/* An applicant to a call and how far it got (dataset.applicants). */
struct dp_applicant {
    dp_text name;
    const struct dp_stage *call;  /* the call it answered */
    const struct dp_stage *stage; /* where the outcome was decided */
    enum dp_result result;
    const struct dp_consortium *consortium; /* when it became one */
    const char *src;
    dp_text note;
};

struct dp_arena;

struct dp_dataset {
    int schema_version;
    dp_text title;
    const char *as_of;
    struct dp_source *sources;
    size_t nsources;
    struct dp_stage *stages;
    size_t nstages;
    struct dp_scheme *schemes;
    size_t nschemes;
    struct dp_consortium *consortia;
    size_t nconsortia;
    struct dp_model *references; /* reference models */
    size_t nreferences;
    struct dp_contradiction *contradictions;
    size_t ncontradictions;
    struct dp_benchmark *benchmarks;
    size_t nbenchmarks;
    struct dp_result_rec *results;
    size_t nresults;
    struct dp_event *events; /* in data order (the data keeps them by date) */
    size_t nevents;
    struct dp_budget *budget;
    size_t nbudget;
    struct dp_applicant *applicants;
    size_t napplicants;
    struct dp_person *officials; /* government people */
    size_t nofficials;
    const struct dp_result_rec **result_ptrs; /* behind each model's results */
    /* Flat indexes, filled by model_index(): every model (consortium models
     * first, then references) and every partner. */
    struct dp_model **models;
    size_t nmodels;
    struct dp_partner **partners;
    size_t npartners;
    struct dp_arena *arena;
    const char *path; /* file it was loaded from */
    /* Hash indexes behind model_find_model() / model_find_source(), built
     * by model_index() / model_index_sources(); NULL means linear search. */
    struct dp_idmap *model_ids;
    struct dp_idmap *source_ids;
};

/* Arena: every allocation of a dataset lives here and dies with it.
 * model_alloc() returns zeroed memory or NULL on exhaustion. */
struct dp_dataset *model_new(void);
void *model_alloc(struct dp_dataset *ds, size_t size);
char *model_strdup(struct dp_dataset *ds, const char *s, size_t len);
/* A worker's view of ds (the parallel loader): lookups read ds's arrays
 * and indexes as they are now (they must not change while the view
 * lives), allocations go to the view's own arena. model_view_merge() hands
 * that arena to ds (what was allocated stays valid) and frees the view. */
struct dp_dataset *model_view_new(const struct dp_dataset *ds);
void model_view_merge(struct dp_dataset *ds, struct dp_dataset **view);
/* Builds ds->models / ds->partners, back pointers and the model id index.
 * Returns false on OOM. */
bool model_index(struct dp_dataset *ds);
/* Builds the source id index once ds->sources is complete (the loader
 * calls it before resolving source ids). Returns false on OOM. */
bool model_index_sources(struct dp_dataset *ds);
/* Points each model at its results (dataset.results with model set);
 * model_index() calls it too. Returns false on OOM. */
bool model_index_results(struct dp_dataset *ds);
/* Frees everything the dataset owns and sets *ds to NULL. */
void model_free(struct dp_dataset **ds);

/* The string of `t` in `lang`, falling back to the other language.
 * Never NULL; points at an empty dp_str when both are absent. */
const dp_str *model_text(const dp_text *t, enum dp_lang lang);
bool model_text_present(const dp_text *t);

/* Enum <-> name tables ("university", "advanced", "undisclosed", "vendor").
 * The parse functions return -1 for an unknown name. */
const char *model_kind_name(enum dp_kind k);
int model_kind_parse(const char *s);
const char *model_result_name(enum dp_result r);
int model_result_parse(const char *s);
const char *model_why_name(enum dp_why w);
int model_why_parse(const char *s);
const char *model_claim_kind_name(enum dp_claim_kind k);
int model_claim_kind_parse(const char *s);
const char *model_reliability_name(enum dp_reliability r); /* "" for UNSTATED */
int model_reliability_parse(const char *s);
const char *model_relation_name(enum dp_relation r); /* "" for UNSTATED */
int model_relation_parse(const char *s);
const char *model_bench_group_name(enum dp_bench_group g);
int model_bench_group_parse(const char *s);
const char *model_event_kind_name(enum dp_event_kind k);
int model_event_kind_parse(const char *s);

/* Lookups by id; NULL when absent. */
const struct dp_source *model_find_source(const struct dp_dataset *ds, const char *id);
const struct dp_stage *model_find_stage(const struct dp_dataset *ds, const char *id);
const struct dp_scheme *model_find_scheme(const struct dp_dataset *ds, const char *id);
const struct dp_model *model_find_model(const struct dp_dataset *ds, const char *id);
const struct dp_consortium *model_find_consortium(const struct dp_dataset *ds, const char *id);
/* Status of consortium `c` at stage `stage_id`, or NULL. */
const struct dp_status *model_status_at(const struct dp_consortium *c, const char *stage_id);
/* Latest status (by stage order in the dataset), or NULL. */
const struct dp_status *model_status_latest(const struct dp_dataset *ds, const struct dp_consortium *c);
/* Source of a model field: its field_sources entry or the model's src. */
const char *model_field_src(const struct dp_model *m, const char *field);
bool model_has_tag(const struct dp_model *m, const char *tag);
const struct dp_benchmark *model_find_benchmark(const struct dp_dataset *ds, const char *id);
/* A score part's sub-part score by sub-part id, or NULL. */
const struct dp_score_part *model_score_sub(const struct dp_score_part *p, const char *id);
/* The value of a part score: its own published value, or else the sum of
 * its sub-parts when every one of them is published (*summed = true).
 * False when neither is known. */
bool model_part_value(const struct dp_score_part *p, double *v, bool *summed);

#endif
