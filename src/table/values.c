/* SPDX-License-Identifier: GPL-2.0-or-later */
/* values.c — building table_value cells. */
#include "config.h"
#include "values.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "text.h"
#include "vocab.h"

void table_value_str(struct table_value *v, const dp_str *s)
{
    v->type = TABLE_STR;
    v->known = s->raw != NULL;
    v->why = v->known ? DP_WHY_NONE : DP_WHY_UNKNOWN;
    v->text = s->disp;
    v->width = s->width;
    v->raw = s->raw;
}

void tv_text(struct table_value *v, const dp_text *t, enum dp_lang lang)
{
    table_value_str(v, model_text(t, lang));
}

void tv_ref(struct table_value *v, const dp_text *name, const char *id, const char *src, enum dp_lang lang,
            enum dp_why absent)
{
    if (!name) {
        tv_unknown(v, TABLE_STR, absent);
        return;
    }
    tv_text(v, name, lang);
    v->raw = id;
    v->src = src;
}

void tv_const(struct table_value *v, const char *s)
{
    v->type = TABLE_STR;
    v->known = s != NULL;
    v->why = s ? DP_WHY_NONE : DP_WHY_UNKNOWN;
    v->text = s ? s : "";
    v->width = s ? text_width(s) : 0;
    v->raw = s;
}

void tv_word(struct table_value *v, const char *machine, enum dp_lang lang)
{
    const char *w = vocab_word(machine, lang);
    tv_const(v, w ? w : machine);
    v->raw = machine;
}

void tv_unknown(struct table_value *v, enum table_value_type type, enum dp_why why)
{
    v->type = type;
    v->known = false;
    v->why = why == DP_WHY_NONE ? DP_WHY_UNKNOWN : why;
    v->num = NAN;
    v->text = "";
    v->width = 0;
    v->raw = NULL;
}

void tv_num(struct table_value *v, const dp_num *n, char *buf, size_t bufsz, const char *fmt)
{
    if (!n->known) {
        tv_unknown(v, TABLE_NUM, n->why);
        return;
    }
    v->type = TABLE_NUM;
    v->known = true;
    v->why = DP_WHY_NONE;
    v->num = n->v;
    if (!fmt) { /* machine values only: no human text */
        if (bufsz)
            buf[0] = '\0';
        v->text = buf;
        v->width = 0;
        return;
    }
    snprintf(buf, bufsz, fmt, n->v);
    v->text = buf;
    v->width = text_width(buf);
}

void table_format_score(double v, char *buf, size_t bufsz)
{
    snprintf(buf, bufsz, TABLE_SCORE_FMT, v);
}

void tv_measure(struct table_value *v, const dp_num *n, const dp_str *unit, char *buf, size_t bufsz)
{
    tv_num(v, n, buf, bufsz, "%g");
    if (v->known && unit->raw && strcmp(unit->raw, "score") != 0) {
        size_t l = strlen(buf);
        snprintf(buf + l, bufsz - l, "%s%s", strcmp(unit->raw, "%") == 0 ? "" : " ", unit->disp);
        v->width = text_width(buf);
    }
}

void tv_count(struct table_value *v, size_t n, char *buf, size_t bufsz)
{
    dp_num num = {(double)n, true, DP_WHY_NONE};
    tv_num(v, &num, buf, bufsz, "%.0f");
}

void tv_bool(struct table_value *v, bool b, enum dp_lang lang)
{
    tv_word(v, b ? "yes" : "no", lang);
    v->type = TABLE_BOOL;
    v->num = b;
}

/* The list's text; words: each item in the vocabulary's lang when it has
 * the item (a machine word such as a modality). */
static void list_text(struct table_value *v, const dp_str *items, size_t n, bool words, enum dp_lang lang,
                      char *buf, size_t bufsz)
{
    size_t used = 0;
    int width = 0;
    if (bufsz)
        buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        const char *w = words ? vocab_word(items[i].raw, lang) : NULL;
        const char *disp = w ? w : items[i].disp;
        size_t len = strlen(disp);
        if (used + len + 3 > bufsz)
            break;
        if (i) {
            memcpy(buf + used, ", ", 2);
            used += 2;
            width += 2;
        }
        memcpy(buf + used, disp, len);
        used += len;
        buf[used] = '\0';
        width += w ? text_width(w) : items[i].width;
    }
    v->type = TABLE_LIST;
    v->known = n > 0;
    v->why = n ? DP_WHY_NONE : DP_WHY_UNKNOWN;
    v->text = buf;
    v->raw = NULL;
    v->width = width;
    v->items = items;
    v->nitems = n;
}

void tv_list(struct table_value *v, const dp_str *items, size_t n, char *buf, size_t bufsz)
{
    list_text(v, items, n, false, DP_LANG_EN, buf, bufsz);
}

void tv_list_words(struct table_value *v, const dp_str *items, size_t n, enum dp_lang lang, char *buf,
                   size_t bufsz)
{
    list_text(v, items, n, true, lang, buf, bufsz);
}

void table_slug(const char *s, char *buf, size_t bufsz)
{
    size_t n = 0;
    bool dash = false;
    for (; s && *s && n + 2 < bufsz; s++) {
        unsigned char c = (unsigned char)*s;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.') {
            if (dash && n)
                buf[n++] = '-';
            dash = false;
            buf[n++] = (char)c;
        } else if (c >= 'A' && c <= 'Z') {
            if (dash && n)
                buf[n++] = '-';
            dash = false;
            buf[n++] = (char)(c - 'A' + 'a');
        } else {
            dash = true;
        }
    }
    if (bufsz)
        buf[n] = '\0';
}
