/* compare.c — `dokpamo compare NAME NAME...`: models side by side. */
#include "config.h"
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "grid_build.h"
#include "table.h"

#define MAX_COMPARE 64

/* Attribute rows: a title and the models-table column that fills it. */
static const struct {
    const char *en, *ko, *key;
} attrs[] = {
    {"Model", "모델", "name"},
    {"Consortium", "컨소시엄", "consortium"},
    {"Total params", "전체 파라미터", "params_total_b"},
    {"Active params", "활성 파라미터", "params_active_b"},
    {"Active share", "활성 비율", "active_share"},
    {"Architecture", "구조", "architecture"},
    {"Modalities", "모달리티", "modalities"},
    {"Context", "문맥 길이", "context_tokens"},
    {"License", "라이선스", "license"},
    {"Released", "공개일", "released"},
    {"Id", "ID", "id"},
};

static size_t collect(const struct dp_dataset *ds, const struct cli_opts *o, char **names, int n,
                      const struct dp_model **models, int *status)
{
    size_t k = 0;
    for (int i = 0; i < n; i++) {
        struct cli_hit hit = cli_resolve(ds, names[i], o->lang, stderr);
        if (hit.kind == CLI_HIT_MODEL && k < MAX_COMPARE) {
            models[k++] = hit.model;
        } else if (hit.kind == CLI_HIT_CONSORTIUM) {
            for (size_t j = 0; j < hit.consortium->nmodels && k < MAX_COMPARE; j++)
                models[k++] = &hit.consortium->models[j];
        } else if (hit.kind == CLI_HIT_NONE) {
            char *safe = text_display(names[i], strlen(names[i]), 0);
            fprintf(stderr, "dokpamo: no model or consortium matches '%s'\n", safe ? safe : "?");
            free(safe);
            *status = CLI_NO_MATCH;
        } else {
            *status = CLI_NO_MATCH;
        }
    }
    return k;
}

int cli_compare(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o, char **names, int n)
{
    const struct dp_model *models[MAX_COMPARE];
    int status = CLI_OK;
    if (n < 1) {
        fprintf(stderr, "dokpamo: compare needs at least one NAME\n");
        return CLI_USAGE;
    }
    size_t nm = collect(ds, o, names, n, models, &status);
    if (status != CLI_OK)
        return status;
    struct table_ctx ctx = {o->lang, o->text_flags, o->korean_units};
    size_t nattrs = sizeof attrs / sizeof attrs[0];
    struct out_grid *g = out_grid_new(nattrs, nm + 1, o->text_flags);
    if (!g)
        return CLI_OSERR;
    bool ko = o->lang == DP_LANG_KO;
    out_grid_column(g, 0, ko ? "항목" : "Attribute", "attribute", TEXT_LEFT);
    for (size_t j = 0; j < nm; j++)
        out_grid_column(g, j + 1, model_text(&models[j]->name, o->lang)->disp, models[j]->id, TEXT_LEFT);
    size_t kept = 0;
    char buf[1024];
    for (size_t a = 0; a < nattrs; a++) {
        int col = table_col_find(&table_models, attrs[a].key);
        bool differs = false;
        char first[1024] = "";
        out_grid_text(g, kept, 0, ko ? attrs[a].ko : attrs[a].en, attrs[a].key);
        for (size_t j = 0; j < nm; j++) {
            struct table_value v;
            memset(&v, 0, sizeof v);
            table_models.cols[col].get(models[j], &ctx, buf, sizeof buf, &v);
            cli_grid_value(g, kept, j + 1, &v);
            const char *text = v.known ? v.text : "";
            if (j == 0)
                snprintf(first, sizeof first, "%s", text);
            else if (strcmp(first, text) != 0)
                differs = true;
        }
        if (!o->diff || differs || a == 0)
            kept++;
        else
            for (size_t j = 0; j <= nm; j++) {
                struct out_cell *c = out_grid_cell(g, kept, j);
                free(c->text);
                free(c->raw);
                memset(c, 0, sizeof *c);
            }
    }
    g->nrows = kept;
    int e = out_render(out, g, o->format);
    g->nrows = nattrs;
    out_grid_free(&g);
    return e ? CLI_IOERR : CLI_OK;
}
