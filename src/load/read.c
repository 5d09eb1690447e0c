/* SPDX-License-Identifier: GPL-2.0-or-later */
/* read.c — file -> bytes -> cJSON tree, with FILE:LINE:COL syntax errors
 * and the named limits (file size, nesting depth, NUL). */
#include "config.h"
#include "load_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef MAP_POPULATE
#define LOAD_MAP_FLAGS MAP_POPULATE
#else
#define LOAD_MAP_FLAGS 0
#endif

/* Line and column (1-based, columns in bytes) of offset `off` in buf. */
static void line_col(const char *buf, size_t off, size_t *line, size_t *col)
{
    size_t l = 1, last_nl = 0;
    bool seen = false;
    for (size_t i = 0; i < off; i++)
        if (buf[i] == '\n') {
            l++;
            last_nl = i;
            seen = true;
        }
    *line = l;
    *col = seen ? off - last_nl : off + 1;
}

static void syntax_error(struct load_report *rep, const char *name, const char *buf, size_t off,
                         const char *msg)
{
    size_t line, col;
    line_col(buf, off, &line, &col);
    load_error(rep, "%s:%zu:%zu: %s", name, line, col, msg);
}

/* One pass before cJSON: strict RFC 8259 syntax, duplicate keys, the
 * limits (NUL, \u0000, depth), none of which cJSON checks. Returns false
 * (with the error reported) when the text breaks one. */
static bool prescan(struct load_report *rep, const char *name, const char *buf, size_t len,
                    struct load_progress *prog)
{
    size_t off;
    char msg[200];
    switch (load_syntax_check_progress(buf, len, &off, msg, sizeof msg, prog)) {
    case LOAD_SYNTAX_OK:
        return true;
    case LOAD_SYNTAX_NOMEM:
        load_fail(rep, LOAD_NO_MEMORY, "%s: out of memory", name);
        return false;
    case LOAD_SYNTAX_BAD:
        break;
    }
    if (prog && atomic_load(&prog->cancel)) {
        load_fail(rep, LOAD_BAD_DATA, "%s: cancelled", name);
        return false;
    }
    syntax_error(rep, name, buf, off, msg);
    return false;
}

bool load_prescan(struct load_report *rep, const char *name, const char *buf, size_t len)
{
    return prescan(rep, name, buf, len, NULL);
}

bool load_prescan_progress(struct load_report *rep, const char *name, const char *buf, size_t len,
                           struct load_progress *prog)
{
    return prescan(rep, name, buf, len, prog);
}

bool load_cancelled(const struct load_options *opt)
{
    return opt->progress && atomic_load_explicit(&opt->progress->cancel, memory_order_relaxed);
}

void load_progress_add(const struct load_options *opt, size_t bytes)
{
    if (opt->progress)
        atomic_fetch_add_explicit(&opt->progress->done, bytes, memory_order_relaxed);
}

bool load_only_space_after(const char *buf, size_t len, const char *end)
{
    size_t off = (size_t)(end - buf);
    while (off < len && (buf[off] == ' ' || buf[off] == '\n' || buf[off] == '\r' || buf[off] == '\t'))
        off++;
    return off == len;
}

/* cJSON allocates through this, so that a failed parse of a text that
 * passed the strict check is told apart: out of memory, not bad data.
 * Atomic: the parallel loader's threads allocate through the hook too. */
static atomic_bool cjson_nomem;

/* A model's parse tree (split.c) comes from this thread's bump buffer:
 * its nodes and strings are taken in order and dropped all at once when
 * the model is read, instead of a malloc and a free each. What does not
 * fit comes from malloc (the tree is then freed node by node, and the
 * buffer is twice the size for the next model). */
#define BUMP_FIRST ((size_t)64 * 1024)
#define BUMP_MAX ((size_t)16 * 1024 * 1024)
struct bump {
    unsigned char *base;
    size_t cap, used;
    bool on;   /* cJSON allocates from it */
    bool over; /* something did not fit */
};
static _Thread_local struct bump bump;

static bool bump_owns(const void *p)
{
    uintptr_t a = (uintptr_t)p, b = (uintptr_t)bump.base;
    return bump.base && a >= b && a < b + bump.cap;
}

static void *cjson_malloc(size_t n)
{
    if (bump.on) {
        size_t a = (n + 15) & ~(size_t)15;
        if (a >= n && bump.cap - bump.used >= a) {
            void *p = bump.base + bump.used;
            bump.used += a;
            return p;
        }
        bump.over = true;
    }
    void *p = malloc(n);
    if (!p)
        cjson_nomem = true;
    return p;
}

static void cjson_free(void *p)
{
    if (!bump_owns(p))
        free(p);
}

cJSON *load_cjson_parse_model(const char *text, size_t len, const char **end)
{
    if (!bump.base) {
        size_t cap = bump.cap ? bump.cap : BUMP_FIRST;
        if ((bump.base = malloc(cap)))
            bump.cap = cap;
        else
            bump.cap = 0;
    }
    bump.used = 0;
    bump.over = false;
    bump.on = true;
    cJSON *v = cJSON_ParseWithLengthOpts(text, len, end, false);
    bump.on = false;
    return v;
}

void load_cjson_model_free(cJSON *v)
{
    if (bump.over) {
        cJSON_Delete(v); /* what came from malloc; the rest is dropped */
        if (bump.cap < BUMP_MAX) {
            free(bump.base);
            bump.base = NULL;
            bump.cap = bump.cap ? 2 * bump.cap : BUMP_FIRST;
        }
    }
    bump.used = 0;
    bump.over = false;
}

