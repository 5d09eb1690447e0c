/* SPDX-License-Identifier: GPL-2.0-or-later */
/* values.c — building table_value cells. */
#include "config.h"
#include "values.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

void table_value_str(struct table_value *v, const dp_str *s)
{
    v->type = TABLE_STR;
    v->known = s->raw != NULL;
    v->why = v->known ? DP_WHY_NONE : DP_WHY_UNKNOWN;
    v->text = s->disp;
    v->width = s->width;
    v->raw = s->raw;
}

void tv_const(struct table_value *v, const char *s)
{
    v->type = TABLE_STR;
    v->known = s != NULL;
    v->text = s ? s : "";
    v->width = s ? (int)strlen(s) : 0;
    v->raw = s;
}

void tv_num(struct table_value *v, const dp_num *n, char *buf, size_t bufsz, const char *fmt)
{
    v->type = TABLE_NUM;
    v->known = n->known;
    v->why = n->known ? DP_WHY_NONE : n->why;
    v->num = n->known ? n->v : NAN;
    if (n->known)
        snprintf(buf, bufsz, fmt, n->v);
    else
        snprintf(buf, bufsz, "-");
    v->text = buf;
    v->width = (int)strlen(buf);
}

void tv_list(struct table_value *v, const dp_str *items, size_t n, char *buf, size_t bufsz)
{
    size_t used = 0;
    int width = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(items[i].disp);
        if (used + len + 2 > bufsz)
            break;
        if (i) {
            buf[used++] = ',';
            width++;
        }
        memcpy(buf + used, items[i].disp, len);
        used += len;
        buf[used] = '\0';
        width += items[i].width;
    }
    v->type = TABLE_LIST;
    v->known = n > 0;
    v->text = buf;
    v->raw = buf;
    v->width = width;
}
