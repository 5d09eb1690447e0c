/* SPDX-License-Identifier: GPL-2.0-or-later */
/* parallel.c — a split consortium's models parsed and converted on several
 * threads (one cJSON parse per model span, split.c), merged in file order.
 *
 * Determinism: the spans are cut into chunks of consecutive models; each
 * chunk has its own report and every model its own slot, so what a thread
 * does never depends on which other chunks ran before it. After the join
 * the chunks' messages are appended in file order and the slots compacted
 * exactly as the one-thread loop in dataset.c does (a span that is not an
 * object is reported and skipped). Each thread allocates from its own view
 * of the dataset (model_view_new), whose arena the dataset adopts after.
 *
 * Thread safety: cJSON parsing is safe on several threads as long as
 * cJSON_GetErrorPtr() is not called meanwhile (only load_parse() calls it,
 * never during this), the text room keeps no mutable state, and the
 * dataset's lookups (sources, stages, schemes) are complete and read-only
 * by the time the models are read. */
#include "config.h"
#include "load_internal.h"

#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Fewer models than this per thread are not worth a thread when the
 * thread count was not asked for. */
#define PAR_MIN_PER_THREAD 512
#define PAR_MAX_THREADS 64

struct par_chunk {
    size_t first, n; /* models [first, first + n) of the consortium */
    struct load_report rep;
    bool failed; /* a span did not parse alone */
};

struct par_job {
    const struct lctx *L; /* the caller's context (path at ".models") */
    const struct load_split_cons *sc;
    struct dp_model *slots; /* one per span: the caller's array itself */
    bool *is_model;         /* slot i holds a model */
    struct par_chunk *chunks;
    size_t nchunks;
    atomic_size_t next; /* the next chunk to take */
    atomic_bool stop;   /* a span failed: the whole split load restarts */
};

struct par_worker {
    struct par_job *job;
    struct dp_dataset *view;
};

static void run_chunk(struct par_job *job, struct dp_dataset *view, struct par_chunk *ch)
{
    const struct lctx *L = job->L;
    struct lctx W = {
        .ds = view, .rep = &ch->rep, .opt = L->opt, .split = L->split, .buf = L->buf, .release = L->release};
    memcpy(W.path, L->path, L->plen + 1);
    W.plen = L->plen;
    for (size_t i = ch->first; i < ch->first + ch->n; i++) {
        if (atomic_load_explicit(&job->stop, memory_order_relaxed) || load_cancelled(L->opt))
            return;
        const struct load_span *span = &L->split->spans[job->sc->first + i];
        load_progress_add(L->opt, span->end - span->start);
        cJSON *it = load_split_model(L->split, L->buf, job->sc->first + i);
        if (!it) {
            ch->failed = true;
            atomic_store(&job->stop, true);
            return;
        }
        size_t mark = lx_push_index(&W, i);
        if (lx_object(&W, it)) {
            load_read_model(&W, it, &job->slots[i]);
            job->is_model[i] = true;
        }
        lx_pop(&W, mark);
        lx_index_forget(&W);
        load_cjson_model_free(it);
    }
    if (ch->n)
        lx_release(&W, job->sc->first + ch->first, job->sc->first + ch->first + ch->n - 1);
}

static void *worker_main(void *arg)
{
    struct par_worker *w = arg;
    struct par_job *job = w->job;
    for (;;) {
        size_t c = atomic_fetch_add(&job->next, 1);
        if (c >= job->nchunks)
            break;
        run_chunk(job, w->view, &job->chunks[c]);
    }
    load_cjson_model_end();
    return NULL;
}

unsigned load_threads_auto(void)
{
#ifdef CPU_COUNT
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
        return (unsigned)CPU_COUNT(&set);
#endif
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (unsigned)n : 1;
}

/* How many threads for `n` models: the option, else one per core with
 * at least PAR_MIN_PER_THREAD models each. */
static size_t thread_count(const struct load_options *opt, size_t n)
{
    size_t t = opt->threads ? opt->threads : load_threads_auto();
    if (!opt->threads && t > n / PAR_MIN_PER_THREAD)
        t = n / PAR_MIN_PER_THREAD;
    if (t > n)
        t = n;
    return t > PAR_MAX_THREADS ? PAR_MAX_THREADS : t;
}

/* Compacts the chunks' results in v, the slots themselves (in file order:
 * a model only ever moves down), and moves their messages into L's
 * report. */
static void merge(struct lctx *L, struct par_job *job, struct dp_model *v, size_t *n)
{
    *n = 0;
    for (size_t c = 0; c < job->nchunks; c++) {
        struct par_chunk *ch = &job->chunks[c];
        if (ch->failed)
            L->split_failed = true;
        load_report_merge(L->rep, &ch->rep);
        for (size_t i = ch->first; v && i < ch->first + ch->n; i++)
            if (job->is_model[i]) {
                if (*n != i)
                    v[*n] = v[i];
                ++*n;
            }
    }
}

bool load_models_parallel(struct lctx *L, const struct load_split_cons *sc, struct dp_model *v, size_t *n)
{
    size_t nthreads = thread_count(L->opt, sc->n);
    if (nthreads < 2 || !v)
        return false;
    struct par_job job = {.L = L, .sc = sc};
    /* Several chunks per thread even out uneven models. */
    size_t per = sc->n / (nthreads * 8);
    per = per < 1 ? 1 : per > 4096 ? 4096 : per;
    job.nchunks = (sc->n + per - 1) / per;
    job.chunks = calloc(job.nchunks, sizeof *job.chunks);
    /* The models are read straight into v (zeroed arena memory with room
     * for every span), not into a second array copied over after: at a
     * million models that copy would be half a gigabyte more at the peak. */
    job.slots = v;
    job.is_model = calloc(sc->n, sizeof *job.is_model);
    struct par_worker *workers = calloc(nthreads, sizeof *workers);
    pthread_t *tids = calloc(nthreads, sizeof *tids);
    bool *started = calloc(nthreads, sizeof *started);
    bool ok = job.chunks && job.is_model && workers && tids && started;
    for (size_t t = 0; ok && t < nthreads; t++) {
        workers[t].job = &job;
        ok = (workers[t].view = model_view_new(L->ds)) != NULL;
    }
    if (!ok) {
        load_fail(L->rep, LOAD_NO_MEMORY, "out of memory");
        goto done;
    }
    for (size_t c = 0; c < job.nchunks; c++) {
        job.chunks[c].first = c * per;
        job.chunks[c].n = c + 1 < job.nchunks ? per : sc->n - c * per;
    }
    atomic_init(&job.next, 0);
    atomic_init(&job.stop, false);
    /* Thread 0 is this one; a thread that cannot start leaves its share
     * to the others. */
    for (size_t t = 1; t < nthreads; t++)
        started[t] = pthread_create(&tids[t], NULL, worker_main, &workers[t]) == 0;
    worker_main(&workers[0]);
    for (size_t t = 1; t < nthreads; t++)
        if (started[t])
            pthread_join(tids[t], NULL);
    merge(L, &job, v, n);
done:
    for (size_t t = 0; workers && t < nthreads; t++)
        model_view_merge(L->ds, &workers[t].view);
    for (size_t c = 0; job.chunks && c < job.nchunks; c++)
        load_report_clear(&job.chunks[c].rep);
    free(job.chunks);
    free(job.is_model);
    free(workers);
    free(tids);
    free(started);
    return true;
}
