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

struct dp_source {
    const char *id;
    bool seed; /* kind "seed" (else "public") */
    bool uncertain;
    dp_str publisher, date, url, title;
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
};

struct dp_scheme {
    const char *id;
    const struct dp_stage *stage;
    double total;
    struct dp_scheme_part *parts;
    size_t nparts;
    const char *src;
};

struct dp_consortium;
struct dp_model;

struct dp_partner {
    dp_text name;
    enum dp_kind kind;
    dp_text role;
    bool uncertain;
    const char *src;
    dp_text note;
    const struct dp_consortium *consortium;
};

/* A strategy keyword or a roadmap item. */
struct dp_item {
    dp_text text;
    const char *src;
};

struct dp_person {
    dp_text name, title, said;
    const char *src;
};

struct dp_status {
    const struct dp_stage *stage;
    enum dp_result result;
    dp_text reason;
    const char *date;
    const char *src;
};

struct dp_score_part {
    const struct dp_scheme_part *part;
    dp_num value;
    const char *src;
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
};

struct dp_contradiction {
    const char *id;
    dp_text topic;
    dp_str *values; /* each value with its sources appended: "500B [S1]" */
    size_t nvalues;
    const char *about;
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
/* Builds ds->models / ds->partners, back pointers and the model id index.
 * Returns false on OOM. */
bool model_index(struct dp_dataset *ds);
/* Builds the source id index once ds->sources is complete (the loader
 * calls it before resolving source ids). Returns false on OOM. */
bool model_index_sources(struct dp_dataset *ds);
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

#endif
