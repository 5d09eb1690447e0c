/* compare.c — the Compare screen (issue 5). `c` opens it with the marked
 * models; this first version lists them, one column per model, with a few
 * attribute rows. The full screen (differences, deltas, bars, export) is
 * to be built here behind the same screen_ops. */
#include "config.h"

#include <string.h>

#include "tui/provide_curses.h"
#include "tui/app.h"

#define CMP_MAX 6

static size_t compare_models(const struct app *a, const struct dp_model **out)
{
    size_t n = 0;
    for (size_t i = 0; i < a->ds->nmodels && n < CMP_MAX; i++)
        if (a->mark_model[a->ds->models[i]->index])
            out[n++] = a->ds->models[i];
    if (n == 0 && a->sel_model)
        out[n++] = a->sel_model;
    return n;
}

static void compare_draw(struct app *a)
{
    const struct dp_model *m[CMP_MAX];
    size_t n = compare_models(a, m);
    char buf[64];

    draw_box_frame(a, 0, 0, a->rows, a->cols);
    draw_set(a, ST_TITLE);
    draw_clip(a, 0, 2, a->cols - 4, a->opt.lang == DP_LANG_KO ? " 비교 " : " Compare ", -1);
    draw_set(a, ST_NORMAL);
    for (int y = 1; y < a->rows - 1; y++)
        draw_text(a, y, 1, a->cols - 2, "", 0, TEXT_LEFT);
    if (n == 0) {
        draw_text(a, 2, 2, a->cols - 4, "Mark models with space, then press c.", -1, TEXT_LEFT);
        return;
    }
    int lw = 14, cw = (a->cols - 4 - lw) / (int)n;
    static const char *const rows[] = {"model", "team", "total", "active"};
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        int y = 2 + (int)r;
        draw_set(a, ST_HEADER);
        draw_text(a, y, 2, lw, rows[r], -1, TEXT_LEFT);
        draw_set(a, ST_NORMAL);
        for (size_t i = 0; i < n; i++) {
            int x = 2 + lw + (int)i * cw;
            const char *s = "";
            int w = -1;
            switch (r) {
            case 0:
                s = app_dstr(a, &m[i]->name)->disp;
                w = app_dstr(a, &m[i]->name)->width;
                break;
            case 1:
                if (m[i]->consortium) {
                    const dp_str *cs = col_cons_name(m[i]->consortium, a->opt.lang);
                    s = cs->disp;
                    w = cs->width;
                }
                break;
            case 2:
            case 3: {
                dp_num v = r == 2 ? m[i]->params_total : m[i]->params_active;
                if (v.known)
                    table_format_params(v.v, a->ctx.base.korean_units, buf, sizeof buf);
                else
                    snprintf(buf, sizeof buf, "%s", model_why_name(v.why));
                s = buf;
                break;
            }
            }
            draw_text(a, y, x, cw - 1, s, w, TEXT_LEFT);
        }
    }
}

static enum reaction compare_action(struct app *a, enum action act)
{
    if (act == ACT_BACK || act == ACT_COMPARE) {
        a->screen = &screen_main;
        return R_REDRAW | R_RELAYOUT;
    }
    return R_UNHANDLED;
}

const struct screen_ops screen_compare = {
    .id = "compare",
    .draw = compare_draw,
    .action = compare_action,
};
