/* SPDX-License-Identifier: GPL-2.0-or-later */
/* split.c — finds each consortium's models in the text, so the loader can
 * parse one model at a time instead of holding the whole cJSON tree (a
 * tree costs several times the file; a million models would need GBs).
 *
 * The scan only follows structure (strings, brackets, commas) and gives up
 * on anything unusual ("consortia" and "models" are recognised however
 * their keys are escaped, as cJSON decodes them): "consortia" or a consortium's
 * "models" given twice, a models value that is not an array, a separator
 * that is not ',' or ']'. Everything it does not split is left verbatim in
 * a skeleton (the document with the models arrays emptied) that cJSON
 * parses; every model span is parsed by cJSON on its own. Both must parse
 * exactly, or the loader falls back to one full parse, so what is accepted
 * and every error message stay the same as with a whole-document parse. */
#include "config.h"
#include "load_internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

struct scan {
    const char *s;
    size_t len, pos;
};

static void ws(struct scan *p)
{
    while (p->pos < p->len) {
        char c = p->s[p->pos];
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            break;
        p->pos++;
    }
}

/* At a '"': moves past the closing quote. False at the end of the text. */
static bool skip_string(struct scan *p)
{
    for (size_t i = p->pos + 1; i < p->len; i++) {
        const char *q = memchr(p->s + i, '"', p->len - i);
        const char *b = memchr(p->s + i, '\\', (q ? (size_t)(q - p->s) : p->len) - i);
        if (b) {
            i = (size_t)(b - p->s) + 1; /* skip the escaped byte */
            continue;
        }
        if (!q)
            return false;
        p->pos = (size_t)(q - p->s) + 1;
        return true;
    }
    return false;
}

/* Skips one value of any kind by structure alone (cJSON checks it later). */
static bool skip_value(struct scan *p)
{
    if (p->pos >= p->len)
        return false;
    char c = p->s[p->pos];
    if (c == '"')
        return skip_string(p);
    if (c == '{' || c == '[') {
        size_t depth = 0;
        while (p->pos < p->len) {
            c = p->s[p->pos];
            if (c == '"') {
                if (!skip_string(p))
                    return false;
                continue;
            }
            if (c == '{' || c == '[')
                depth++;
            else if ((c == '}' || c == ']') && --depth == 0) {
                p->pos++;
                return true;
            }
            p->pos++;
        }
        return false;
    }
    size_t start = p->pos;
    while (p->pos < p->len && !strchr(",]} \n\r\t", p->s[p->pos]))
        p->pos++;
    return p->pos > start;
}

static int hexval(char c)
{
    return c >= '0' && c <= '9'   ? c - '0'
           : c >= 'a' && c <= 'f' ? c - 'a' + 10
           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                  : -1;
}

/* Whether the key just skipped (its quotes at start and pos-1) is `key`
 * (ASCII) once decoded, so "\u0063onsortia" is "consortia" here as it is
 * to cJSON. The text passed the strict check: every escape is whole. */
static bool key_is(const struct scan *p, size_t start, const char *key)
{
    size_t i = start + 1, end = p->pos - 1;
    for (; *key; key++) {
        if (i >= end)
            return false;
        char c = p->s[i++];
        if (c == '\\' && i < end) {
            char e = p->s[i++];
            if (e == 'u') {
                unsigned cp = 0;
                for (int k = 0; k < 4; k++) {
                    int h = i < end ? hexval(p->s[i++]) : -1;
                    if (h < 0)
                        return false;
                    cp = cp * 16 + (unsigned)h;
                }
                c = cp < 0x80 ? (char)cp : '\0';
            } else {
                const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
                const char *f = strchr(from, e);
                c = f && e ? to[f - from] : '\0';
            }
        }
        if (c != *key)
            return false;
    }
    return i == end;
}

static bool grow(void **v, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return true;
    size_t c = *cap ? *cap * 2 : 64;
    while (c < need)
        c *= 2;
    void *nv = realloc(*v, c * size);
    if (!nv)
        return false;
    *v = nv;
    *cap = c;
    return true;
}

/* Inside a models array (just past '['): records each element's span. */
static bool scan_models(struct scan *p, struct load_split *sp, struct load_split_cons *c)
{
    c->first = sp->nspans;
    ws(p);
    if (p->pos < p->len && p->s[p->pos] == ']')
        return true;
    for (;;) {
        ws(p);
        size_t start = p->pos;
        if (!skip_value(p))
            return false;
        if (!grow((void **)&sp->spans, &sp->spans_cap, sp->nspans + 1, sizeof *sp->spans))
            return false;
        sp->spans[sp->nspans++] = (struct load_span){start, p->pos};
        c->n++;
        ws(p);
        if (p->pos >= p->len)
            return false;
        if (p->s[p->pos] == ']')
            return true;
        if (p->s[p->pos] != ',')
            return false;
        p->pos++;
    }
}

