/* SPDX-License-Identifier: GPL-2.0-or-later */
/* fuzz_text.c — the text room on arbitrary bytes: check, NFC, display-safe
 * form, width, fit/truncate, search and collation. Invariants checked:
 * the display-safe form is valid UTF-8 without controls, escapes or bidi
 * controls; fitting never exceeds its column budget or its buffer. */
#include "config.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_safe(const char *disp)
{
    size_t off;
    enum text_issue issue = text_check(disp, strlen(disp), &off);
    if (issue != TEXT_OK)
        abort(); /* the display-safe form is not safe */
}

static void fit_all(const char *s, int cols, unsigned flags, bool exact)
{
    size_t need = 4 * (size_t)(cols > 0 ? cols : 0) + 1 + strlen(s);
    char *buf = malloc(need);
    if (!buf)
        return;
    static const enum text_align aligns[] = {TEXT_LEFT, TEXT_RIGHT, TEXT_CENTER};
    for (size_t a = 0; a < 3; a++) {
        size_t n = text_fit(buf, need, s, cols, aligns[a], flags);
        if (n >= need || strlen(buf) != n)
            abort();
        if (exact && text_width(buf) != (cols > 0 ? cols : 0))
            abort(); /* fit must give exactly cols columns */
    }
    size_t n = text_truncate(buf, need, s, cols, flags);
    if (n >= need || (exact && text_width(buf) > (cols > 0 ? cols : 0)))
        abort();
    /* A small buffer must be respected, never overrun. */
    char small[8];
    text_fit(small, sizeof small, s, cols, TEXT_CENTER, flags);
    text_truncate(small, sizeof small, s, cols, flags);
    free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1 << 16)
        return 0;
    unsigned flags = size ? data[0] & 7 : 0; /* TEXT_AMBIG_WIDE, TEXT_ASCII, TEXT_ASCII_TEXT */
    int cols = size > 1 ? (int)(data[1] % 40) - 2 : 5;
    const char *s = (const char *)data;

    size_t off = 0;
    enum text_issue issue = text_check(s, size, &off);
    if (issue != TEXT_OK && off > size)
        abort();
    text_issue_name(issue);
    (void)text_is_plain(s, size);
    (void)text_width_n(s, size);

    char *nfc = text_nfc(s, size);
    char *disp = text_display(s, size, flags);
    if (!nfc || !disp)
        abort();
    check_safe(disp);
    if (flags & TEXT_ASCII_TEXT)
        for (const char *p = disp; *p; p++)
            if ((unsigned char)*p >= 0x80)
                abort();
    if (text_width(disp) < 0)
        abort();
    fit_all(disp, cols, flags, true);
    /* The raw NUL-terminated bytes, too: callers may pass unchecked text. */
    char *z = malloc(size + 1);
    if (!z)
        abort();
    memcpy(z, data, size);
    z[size] = '\0';
    (void)text_width(z);
    (void)text_width(nfc);
    fit_all(z, cols, flags, false);

    /* Search and order: the first half queries the second. */
    size_t half = strlen(z) / 2;
    char *q = strndup(z, half);
    const char *cand = z + half;
    struct text_query *tq = text_query_new(q);
    if (tq) {
        (void)text_query_match(tq, cand);
        (void)text_query_exact(tq, cand);
        (void)text_query_match(tq, disp);
        text_query_free(&tq);
        if (tq)
            abort();
    }
    int c1 = text_collate(q, cand, false), c2 = text_collate(cand, q, false);
    if ((c1 < 0 && c2 <= 0) || (c1 > 0 && c2 >= 0) || (c1 == 0 && c2 != 0))
        abort(); /* collation must be antisymmetric */
    (void)text_collate(q, cand, true);
    if (text_collate(z, z, false) != 0)
        abort();
    (void)text_equal_fold(q, cand);
    size_t d = text_distance(q, cand);
    if (d != (size_t)-1 && d != text_distance(cand, q))
        abort(); /* the distance is symmetric */
    struct text_suggest sg;
    text_suggest_init(&sg, q);
    text_suggest_offer(&sg, cand, NULL);
    text_suggest_offer(&sg, q, NULL);
    if (!sg.best && text_distance(q, q) == 0)
        abort(); /* a word within the limit is close to itself */
    free(q);
    free(z);
    free(nfc);
    free(disp);
    return 0;
}
