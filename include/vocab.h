/* SPDX-License-Identifier: GPL-2.0-or-later */
/* vocab.h — the vocabulary: every non-data word in English and Korean
 * (table room). The words live in vocab.def; this is how to read them.
 *
 * vocab() is for words the code names (V_FIELD); vocab_word() is for a
 * machine word from the data (an enum value such as "eliminated").
 * Returned strings are static and display-safe.
 */
#ifndef DOKPAMO_VOCAB_H
#define DOKPAMO_VOCAB_H

#include "model.h"

enum vocab_id {
#define DP_WORD(id, machine, en, ko) V_##id,
#include "vocab.def"
#undef DP_WORD
    V_COUNT
};

const char *vocab(enum vocab_id id, enum dp_lang lang);
/* The word for a machine name in lang, or NULL when the vocabulary has
 * none. */
const char *vocab_word(const char *machine, enum dp_lang lang);
/* The machine name of a word (its vocab.def "machine" column). */
const char *vocab_machine(enum vocab_id id);

/* Enum values in words. */
const char *vocab_result(enum dp_result r, enum dp_lang lang);
const char *vocab_kind(enum dp_kind k, enum dp_lang lang);
const char *vocab_why(enum dp_why w, enum dp_lang lang);
const char *vocab_claim_kind(enum dp_claim_kind k, enum dp_lang lang);
/* The one-letter tag of who reported a value (v / o / t, 자 / 공 / 제). */
const char *vocab_claim_tag(enum dp_claim_kind k, enum dp_lang lang);

#endif
