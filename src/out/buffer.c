/* SPDX-License-Identifier: GPL-2.0-or-later */
/* buffer.c — a command's output held in memory and written to its
 * destination only when the command is done, so that a command that runs
 * out of memory part-way prints nothing rather than a cut table or a
 * JSON text with a hole in it. An output larger than OUT_BUFFER_HOLD
 * (a million-model TSV) is passed on as it comes instead: holding it all
 * would cost as much memory again as the dataset. */
#include "config.h"
#include "out.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OUT_BUFFER_HOLD ((size_t)32 << 20) /* 32 MiB */

struct out_buffer {
    FILE *f;    /* the stream the command writes to */
    FILE *dest; /* where it ends up */
    char *data;
    size_t len, cap;
    bool passing; /* past OUT_BUFFER_HOLD: written to dest as it comes */
    int err;      /* ENOMEM, or dest's write error */
};

/* The buffer whose stream out_buffer_fileno() answers for. */
static struct out_buffer *active;

static ssize_t buffer_write(void *cookie, const char *s, size_t n)
{
    struct out_buffer *b = cookie;
    if (b->err) {
        errno = b->err;
        return -1;
    }
    if (!b->passing && b->len + n > OUT_BUFFER_HOLD) {
        b->passing = true;
        if (b->len && fwrite(b->data, 1, b->len, b->dest) != b->len)
            b->err = errno ? errno : EIO;
        free(b->data);
        b->data = NULL;
        b->len = b->cap = 0;
    }
    if (b->passing) {
        if (!b->err && fwrite(s, 1, n, b->dest) != n)
            b->err = errno ? errno : EIO;
    } else {
        if (b->len + n > b->cap) {
            size_t cap = b->cap ? b->cap : 8192;
            while (cap < b->len + n)
                cap *= 2;
            char *d = realloc(b->data, cap);
            if (!d) {
                b->err = ENOMEM;
            } else {
                b->data = d;
                b->cap = cap;
            }
        }
        if (!b->err) {
            memcpy(b->data + b->len, s, n);
            b->len += n;
        }
    }
    if (b->err) {
        errno = b->err;
        return -1;
    }
    return (ssize_t)n;
}

struct out_buffer *out_buffer_open(FILE *dest)
{
    struct out_buffer *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    b->dest = dest;
    b->f = fopencookie(b, "w", (cookie_io_functions_t){.write = buffer_write});
    if (!b->f) {
        free(b);
        return NULL;
    }
    active = b;
    return b;
}

FILE *out_buffer_file(const struct out_buffer *b)
{
    return b->f;
}

int out_buffer_fileno(FILE *f)
{
    return active && f == active->f ? fileno(active->dest) : fileno(f);
}

int out_buffer_close(struct out_buffer **bp, bool keep)
{
    struct out_buffer *b = *bp;
    if (!b)
        return 0;
    if (fflush(b->f) != 0 && !b->err)
        b->err = errno ? errno : EIO;
    if (ferror(b->f) && !b->err)
        b->err = ENOMEM; /* a failed write whose reason the stream kept */
    fclose(b->f);
    int e = b->err;
    if (keep && !e && b->len && fwrite(b->data, 1, b->len, b->dest) != b->len)
        e = errno ? errno : EIO;
    if (active == b)
        active = NULL;
    free(b->data);
    free(b);
    *bp = NULL;
    return e;
}

/* Set by out_nomem(), read and cleared by out_status(): the writers run
 * on one thread. */
static bool pending_nomem;

void out_nomem(FILE *f)
{
    pending_nomem = true;
    if (active && f == active->f && !active->err)
        active->err = ENOMEM;
}

int out_status(FILE *f)
{
    bool nomem = pending_nomem;
    pending_nomem = false;
    if (fflush(f) != 0 || ferror(f))
        return nomem ? ENOMEM : errno ? errno : EIO;
    return nomem ? ENOMEM : 0;
}