void load_cjson_model_end(void)
{
    free(bump.base);
    bump = (struct bump){0};
}

void load_cjson_begin(void)
{
    static bool hooked;
    if (!hooked) {
        cJSON_Hooks h = {.malloc_fn = cjson_malloc, .free_fn = cjson_free};
        cJSON_InitHooks(&h);
        hooked = true;
    }
    cjson_nomem = false;
}

bool load_cjson_nomem(void)
{
    return cjson_nomem;
}

cJSON *load_parse(struct load_report *rep, const char *name, const char *buf, size_t len)
{
    const char *end = NULL;
    load_cjson_begin();
    cJSON *root = cJSON_ParseWithLengthOpts(buf, len, &end, false);
    if (!root) {
        if (cjson_nomem) {
            load_fail(rep, LOAD_NO_MEMORY, "%s: out of memory", name);
        } else {
            /* The strict check refuses all that cJSON refuses; should it
             * ever not, say where cJSON stopped. */
            const char *err = cJSON_GetErrorPtr();
            size_t off = err && err >= buf && err <= buf + len ? (size_t)(err - buf) : 0;
            syntax_error(rep, name, buf, off, "the JSON parser stopped here");
        }
        return NULL;
    }
    /* Only whitespace may follow the value. */
    size_t off = (size_t)(end - buf);
    while (off < len && (buf[off] == ' ' || buf[off] == '\n' || buf[off] == '\r' || buf[off] == '\t'))
        off++;
    if (off < len) {
        syntax_error(rep, name, buf, off, "unexpected data after the JSON value");
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

/* Reads the rest of fd into a malloc'd buffer (when mapping is refused). */
static char *read_all(struct load_report *rep, const char *path, int fd, size_t size, size_t *lenp)
{
    size_t cap = size + 1, len = 0;
    char *buf = malloc(cap);
    if (!buf) {
        load_fail(rep, LOAD_NO_MEMORY, "%s: out of memory", path);
        return NULL;
    }
    for (;;) {
        if (len + 1 >= cap) {
            /* The file grew while we read it: keep the limit. */
            if (cap > LOAD_MAX_FILE_BYTES)
                break;
            char *nb = realloc(buf, cap * 2);
            if (!nb)
                break;
            buf = nb;
            cap *= 2;
        }
        ssize_t n = read(fd, buf + len, cap - 1 - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            load_fail(rep, LOAD_NO_INPUT, "%s: %s", path, strerror(errno));
            free(buf);
            return NULL;
        }
        if (n == 0)
            break;
        len += (size_t)n;
    }
    buf[len] = '\0';
    *lenp = len;
    return buf;
}

/* True when the file holds a NUL byte that a look at its head finds: a
 * hole (a sparse file reads as NULs there) or a NUL in the first 64 KiB.
 * Such a file is refused at its first NUL, so it is mapped without
 * pre-faulting: a 1 GiB sparse file costs a page, not a gigabyte. */
static bool nul_ahead(int fd, size_t size)
{
    off_t hole = lseek(fd, 0, SEEK_HOLE);
    bool nul = hole >= 0 && (size_t)hole < size;
    if (!nul) {
        char head[65536];
        ssize_t n = pread(fd, head, size < sizeof head ? size : sizeof head, 0);
        nul = n > 0 && memchr(head, '\0', (size_t)n) != NULL;
    }
    (void)lseek(fd, 0, SEEK_SET); /* read_all() reads from the start */
    return nul;
}

bool load_read_file(struct load_report *rep, const char *path, struct load_file *f)
{
    memset(f, 0, sizeof *f);
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        load_fail(rep, LOAD_NO_INPUT, "%s: %s", path, strerror(errno));
        return false;
    }
    struct stat st;
    const char *refuse = NULL;
    if (fstat(fd, &st) != 0)
        refuse = strerror(errno);
    else if (S_ISDIR(st.st_mode))
        refuse = "is a directory";
    else if (!S_ISREG(st.st_mode))
        refuse = "not a regular file"; /* FIFOs, devices: refuse rather than block forever */
    if (refuse) {
        load_fail(rep, LOAD_NO_INPUT, "%s: %s", path, refuse);
        close(fd);
        return false;
    }
    if ((unsigned long long)st.st_size > LOAD_MAX_FILE_BYTES) {
        load_fail(rep, LOAD_BAD_DATA, "%s: file larger than %zu bytes (limit: max file size)", path,
                  LOAD_MAX_FILE_BYTES);
        close(fd);
        return false;
    }
    size_t size = (size_t)st.st_size;
    /* Mapped and pre-faulted in one call (MAP_POPULATE): no copy, and no
     * page fault per 4 KB on first touch. Files that cannot be mapped
     * (empty, /proc, some network file systems) are read. */
    int populate = size && !nul_ahead(fd, size) ? LOAD_MAP_FLAGS : 0;
    void *map = size ? mmap(NULL, size, PROT_READ, MAP_PRIVATE | populate, fd, 0) : MAP_FAILED;
    if (map != MAP_FAILED) {
        f->buf = map;
        f->len = size;
        f->mapped = true;
    } else {
        char *buf = read_all(rep, path, fd, size, &f->len);
        if (!buf) {
            close(fd);
            return false;
        }
        f->buf = buf;
    }
    close(fd);
    if (f->len == 0) {
        load_fail(rep, LOAD_BAD_DATA, "%s:1:1: empty file", path);
        load_file_close(f);
        return false;
    }
    return true;
}

void load_file_close(struct load_file *f)
{
    if (f->mapped)
        munmap((void *)f->buf, f->len);
    else
        free((void *)f->buf);
    memset(f, 0, sizeof *f);
}
