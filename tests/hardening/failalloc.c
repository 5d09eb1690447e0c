/* SPDX-License-Identifier: GPL-2.0-or-later */
/* failalloc.c — a test hook, built by `make check` only and never
 * installed: an LD_PRELOAD shared object that makes the Nth allocation
 * (malloc, calloc, realloc, strdup, counted together from the start of
 * the process) fail with ENOMEM, so that tests/hardening/oom.sh can walk
 * N = 1, 2, ... over the commands.
 *
 *   DP_FAILALLOC=N        the Nth allocation returns NULL (0 or unset:
 *                         none fails)
 *   DP_FAILALLOC_COUNT=F  at exit, the number of allocations made is
 *                         written to the file F (to choose the walk's N)
 *
 * glibc's own allocator does the work (__libc_malloc and friends), so no
 * dlsym() is needed (which itself allocates). Counting is atomic: the
 * parallel loader allocates from several threads. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern void *__libc_malloc(size_t n);
extern void *__libc_calloc(size_t n, size_t size);
extern void *__libc_realloc(void *p, size_t n);

static atomic_ulong count;
static unsigned long fail_at;
static int ready;

static void fa_init(void)
{
    const char *v = getenv("DP_FAILALLOC");
    fail_at = v ? strtoul(v, NULL, 10) : 0;
    ready = 1;
}

/* True when this allocation is the one to fail. */
static int fa_fail(void)
{
    if (!ready)
        fa_init();
    unsigned long n = atomic_fetch_add(&count, 1) + 1;
    if (fail_at && n == fail_at) {
        errno = ENOMEM;
        return 1;
    }
    return 0;
}

void *malloc(size_t n)
{
    return fa_fail() ? NULL : __libc_malloc(n);
}

void *calloc(size_t n, size_t size)
{
    return fa_fail() ? NULL : __libc_calloc(n, size);
}

void *realloc(void *p, size_t n)
{
    return fa_fail() ? NULL : __libc_realloc(p, n);
}

char *strdup(const char *s)
{
    if (fa_fail())
        return NULL;
    size_t n = strlen(s) + 1;
    char *d = __libc_malloc(n);
    return d ? memcpy(d, s, n) : NULL;
}

__attribute__((destructor)) static void fa_report(void)
{
    const char *f = getenv("DP_FAILALLOC_COUNT");
    if (!f || !*f)
        return;
    int fd = open(f, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    char buf[32];
    int len = snprintf(buf, sizeof buf, "%lu\n", (unsigned long)atomic_load(&count));
    if (len > 0 && write(fd, buf, (size_t)len) < 0)
        len = 0;
    close(fd);
}
