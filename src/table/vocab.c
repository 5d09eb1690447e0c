/* SPDX-License-Identifier: GPL-2.0-or-later */
/* vocab.c — reading vocab.def. */
#include "config.h"
#include "vocab.h"

#include <string.h>

static const struct {
    const char *machine, *en, *ko;
} words[V_COUNT] = {
#define DP_WORD(id, machine, en, ko) [V_##id] = {machine, en, ko},
#include "vocab.def"
#undef DP_WORD
};

const char *vocab(enum vocab_id id, enum dp_lang lang)
{
    if ((unsigned)id >= V_COUNT)
        return "?";
    return lang == DP_LANG_KO ? words[id].ko : words[id].en;
}

const char *vocab_machine(enum vocab_id id)
{
    return (unsigned)id < V_COUNT ? words[id].machine : "?";
}

const char *vocab_word(const char *machine, enum dp_lang lang)
{
    for (size_t i = 0; machine && i < V_COUNT; i++)
        if (strcmp(words[i].machine, machine) == 0)
            return lang == DP_LANG_KO ? words[i].ko : words[i].en;
    return NULL;
}

/* An enum value's word, through its machine name: one list of words. */
static const char *enum_word(const char *machine, enum dp_lang lang)
{
    const char *w = vocab_word(machine, lang);
    return w ? w : machine;
}

const char *vocab_result(enum dp_result r, enum dp_lang lang)
{
    return enum_word(model_result_name(r), lang);
}

const char *vocab_kind(enum dp_kind k, enum dp_lang lang)
{
    return enum_word(model_kind_name(k), lang);
}

const char *vocab_why(enum dp_why w, enum dp_lang lang)
{
    return enum_word(model_why_name(w == DP_WHY_NONE ? DP_WHY_UNKNOWN : w), lang);
}

const char *vocab_claim_kind(enum dp_claim_kind k, enum dp_lang lang)
{
    return enum_word(model_claim_kind_name(k), lang);
}

const char *vocab_claim_tag(enum dp_claim_kind k, enum dp_lang lang)
{
    return vocab(k == DP_CLAIM_VENDOR     ? V_TAG_VENDOR
                 : k == DP_CLAIM_OFFICIAL ? V_TAG_OFFICIAL
                                          : V_TAG_THIRD_PARTY,
                 lang);
}