/* Appends buf[from, to) to the skeleton. */
static void skel_add(struct load_split *sp, const char *buf, size_t from, size_t to)
{
    memcpy(sp->skel + sp->skel_len, buf + from, to - from);
    sp->skel_len += to - from;
}

/* One consortium object: finds "models" and splits it. */
static bool scan_consortium(struct scan *p, struct load_split *sp, struct load_split_cons *c, size_t *copied)
{
    p->pos++; /* '{' */
    ws(p);
    if (p->pos < p->len && p->s[p->pos] == '}') {
        p->pos++;
        return true;
    }
    bool seen = false;
    for (;;) {
        ws(p);
        size_t kstart = p->pos;
        if (p->pos >= p->len || p->s[p->pos] != '"' || !skip_string(p))
            return false;
        bool models = key_is(p, kstart, "models");
        ws(p);
        if (p->pos >= p->len || p->s[p->pos] != ':')
            return false;
        p->pos++;
        ws(p);
        if (models) {
            if (seen || p->pos >= p->len || p->s[p->pos] != '[')
                return false;
            seen = true;
            c->split = true;
            p->pos++;
            skel_add(sp, p->s, *copied, p->pos); /* through the '[' */
            if (!scan_models(p, sp, c))
                return false;
            *copied = p->pos; /* the ']' onwards stays */
            p->pos++;
        } else if (!skip_value(p)) {
            return false;
        }
        ws(p);
        if (p->pos >= p->len)
            return false;
        if (p->s[p->pos] == '}') {
            p->pos++;
            return true;
        }
        if (p->s[p->pos] != ',')
            return false;
        p->pos++;
    }
}

static bool scan_consortia(struct scan *p, struct load_split *sp, size_t *copied)
{
    p->pos++; /* '[' */
    ws(p);
    if (p->pos < p->len && p->s[p->pos] == ']') {
        p->pos++;
        return true;
    }
    for (;;) {
        ws(p);
        if (!grow((void **)&sp->cons, &sp->cons_cap, sp->ncons + 1, sizeof *sp->cons))
            return false;
        struct load_split_cons *c = &sp->cons[sp->ncons++];
        *c = (struct load_split_cons){0};
        if (p->pos < p->len && p->s[p->pos] == '{') {
            if (!scan_consortium(p, sp, c, copied))
                return false;
        } else if (!skip_value(p)) {
            return false;
        }
        ws(p);
        if (p->pos >= p->len)
            return false;
        if (p->s[p->pos] == ']') {
            p->pos++;
            return true;
        }
        if (p->s[p->pos] != ',')
            return false;
        p->pos++;
    }
}

bool load_split(const char *buf, size_t len, struct load_split *sp)
{
    memset(sp, 0, sizeof *sp);
    struct scan p = {buf, len, 0};
    sp->skel = malloc(len + 1);
    if (!sp->skel)
        return false;
    size_t copied = 0;
    bool seen = false;
    if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
        p.pos = 3; /* a byte-order mark (cJSON skips it in the skeleton too) */
    ws(&p);
    if (p.pos >= len || buf[p.pos] != '{')
        goto fail;
    p.pos++;
    for (;;) {
        ws(&p);
        size_t kstart = p.pos;
        if (p.pos >= len || buf[p.pos] != '"' || !skip_string(&p))
            goto fail;
        bool consortia = key_is(&p, kstart, "consortia");
        ws(&p);
        if (p.pos >= len || buf[p.pos] != ':')
            goto fail;
        p.pos++;
        ws(&p);
        if (consortia) {
            if (seen || p.pos >= len || buf[p.pos] != '[')
                goto fail;
            seen = true;
            if (!scan_consortia(&p, sp, &copied))
                goto fail;
        } else if (!skip_value(&p)) {
            goto fail;
        }
        ws(&p);
        if (p.pos >= len)
            goto fail;
        if (buf[p.pos] == '}')
            break;
        if (buf[p.pos] != ',')
            goto fail;
        p.pos++;
    }
    if (!sp->nspans)
        goto fail; /* nothing to gain */
    skel_add(sp, buf, copied, len);
    sp->skel[sp->skel_len] = '\0';
    /* The skeleton is small: give the rest back. */
    char *shrunk = realloc(sp->skel, sp->skel_len + 1);
    if (shrunk)
        sp->skel = shrunk;
    return true;
fail:
    load_split_free(sp);
    return false;
}

