/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pane_arch.c — Architecture: models × architecture tags and modalities as
 * a matrix of marks. Tags not in the matrix are listed in "Other". */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "tui/app.h"

/* The matrix columns: tag key in the data, header. */
#define ARCH_TAGS(X)                                                                                         \
    X(moe, "moe", "MoE", ABBR_MOE)                                                                           \
    X(dense, "dense", "Dns", ABBR_DENSE)                                                                     \
    X(hybrid, "hybrid-attention", "HyA", ABBR_HYBRID)                                                        \
    X(swa, "sliding-window", "SWA", ABBR_SWA)                                                                \
    X(mla, "mla", "MLA", ABBR_MLA)                                                                           \
    X(mtp, "mtp", "MTP", ABBR_MTP)                                                                           \
    X(reason, "reasoning", "Rsn", ABBR_REASON)                                                               \
    X(hyreason, "hybrid-reasoning", "HyR", ABBR_HYREASON)                                                    \
    X(vlm, "vlm", "VLM", ABBR_VLM)                                                                           \
    X(omni, "omni", "Omn", ABBR_OMNI)                                                                        \
    X(a2a, "any-to-any", "A2A", ABBR_A2A)                                                                    \
    X(dus, "depth-upscaling", "DUS", ABBR_DUS)

#define MODALITIES(X)                                                                                        \
    X(text, "text", "Txt", ABBR_TEXT)                                                                        \
    X(image, "image", "Img", ABBR_IMAGE)                                                                     \
    X(audio, "audio", "Aud", ABBR_AUDIO)                                                                     \
    X(video, "video", "Vid", ABBR_VIDEO)

static void tag_value(const struct dp_model *m, const char *tag, const struct table_ctx *ctx,
                      struct table_value *out)
{
    bool has = model_has_tag(m, tag);
    const struct glyphs *g = draw_glyphs(ctx->text_flags); /* ctx may be a copy (out_records) */
    out->type = TABLE_NUM;
    out->known = true;
    out->why = DP_WHY_NONE;
    out->num = has;
    out->text = has ? g->yes : g->dot;
    out->width = 1;
    out->raw = has ? "yes" : "no";
}

static bool has_str(const dp_str *v, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (v[i].raw && strcmp(v[i].raw, s) == 0)
            return true;
    return false;
}

/* "io" in and out, "i" input only, "o" output only. */
static void modality_value(const struct dp_model *m, const char *mod, const struct table_ctx *ctx,
                           struct table_value *out)
{
    bool in = has_str(m->mod_in, m->nmod_in, mod), o = has_str(m->mod_out, m->nmod_out, mod);
    const struct glyphs *g = draw_glyphs(ctx->text_flags); /* ctx may be a copy (out_records) */
    out->type = TABLE_NUM;
    out->known = true;
    out->why = DP_WHY_NONE;
    out->num = (in ? 2 : 0) + (o ? 1 : 0);
    out->text = in && o ? "io" : in ? "i" : o ? "o" : g->dot;
    out->width = (in && o) ? 2 : 1;
    out->raw = out->text;
}

#define X(id, key, title, word)                                                                              \
    static void get_tag_##id(const void *row, const struct table_col *col, const struct table_ctx *ctx,      \
                             char *buf, size_t bufsz, struct table_value *out)                               \
    {                                                                                                        \
        (void)col, (void)buf, (void)bufsz;                                                                   \
        tag_value(row, key, ctx, out);                                                                       \
    }
ARCH_TAGS(X)
#undef X
#define X(id, key, title, word)                                                                              \
    static void get_mod_##id(const void *row, const struct table_col *col, const struct table_ctx *ctx,      \
                             char *buf, size_t bufsz, struct table_value *out)                               \
    {                                                                                                        \
        (void)col, (void)buf, (void)bufsz;                                                                   \
        modality_value(row, key, ctx, out);                                                                  \
    }
MODALITIES(X)
#undef X

/* The legend of the matrix heads (help, man page): each head, the data's
 * word it stands for ("dense", as show and Compare write the tag) and what
 * that means, in lang. */
