/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_load.c — the loader on arbitrary bytes, strict (validate) and
 * lenient (browse), with every text flag. Nothing may crash, leak or hang;
 * a failed load must say why. */
#include "config.h"

#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "load.h"
#include "model.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void load_once(const uint8_t *data, size_t size, bool strict, unsigned flags)
{
    struct load_options lo = {.strict = strict, .text_flags = flags};
    struct load_report rep;
    struct dp_dataset *ds = load_dataset_mem((const char *)data, size, "fuzz.json", &lo, &rep);
    if (!ds && rep.status == LOAD_OK)
        abort(); /* failed without a status */
    if (!ds && rep.nerrors == 0 && rep.status != LOAD_NO_MEMORY)
        abort(); /* failed without a message */
    model_free(&ds);
    if (ds)
        abort();
    load_report_clear(&rep);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    load_once(data, size, true, 0);
    load_once(data, size, false, size & 3);
    return 0;
}
