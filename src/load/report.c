/* SPDX-License-Identifier: GPL-2.0-or-later */
/* report.c — collecting load problems as messages. */
#include "config.h"
#include "load_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

static void add_to(char ***list, size_t *n, const char *fmt, va_list ap)
{
    char *msg = NULL;
    if (vasprintf(&msg, fmt, ap) < 0)
        return;
    /* File names come from the command line or a directory listing and
     * may hold escape sequences: messages reach the terminal display-safe. */
    if (!text_is_plain(msg, strlen(msg))) {
        char *safe = text_display(msg, strlen(msg), 0);
        if (safe) {
            free(msg);
            msg = safe;
        }
    }
    char **grown = realloc(*list, (*n + 1) * sizeof *grown);
    if (!grown) {
        free(msg);
        return;
    }
    *list = grown;
    (*list)[(*n)++] = msg;
}

static void add_message(struct load_report *rep, const char *fmt, va_list ap)
{
    if (rep->nerrors >= LOAD_MAX_MESSAGES) {
        rep->nerrors_dropped++;
        return;
    }
    add_to(&rep->errors, &rep->nerrors, fmt, ap);
}

void load_warn(struct load_report *rep, const char *fmt, ...)
{
    if (rep->nwarnings >= LOAD_MAX_MESSAGES)
        return;
    va_list ap;
    va_start(ap, fmt);
    add_to(&rep->warnings, &rep->nwarnings, fmt, ap);
    va_end(ap);
}

void load_error(struct load_report *rep, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add_message(rep, fmt, ap);
    va_end(ap);
    if (rep->status == LOAD_OK)
        rep->status = LOAD_BAD_DATA;
}

void load_fail(struct load_report *rep, enum load_status st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add_message(rep, fmt, ap);
    va_end(ap);
    rep->status = st;
}

void lx_error(struct lctx *L, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    load_error(L->rep, "%s: %s", L->plen ? L->path : "(top level)", msg);
}

void load_report_clear(struct load_report *rep)
{
    for (size_t i = 0; i < rep->nerrors; i++)
        free(rep->errors[i]);
    free(rep->errors);
    for (size_t i = 0; i < rep->nwarnings; i++)
        free(rep->warnings[i]);
    free(rep->warnings);
    free(rep->first_unsafe);
    memset(rep, 0, sizeof *rep);
}

const char *load_report_nomem(const struct load_report *rep)
{
    for (size_t i = 0; i < rep->nerrors; i++)
        if (strstr(rep->errors[i], "out of memory"))
            return rep->errors[i];
    return "out of memory";
}

void load_report_merge(struct load_report *dst, struct load_report *src)
{
    for (size_t i = 0; i < src->nerrors; i++) {
        char **grown = dst->nerrors < LOAD_MAX_MESSAGES
                           ? realloc(dst->errors, (dst->nerrors + 1) * sizeof *grown)
                           : NULL;
        if (grown) {
            dst->errors = grown;
            dst->errors[dst->nerrors++] = src->errors[i];
        } else {
            dst->nerrors_dropped++;
            free(src->errors[i]);
        }
    }
    dst->nerrors_dropped += src->nerrors_dropped;
    if (src->status != LOAD_OK && (src->status != LOAD_BAD_DATA || dst->status == LOAD_OK))
        dst->status = src->status;
    dst->nunsafe += src->nunsafe;
    if (!dst->first_unsafe) {
        dst->first_unsafe = src->first_unsafe;
        src->first_unsafe = NULL;
    }
    for (size_t i = 0; i < src->nwarnings; i++) {
        char **grown = dst->nwarnings < LOAD_MAX_MESSAGES
                           ? realloc(dst->warnings, (dst->nwarnings + 1) * sizeof *grown)
                           : NULL;
        if (grown) {
            dst->warnings = grown;
            dst->warnings[dst->nwarnings++] = src->warnings[i];
        } else {
            free(src->warnings[i]);
        }
    }
    free(src->errors);
    free(src->warnings);
    free(src->first_unsafe);
    memset(src, 0, sizeof *src);
}
