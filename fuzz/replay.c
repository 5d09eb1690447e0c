/* SPDX-License-Identifier: GPL-2.0-or-later */
/* replay.c — runs a fuzz harness over files given on the command line
 * (and over every file in given directories), without libFuzzer. Built
 * with the normal compiler for `make check`, so that every crash the
 * fuzzers once found stays fixed. Prints TAP. */
#include "config.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int n;

static void replay_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        printf("not ok %d - %s: cannot open\n", ++n, path);
        return;
    }
    size_t cap = 4096, len = 0;
    uint8_t *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + len, 1, cap - len, f)) > 0) {
        len += got;
        if (len == cap) {
            uint8_t *nb = realloc(buf, cap *= 2);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    fclose(f);
    if (!buf) {
        printf("not ok %d - %s: out of memory\n", ++n, path);
        return;
    }
    /* Give the harness an exact-size copy so ASan sees overreads. */
    uint8_t *exact = malloc(len ? len : 1);
    memcpy(exact, buf, len);
    free(buf);
    LLVMFuzzerTestOneInput(exact, len);
    free(exact);
    printf("ok %d - %s\n", ++n, path);
    fflush(stdout);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void replay(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0 || !S_ISDIR(st.st_mode)) {
        replay_file(path);
        return;
    }
    DIR *d = opendir(path);
    if (!d)
        return;
    char **names = NULL;
    size_t nn = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char **nb = realloc(names, (nn + 1) * sizeof *names);
        if (!nb)
            break;
        names = nb;
        size_t l = strlen(path) + strlen(e->d_name) + 2;
        names[nn] = malloc(l);
        snprintf(names[nn++], l, "%s/%s", path, e->d_name);
    }
    closedir(d);
    if (nn > 1)
        qsort(names, nn, sizeof *names, by_name);
    for (size_t i = 0; i < nn; i++) {
        replay(names[i]);
        free(names[i]);
    }
    free(names);
}

int main(int argc, char **argv)
{
    for (int i = 1; i < argc; i++)
        replay(argv[i]);
    printf("1..%d\n", n);
    return 0;
}