void load_split_free(struct load_split *sp)
{
    free(sp->skel);
    free(sp->spans);
    free(sp->cons);
    memset(sp, 0, sizeof *sp);
}

cJSON *load_split_model(const struct load_split *sp, const char *buf, size_t i)
{
    const struct load_span *s = &sp->spans[i];
    const char *end = NULL;
    cJSON *v = load_cjson_parse_model(buf + s->start, s->end - s->start, &end);
    if (v && end != buf + s->end) {
        load_cjson_model_free(v);
        v = NULL;
    }
    return v;
}

/* load_split_head()'s answer when a value could not be skipped: the head
 * ended (a longer one may do), or the text is not shaped for it. */
static int head_short(const struct scan *p)
{
    return p->pos >= p->len || p->s[p->pos] == '"' ? -1 : 0; /* a string fails only at the end */
}

/* Inside the first consortium (just past '{'): to its models and the max-th. */
static int head_consortium(struct scan *p, size_t max, size_t *cut)
{
    for (;;) {
        ws(p);
        size_t kstart = p->pos;
        if (p->pos >= p->len)
            return -1;
        if (p->s[p->pos] != '"')
            return 0;
        if (!skip_string(p))
            return -1;
        bool models = key_is(p, kstart, "models");
        ws(p);
        if (p->pos >= p->len)
            return -1;
        if (p->s[p->pos] != ':')
            return 0;
        p->pos++;
        ws(p);
        if (models) {
            if (p->pos >= p->len)
                return -1;
            if (p->s[p->pos] != '[')
                return 0;
            p->pos++;
            *cut = p->pos;
            for (size_t n = 0; n < max; n++) {
                ws(p);
                if (p->pos >= p->len)
                    return -1;
                if (p->s[p->pos] == ']')
                    return 1;
                if (n && p->s[p->pos++] != ',')
                    return 0;
                ws(p);
                if (!skip_value(p))
                    return head_short(p);
                *cut = p->pos;
            }
            return 1;
        }
        if (!skip_value(p))
            return head_short(p);
        ws(p);
        if (p->pos >= p->len)
            return -1;
        if (p->s[p->pos] != ',')
            return 0; /* '}': a consortium without models, or not JSON */
        p->pos++;
    }
}

int load_split_head(const char *buf, size_t len, size_t max, size_t *cut, bool *contra)
{
    struct scan p = {buf, len, 0};
    *contra = false;
    if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
        p.pos = 3;
    ws(&p);
    if (p.pos >= len)
        return -1;
    if (buf[p.pos] != '{')
        return 0;
    p.pos++;
    for (;;) {
        ws(&p);
        size_t kstart = p.pos;
        if (p.pos >= len)
            return -1;
        if (buf[p.pos] != '"')
            return 0;
        if (!skip_string(&p))
            return -1;
        bool consortia = key_is(&p, kstart, "consortia");
        if (key_is(&p, kstart, "contradictions"))
            *contra = true;
        ws(&p);
        if (p.pos >= len)
            return -1;
        if (buf[p.pos] != ':')
            return 0;
        p.pos++;
        ws(&p);
        if (consortia) {
            if (p.pos >= len)
                return -1;
            if (buf[p.pos] != '[')
                return 0;
            p.pos++;
            ws(&p);
            if (p.pos >= len)
                return -1;
            if (buf[p.pos] != '{')
                return 0;
            p.pos++;
            return head_consortium(&p, max, cut);
        }
        if (!skip_value(&p))
            return head_short(&p);
        ws(&p);
        if (p.pos >= len)
            return -1;
        if (buf[p.pos] != ',')
            return 0;
        p.pos++;
    }
}

void lx_release(const struct lctx *L, size_t first, size_t last)
{
    if (!L->release || !L->split || first > last || last >= L->split->nspans)
        return;
    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0)
        return;
    uintptr_t base = (uintptr_t)L->buf, pg = (uintptr_t)page;
    size_t from = L->split->spans[first].start, to = L->split->spans[last].end;
    size_t up = (size_t)((base + from) % pg); /* from, rounded up to a page */
    if (up)
        from += (size_t)pg - up;
    to -= (size_t)((base + to) % pg); /* to, rounded down */
    if (to > from)
        (void)madvise((void *)(L->buf + from), to - from, MADV_DONTNEED);
}
