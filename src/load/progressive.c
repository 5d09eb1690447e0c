/* SPDX-License-Identifier: GPL-2.0-or-later */
/* progressive.c — what the browser needs to show a large file at once: a
 * preview made of the file's head (load_dataset_head) and the whole load
 * on a thread of its own (load_job_*), with its progress and a way to stop
 * it.
 *
 * The preview reads a few hundred kilobytes with pread() (not the whole
 * file mapped), finds the first consortium's first models by structure
 * alone (load_split_head) and closes the document after them; it then
 * loads like any text, with every check. What the rest of the file holds,
 * good or bad, is known only when the whole load ends. */
#include "config.h"
#include "load_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define HEAD_FIRST ((size_t)256 << 10) /* the head read first */
#define HEAD_MAX ((size_t)64 << 20)    /* a longer head: no preview */

/* Reads up to n bytes at offset 0; the count read, or -1. */
static ssize_t read_head(int fd, char *buf, size_t n)
{
    size_t got = 0;
    while (got < n) {
        ssize_t r = pread(fd, buf + got, n - got, (off_t)got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return -1;
        if (r == 0)
            break;
        got += (size_t)r;
    }
    return (ssize_t)got;
}

struct dp_dataset *load_dataset_head(const char *path, const struct load_options *opt, size_t max_models)
{
    static const char tail[] = "]}],\"contradictions\":[]}";
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return NULL;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0) {
        close(fd);
        return NULL;
    }
    size_t size = (size_t)st.st_size;
    struct dp_dataset *ds = NULL;
    char *buf = NULL;
    for (size_t want = HEAD_FIRST; want <= HEAD_MAX; want *= 4) {
        size_t n = want < size ? want : size;
        char *nb = realloc(buf, n + sizeof tail);
        if (!nb)
            break;
        buf = nb;
        ssize_t got = read_head(fd, buf, n);
        if (got <= 0)
            break;
        size_t cut;
        bool contra;
        int r = load_split_head(buf, (size_t)got, max_models, &cut, &contra);
        if (r == 0 || (r < 0 && (size_t)got < want))
            break; /* not shaped for it, or the whole file is there and it was not enough */
        if (r < 0)
            continue;
        /* Close the models, the consortium and consortia after the cut. */
        memcpy(buf + cut, tail, 3);
        size_t len = cut + 3;
        if (!contra) {
            memcpy(buf + len, tail + 3, sizeof tail - 1 - 3);
            len += sizeof tail - 1 - 3;
        } else {
            buf[len++] = '}';
        }
        struct load_options po = *opt;
        po.progress = NULL;
        po.threads = 1;
        struct load_report rep;
        ds = load_dataset_mem(buf, len, path, &po, &rep);
        load_report_clear(&rep);
        break;
    }
    free(buf);
    close(fd);
    return ds;
}

struct load_job {
    pthread_t tid;
    char *path;
    struct load_options opt;
    struct load_progress prog;
    struct load_report rep;
    struct dp_dataset *ds;
    atomic_bool done;
};

static void *job_main(void *arg)
{
    struct load_job *job = arg;
    job->ds = load_dataset(job->path, &job->opt, &job->rep);
    atomic_store(&job->done, true);
    return NULL;
}

struct load_job *load_job_start(const char *path, const struct load_options *opt)
{
    struct load_job *job = calloc(1, sizeof *job);
    if (!job)
        return NULL;
    job->path = strdup(path);
    job->opt = *opt;
    job->opt.progress = &job->prog;
    atomic_init(&job->prog.done, 0);
    atomic_init(&job->prog.total, 0);
    atomic_init(&job->prog.cancel, false);
    atomic_init(&job->done, false);
    if (!job->path || pthread_create(&job->tid, NULL, job_main, job) != 0) {
        free(job->path);
        free(job);
        return NULL;
    }
    return job;
}

bool load_job_done(const struct load_job *job)
{
    return atomic_load(&job->done);
}

unsigned load_job_permille(const struct load_job *job)
{
    size_t total = atomic_load_explicit(&job->prog.total, memory_order_relaxed);
    size_t done = atomic_load_explicit(&job->prog.done, memory_order_relaxed);
    if (!total)
        return 0;
    if (done >= total)
        return atomic_load(&job->done) ? 1000 : 999;
    /* No overflow: total is at most twice LOAD_MAX_FILE_BYTES. */
    return (unsigned)((unsigned long long)done * 1000 / total);
}

void load_job_cancel(struct load_job *job)
{
    atomic_store(&job->prog.cancel, true);
}

struct dp_dataset *load_job_finish(struct load_job **jobp, struct load_report *rep)
{
    struct load_job *job = *jobp;
    *jobp = NULL;
    pthread_join(job->tid, NULL);
    struct dp_dataset *ds = job->ds;
    *rep = job->rep;
    free(job->path);
    free(job);
    return ds;
}
