/* SPDX-License-Identifier: GPL-2.0-or-later */
/* cols.c — small helpers shared by the panes' column getters. */
#include "config.h"

#include "tui/app.h"

void col_text(struct table_value *out, const char *text)
{
    out->type = TABLE_STR;
    out->known = true;
    out->why = DP_WHY_NONE;
    out->text = text;
    out->width = text_width(text);
    out->raw = text;
}

void col_unknown(struct table_value *out, enum table_value_type type, enum dp_why why)
{
    out->type = type;
    out->known = false;
    out->why = why == DP_WHY_NONE ? DP_WHY_UNKNOWN : why;
    out->num = 0;
    out->text = "";
    out->width = 0;
    out->raw = NULL;
}

const struct dp_model *row_model_self(const void *row)
{
    return row;
}

const struct dp_consortium *row_model_consortium(const void *row)
{
    return ((const struct dp_model *)row)->consortium;
}

const struct dp_consortium *row_consortium_self(const void *row)
{
    return row;
}
