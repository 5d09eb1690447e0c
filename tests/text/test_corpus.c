/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_corpus.c — the text room against the widths measured in tmux
 * (corpus-widths.txt, written by measure-widths.sh) and against glibc's
 * wcswidth() of the display-safe string; and text_fit() over the corpus. */
#include "config.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "text.h"
#include "corpus.h"
#include "../tap.h"

static int glibc_width(const char *s)
{
    size_t n = mbstowcs(NULL, s, 0);
    if (n == (size_t)-1)
        return -2;
    wchar_t *w = calloc(n + 1, sizeof *w);
    mbstowcs(w, s, n + 1);
    int width = wcswidth(w, n);
    free(w);
    return width;
}

/* Reads the measured widths, in corpus order; checks the lines match. */
static int read_widths(const char *path, const struct corpus *c, int *widths)
{
    char buf[4096];
    FILE *f = fopen(path, "r");
    int n = 0;

    if (!f)
        return -1;
    while (fgets(buf, sizeof buf, f)) {
        buf[strcspn(buf, "\n")] = '\0';
        if (buf[0] == '#' || buf[0] == '\0')
            continue;
        char *tab = strchr(buf, '\t');
        if (!tab || n >= c->n || strcmp(tab + 1, c->line[n]) != 0) {
            fclose(f);
            return -1;
        }
        widths[n++] = atoi(buf);
    }
    fclose(f);
    return n;
}

/* Every cut of every display string is whole clusters, exactly cols wide. */
static void check_fit(const struct corpus *c, char **shown)
{
    char buf[4096];
    int bad_width = 0, bad_prefix = 0, bad_trunc = 0, bad_mid = 0;

    for (int i = 0; i < c->n; i++) {
        for (int cols = 0; cols <= 30; cols++) {
            for (int a = TEXT_LEFT; a <= TEXT_CENTER; a++) {
                text_fit(buf, sizeof buf, shown[i], cols, (enum text_align)a, 0);
                if (glibc_width(buf) != cols || text_width(buf) != cols)
                    bad_width++;
                text_fit_middle(buf, sizeof buf, shown[i], cols, (enum text_align)a, 0);
                if (glibc_width(buf) != cols || text_width(buf) != cols)
                    bad_mid++;
            }
            size_t n = text_truncate(buf, sizeof buf, shown[i], cols, 0);
            int w = text_width(buf);
            if (w > cols || glibc_width(buf) != w)
                bad_trunc++;
            /* A cut ends at a cluster boundary: the kept bytes are a prefix
             * of the string, and display leaves them unchanged. */
            size_t keep = n;
            if (n >= 3 && strcmp(buf + n - 3, "\u2026") == 0 && strncmp(buf, shown[i], n) != 0)
                keep = n - 3;
            if (strncmp(buf, shown[i], keep) != 0) {
                bad_prefix++;
            } else {
                char *again = text_display(buf, keep, 0);
                if (!again || strlen(again) != keep || memcmp(again, buf, keep) != 0)
                    bad_prefix++;
                free(again);
            }
        }
    }
    is_int(bad_width, 0, "text_fit gives exactly cols columns (ours and wcswidth), 0..30, all aligns");
    is_int(bad_mid, 0, "text_fit_middle gives exactly cols columns (ours and wcswidth), 0..30, all aligns");
    is_int(bad_trunc, 0, "text_truncate never exceeds cols");
    is_int(bad_prefix, 0, "text_truncate cuts between clusters only");
}

int main(void)
{
    const char *srcdir = getenv("top_srcdir");
    char path[4096];
    struct corpus c;
    static int widths[CORPUS_MAX];
    static char *shown[CORPUS_MAX];

    if (!setlocale(LC_ALL, "C.UTF-8")) {
        printf("1..0 # SKIP no C.UTF-8 locale\n");
        return 0;
    }
    snprintf(path, sizeof path, "%s/tests/text/corpus.txt", srcdir ? srcdir : ".");
    int nc = corpus_read(&c, path);
    ok(nc >= 100, "corpus has at least 100 strings (%d)", nc);
    snprintf(path, sizeof path, "%s/tests/text/corpus-widths.txt", srcdir ? srcdir : ".");
    int nw = read_widths(path, &c, widths);
    is_int(nw, c.n, "corpus-widths.txt measures every corpus line, in order");
    for (int i = 0; i < c.n; i++) {
        shown[i] = text_display(c.text[i], c.len[i], 0);
        int ours = text_width(shown[i]);
        if (!ok(ours == glibc_width(shown[i]), "%d %s: width %d = wcswidth", i + 1, c.line[i], ours))
            printf("#   wcswidth %d, shown \"%s\"\n", glibc_width(shown[i]), shown[i]);
        if (i < nw)
            is_int(ours, widths[i], "%d %s: width = measured in tmux", i + 1, c.line[i]);
        char *again = text_display(shown[i], strlen(shown[i]), 0);
        is_str(again, shown[i], "%d: display-safe text is a fixed point", i + 1);
        free(again);
        ok(text_check(shown[i], strlen(shown[i]), NULL) == TEXT_OK, "%d: display-safe text passes text_check",
           i + 1);
    }
    check_fit(&c, shown);
    for (int i = 0; i < c.n; i++)
        free(shown[i]);
    corpus_free(&c);
    return tap_done();
}
