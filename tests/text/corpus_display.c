/* SPDX-License-Identifier: GPL-2.0-or-later */
/* corpus_display.c — writes the display-safe form of every corpus string
 * to DIR/1, DIR/2, ... for measure-widths.sh; prints how many. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"
#include "corpus.h"

int main(int argc, char **argv)
{
    struct corpus c;
    char path[4096];

    if (argc != 3 || corpus_read(&c, argv[1]) < 0) {
        fprintf(stderr, "usage: corpus_display CORPUS DIR\n");
        return 2;
    }
    for (int i = 0; i < c.n; i++) {
        char *d = text_display(c.text[i], c.len[i], 0);
        snprintf(path, sizeof path, "%s/%d", argv[2], i + 1);
        FILE *f = fopen(path, "w");
        if (!d || !f || fputs(d, f) == EOF || fclose(f) != 0) {
            fprintf(stderr, "corpus_display: cannot write %s\n", path);
            return 1;
        }
        free(d);
    }
    printf("%d\n", c.n);
    corpus_free(&c);
    return 0;
}
