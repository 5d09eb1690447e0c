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
 *   DP_FAILALLOC_SPARE=A,B  allocations called from a library whose file
 *                         name holds A or B are neither counted nor failed
 *                         (ncurses: it dereferences its own failed
 *                         allocations, in newterm(), tparm() and
 *                         doupdate(), which no caller can mend)
 *
 * glibc's own allocator does the work (__libc_malloc and friends), so no
 * dlsym() is needed (which itself allocates). Counting is atomic: the
 * parallel loader allocates from several threads. */
#define _GNU_SOURCE
#include <dlfcn.h>
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
static const char *spare;
static int ready;

static void fa_init(void)
{
    const char *v = getenv("DP_FAILALLOC");
    fail_at = v ? strtoul(v, NULL, 10) : 0;
    spare = getenv("DP_FAILALLOC_SPARE");
    ready = 1;
}

/* True when the code at caller lies in a spared library. */
static int fa_spared(const void *caller)
{
    Dl_info info;
    if (!spare || !*spare || !dladdr(caller, &info) || !info.dli_fname)
        return 0;
    for (const char *p = spare; *p;) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        char want[128];
        if (len && len < sizeof want) {
            memcpy(want, p, len);
            want[len] = '\0';
            if (strstr(info.dli_fname, want))
                return 1;
        }
        p += len + (end != NULL);
    }
    return 0;
}

/* True when this allocation (called from caller) is the one to fail. */
static int fa_fail(const void *caller)
{
    if (!ready)
        fa_init();
    if (fa_spared(caller))
        return 0;
    unsigned long n = atomic_fetch_add(&count, 1) + 1;
    if (fail_at && n == fail_at) {
        errno = ENOMEM;
        return 1;
    }
    return 0;
}

void *malloc(size_t n)
{
    return fa_fail(__builtin_return_address(0)) ? NULL : __libc_malloc(n);
}

void *calloc(size_t n, size_t size)
{
    return fa_fail(__builtin_return_address(0)) ? NULL : __libc_calloc(n, size);
}

void *realloc(void *p, size_t n)
{
    return fa_fail(__builtin_return_address(0)) ? NULL : __libc_realloc(p, n);
}

char *strdup(const char *s)
{
    if (fa_fail(__builtin_return_address(0)))
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
