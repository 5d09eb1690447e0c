/* SPDX-License-Identifier: GPL-2.0-or-later */
/* values.h — helpers shared by the column getters of the table room. */
#ifndef DOKPAMO_TABLE_VALUES_H
#define DOKPAMO_TABLE_VALUES_H

#include "table.h"

/* A string cell from a constant (ASCII) string. */
void tv_const(struct table_value *v, const char *s);
/* A numeric cell; human text formatted with fmt into buf. */
void tv_num(struct table_value *v, const dp_num *n, char *buf, size_t bufsz, const char *fmt);
/* A list cell: items joined with ',' into buf. */
void tv_list(struct table_value *v, const dp_str *items, size_t n, char *buf, size_t bufsz);

#endif
