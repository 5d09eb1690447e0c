/* SPDX-License-Identifier: GPL-2.0-or-later */
/* floor.c — the bare cJSON floor for `list --sort -params_total_b --format
 * tsv`: read the file, parse it whole with cJSON on one thread, flatten
 * consortia[].models, sort by params_total_b descending (unknowns last),
 * print the 12 columns as TSV. No validation, no NFC, no sanitising: what
 * any single-threaded cJSON program must spend at least. bench/run builds
 * it; it is not part of dokpamo.
 *
 *   floor FILE > out.tsv        (floor --parse-only FILE: parse and exit) */
#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct row {
    const cJSON *m, *c;
    double total;
    int known;
};

static const char *str(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    return cJSON_IsString(v) ? v->valuestring : "";
}

static const char *text(const cJSON *o, const char *k)
{
    const cJSON *t = cJSON_GetObjectItemCaseSensitive(o, k);
    const char *s = str(t, "ko");
    return *s ? s : str(t, "en");
}

static void num(const cJSON *o, const char *k)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    if (cJSON_IsNumber(v))
        printf("%g", v->valuedouble);
}

static void join(const cJSON *a, const char *sep)
{
    int first = 1;
    for (const cJSON *i = cJSON_IsArray(a) ? a->child : NULL; i; i = i->next, first = 0)
        printf("%s%s", first ? "" : sep, cJSON_IsString(i) ? i->valuestring : "");
    if (cJSON_IsString(a))
        fputs(a->valuestring, stdout);
}

static int by_total(const void *a, const void *b)
{
    const struct row *x = a, *y = b;
    if (x->known != y->known)
        return y->known - x->known;
    return (x->total < y->total) - (x->total > y->total);
}

int main(int argc, char **argv)
{
    int parse_only = argc > 2 && strcmp(argv[1], "--parse-only") == 0;
    FILE *f = argc > 1 ? fopen(argv[argc - 1], "rb") : NULL;
    if (!f)
        return fprintf(stderr, "usage: floor [--parse-only] FILE\n"), 2;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    rewind(f);
    char *buf = malloc((size_t)len + 1);
    if (!buf || fread(buf, 1, (size_t)len, f) != (size_t)len)
        return fprintf(stderr, "floor: cannot read\n"), 1;
    fclose(f);
    cJSON *root = cJSON_ParseWithLength(buf, (size_t)len);
    free(buf);
    if (!root)
        return fprintf(stderr, "floor: parse error\n"), 1;
    if (parse_only)
        return cJSON_Delete(root), 0;
    size_t n = 0, cap = 1024;
    struct row *rows = malloc(cap * sizeof *rows);
    const cJSON *cons = cJSON_GetObjectItemCaseSensitive(root, "consortia");
    for (const cJSON *c = cons ? cons->child : NULL; c; c = c->next)
        for (const cJSON *m = cJSON_GetObjectItemCaseSensitive(c, "models")->child; m; m = m->next) {
            if (n == cap)
                rows = realloc(rows, (cap *= 2) * sizeof *rows);
            const cJSON *t = cJSON_GetObjectItemCaseSensitive(m, "params_total_b");
            rows[n++] = (struct row){m, c, cJSON_IsNumber(t) ? t->valuedouble : 0, cJSON_IsNumber(t)};
        }
    qsort(rows, n, sizeof *rows, by_total);
    puts("id\tname\tconsortium\tparams_total_b\tparams_active_b\tactive_share\tarchitecture\tmodalities\t"
         "context_tokens\tlicense\treleased\tsource");
    for (size_t i = 0; i < n; i++) {
        const cJSON *m = rows[i].m, *a = cJSON_GetObjectItemCaseSensitive(m, "params_active_b");
        const cJSON *mod = cJSON_GetObjectItemCaseSensitive(m, "modalities");
        printf("%s\t%s\t%s\t", str(m, "id"), text(m, "name"), text(rows[i].c, "short"));
        num(m, "params_total_b");
        putchar('\t');
        num(m, "params_active_b");
        putchar('\t');
        if (rows[i].known && rows[i].total > 0 && cJSON_IsNumber(a))
            printf("%.0f", 100 * a->valuedouble / rows[i].total);
        putchar('\t');
        join(cJSON_GetObjectItemCaseSensitive(m, "architecture"), ",");
        putchar('\t');
        join(cJSON_GetObjectItemCaseSensitive(mod, "input"), ",");
        putchar('>');
        join(cJSON_GetObjectItemCaseSensitive(mod, "output"), ",");
        putchar('\t');
        num(m, "context_tokens");
        printf("\t%s\t%s\t", str(m, "license"), str(m, "released"));
        join(cJSON_GetObjectItemCaseSensitive(m, "source"), ", ");
        putchar('\n');
    }
    free(rows);
    cJSON_Delete(root);
    return 0;
}