void pane_arch_legend(enum dp_lang lang, void (*cb)(void *arg, const char *abbr, const char *meaning),
                      void *arg)
{
    char line[400];
#define X(id, key, title, word)                                                                              \
    snprintf(line, sizeof line, strcmp(key, vocab(V_##word, lang)) ? "%-16s %s" : "%s", key,                 \
             vocab(V_##word, lang));                                                                         \
    cb(arg, title, line);
    ARCH_TAGS(X)
    MODALITIES(X)
#undef X
}

static bool known_tag(const char *t)
{
    static const char *const keys[] = {
#define X(id, key, title, word) key,
        ARCH_TAGS(X)
#undef X
    };
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
        if (strcmp(keys[i], t) == 0)
            return true;
    return false;
}

static void get_other(const void *row, const struct table_col *col, const struct table_ctx *ctx, char *buf,
                      size_t bufsz, struct table_value *out)
{
    const struct dp_model *m = row;
    size_t len = 0;
    (void)ctx, (void)col;
    buf[0] = '\0';
    for (size_t i = 0; i < m->narch; i++) {
        if (!m->arch[i].raw || known_tag(m->arch[i].raw))
            continue;
        int n = snprintf(buf + len, bufsz - len, "%s%s", len ? " " : "", m->arch[i].disp);
        if (n < 0 || (size_t)n >= bufsz - len)
            break;
        len += (size_t)n;
    }
    if (len == 0) {
        col_unknown(out, TABLE_STR, DP_WHY_NOT_APPLICABLE);
        return;
    }
    col_text(out, buf);
}

enum {
    C_NAME,
#define X(id, key, title, word) C_TAG_##id,
    ARCH_TAGS(X)
#undef X
#define X(id, key, title, word) C_MOD_##id,
        MODALITIES(X)
#undef X
            C_OTHER,
    C_COUNT
};

static const struct table_col cols[C_COUNT] = {
/* [C_NAME] is the catalogue's model name (arch_init). */
#define X(id, key, title, word)                                                                              \
    [C_TAG_##id] = {key, title, title, TEXT_CENTER, 3, TABLE_NUM, get_tag_##id, .flags = 0},
    ARCH_TAGS(X)
#undef X
#define X(id, key, title, word)                                                                              \
    [C_MOD_##id] = {"mod-" key, title, title, TEXT_CENTER, 3, TABLE_NUM, get_mod_##id, .flags = 0},
        MODALITIES(X)
#undef X
            [C_OTHER] = {"other", "Other tags", "기타 태그", TEXT_LEFT, 0, TABLE_STR, get_other, .flags = 0},
};

/* Importance at 80 columns: name, then the tags that tell models apart. */
static const struct pane_col layout[C_COUNT] = {
    [C_NAME] = {.min = 10, .max = 22, .prio = 100, .kind = CELL_TEXT, .want = 12},
    [C_TAG_moe] = {.min = 3, .max = 3, .prio = 95, .kind = CELL_TEXT},
    [C_TAG_dense] = {.min = 3, .max = 3, .prio = 94, .kind = CELL_TEXT},
    [C_TAG_hybrid] = {.min = 3, .max = 3, .prio = 70, .kind = CELL_TEXT},
    [C_TAG_swa] = {.min = 3, .max = 3, .prio = 44, .kind = CELL_TEXT},
    [C_TAG_mla] = {.min = 3, .max = 3, .prio = 50, .kind = CELL_TEXT},
    [C_TAG_mtp] = {.min = 3, .max = 3, .prio = 45, .kind = CELL_TEXT},
    [C_TAG_reason] = {.min = 3, .max = 3, .prio = 75, .kind = CELL_TEXT},
    [C_TAG_hyreason] = {.min = 3, .max = 3, .prio = 48, .kind = CELL_TEXT},
    [C_TAG_vlm] = {.min = 3, .max = 3, .prio = 85, .kind = CELL_TEXT},
    [C_TAG_omni] = {.min = 3, .max = 3, .prio = 88, .kind = CELL_TEXT},
    [C_TAG_a2a] = {.min = 3, .max = 3, .prio = 42, .kind = CELL_TEXT},
    [C_TAG_dus] = {.min = 3, .max = 3, .prio = 40, .kind = CELL_TEXT},
    [C_MOD_text] = {.min = 3, .max = 3, .prio = 35, .kind = CELL_TEXT},
    [C_MOD_image] = {.min = 3, .max = 3, .prio = 65, .kind = CELL_TEXT},
    [C_MOD_audio] = {.min = 3, .max = 3, .prio = 60, .kind = CELL_TEXT},
    [C_MOD_video] = {.min = 3, .max = 3, .prio = 55, .kind = CELL_TEXT},
    [C_OTHER] = {.min = 8, .max = 40, .prio = 10, .kind = CELL_TEXT},
};

static bool any_model_has(const struct dp_dataset *ds, const char *tag, bool modality)
{
    for (size_t i = 0; i < ds->nmodels; i++) {
        const struct dp_model *m = ds->models[i];
        if (modality ? (has_str(m->mod_in, m->nmod_in, tag) || has_str(m->mod_out, m->nmod_out, tag))
                     : model_has_tag(m, tag))
            return true;
    }
    return false;
}

static bool arch_init(struct pane *p, struct app *a)
{
    memcpy(p->cols, cols, sizeof cols);
    memcpy(p->layout, layout, sizeof layout);
    /* A column nobody has would be all dots: leave it out. */
#define X(id, key, title, word)                                                                              \
    if (!any_model_has(a->ds, key, false))                                                                   \
        p->layout[C_TAG_##id].prio = -1;
    ARCH_TAGS(X)
#undef X
#define X(id, key, title, word)                                                                              \
    if (!any_model_has(a->ds, key, true))                                                                    \
        p->layout[C_MOD_##id].prio = -1;
    MODALITIES(X)
#undef X
    const struct table_def *models = app_catalog(a, &table_models);
    int name = models ? table_col_find(models, "name") : -1;
    if (name < 0)
        return false;
    p->cols[C_NAME] = models->cols[name];
    p->def = (struct table_def){
        .name = "arch",
        .cols = p->cols,
        .ncols = C_COUNT,
        .count = table_models.count,
        .fill = table_models.fill,
        .names = table_models.names,
        .apart = table_models.apart,
    };
    return true;
}

const struct pane_ops pane_arch = {
    .id = "arch",
    .title = V_PANE_ARCH,
    .init = arch_init,
    .default_sort = "moe",
    .default_desc = true,
    .row_model = row_model_self,
    .row_consortium = row_model_consortium,
    .detail = detail_model,
};
