/* SPDX-License-Identifier: GPL-2.0-or-later */
/* values.h — helpers shared by the field getters of the table room. */
#ifndef DOKPAMO_TABLE_VALUES_H
#define DOKPAMO_TABLE_VALUES_H

#include "table.h"
#include "vocab.h"

/* A string cell from a constant (ASCII) string; NULL: unknown. */
void tv_const(struct table_value *v, const char *s);
/* A string cell from a vocabulary word: text in the language, raw the
 * machine word. */
void tv_word(struct table_value *v, const char *machine, enum dp_lang lang);
/* A numeric cell; human text formatted with fmt into buf (fmt NULL: no
 * human text, for a context that asks for machine values only). */
void tv_num(struct table_value *v, const dp_num *n, char *buf, size_t bufsz, const char *fmt);
/* A measured value with its unit: "92.8" (a score), "70%", "5 rank",
 * "32 index" — claims and benchmark results alike. */
void tv_measure(struct table_value *v, const dp_num *n, const dp_str *unit, char *buf, size_t bufsz);
/* A numeric cell from a plain count. */
void tv_count(struct table_value *v, size_t n, char *buf, size_t bufsz);
/* A list cell: items joined with ", " into buf (display) . */
void tv_list(struct table_value *v, const dp_str *items, size_t n, char *buf, size_t bufsz);
/* The same for machine words the vocabulary has (modalities): each item
 * in lang; items stay the data's words. */
void tv_list_words(struct table_value *v, const dp_str *items, size_t n, enum dp_lang lang, char *buf,
                   size_t bufsz);
/* A boolean cell ("yes"/"예"). */
void tv_bool(struct table_value *v, bool b, enum dp_lang lang);
/* An unknown value of a type, with its reason. */
void tv_unknown(struct table_value *v, enum table_value_type type, enum dp_why why);
/* A bilingual dataset text in the language. */
void tv_text(struct table_value *v, const dp_text *t, enum dp_lang lang);
/* A cell that names another record (a model, stage, consortium): its name
 * in the language, its id as the machine value, `src` the citing row's
 * sources. No name (the row names none): unknown, for the reason `absent`. */
void tv_ref(struct table_value *v, const dp_text *name, const char *id, const char *src, enum dp_lang lang,
            enum dp_why absent);

/* The catalogue keeps a catalogue its fields read through (model fields
 * that are their consortium's). */
bool table_def_keep_nested(struct table_def *def, struct table_def *nested);

/* "a-b c" -> "a-b-c": a machine key from a data string (lower case ASCII
 * letters and digits kept, everything else one '-'). */
void table_slug(const char *s, char *buf, size_t bufsz);

#endif
