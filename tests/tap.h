/* SPDX-License-Identifier: GPL-2.0-or-later */
/* tap.h — a minimal TAP producer for the unit tests (header-only).
 *
 *   ok(cond, "name %d", i);  is_int(got, want, "name");  is_str(got, want, "name");
 *   return tap_done();   // prints the plan, exit status 0 when all passed
 */
#ifndef DOKPAMO_TAP_H
#define DOKPAMO_TAP_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int tap_n, tap_failed;

__attribute__((format(printf, 2, 3), unused)) static int ok(int cond, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("%s %d - ", cond ? "ok" : "not ok", ++tap_n);
    vprintf(fmt, ap);
    printf("\n");
    va_end(ap);
    if (!cond)
        tap_failed++;
    fflush(stdout);
    return cond;
}

#define is_int(got, want, ...)                                                                               \
    do {                                                                                                     \
        long long g_ = (long long)(got), w_ = (long long)(want);                                             \
        if (!ok(g_ == w_, __VA_ARGS__))                                                                      \
            printf("#   got %lld, want %lld\n", g_, w_);                                                     \
    } while (0)

#define is_str(got, want, ...)                                                                               \
    do {                                                                                                     \
        const char *g_ = (got), *w_ = (want);                                                                \
        if (!ok(g_ && w_ ? strcmp(g_, w_) == 0 : g_ == w_, __VA_ARGS__))                                     \
            printf("#   got  \"%s\"\n#   want \"%s\"\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)");            \
    } while (0)

/* got starts with want. */
#define is_prefix(got, want, ...)                                                                            \
    do {                                                                                                     \
        const char *g_ = (got), *w_ = (want);                                                                \
        if (!ok(g_ && w_ && strncmp(g_, w_, strlen(w_)) == 0, __VA_ARGS__))                                  \
            printf("#   got  \"%s\"\n#   want \"%s...\"\n", g_ ? g_ : "(null)", w_ ? w_ : "(null)");         \
    } while (0)

/* A whole file, NUL-terminated (*len: its size; len may be NULL); NULL
 * when it cannot be read. Read in a loop, so a pipe works too. */
static __attribute__((unused)) char *tap_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    char *buf = NULL;
    size_t cap = 0, n = 0;
    for (;;) {
        if (n + 4096 > cap) {
            cap = cap ? 2 * cap : 65536;
            char *nb = realloc(buf, cap);
            if (!nb)
                break;
            buf = nb;
        }
        size_t k = fread(buf + n, 1, cap - n - 1, f);
        n += k;
        if (k == 0)
            break;
    }
    fclose(f);
    if (buf)
        buf[n] = '\0';
    if (len)
        *len = n;
    return buf;
}

static __attribute__((unused)) int tap_done(void)
{
    printf("1..%d\n", tap_n);
    return tap_failed ? 1 : 0;
}

#endif
