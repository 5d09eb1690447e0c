/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_out.c — every renderer on one small grid, byte for byte. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "tap.h"

static char *render(const struct out_grid *g, enum out_format fmt)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    int e = out_render(f, g, fmt);
    fclose(f);
    if (e) {
        free(buf);
        return strdup("(error)");
    }
    return buf;
}

/* Fitting to a width: cut to the catalogue widths, hide from the end,
 * give back what is left; the last column wraps with a hanging indent. */
static void test_fit(void)
{
    struct out_grid *g = out_grid_new(2, 4, 0);
    out_grid_column(g, 0, "Name", "name", TEXT_LEFT);
    out_grid_column(g, 1, "Total", "total", TEXT_RIGHT);
    out_grid_column(g, 2, "Arch", "arch", TEXT_LEFT);
    out_grid_column(g, 3, "License", "license", TEXT_LEFT);
    out_grid_text(g, 0, 0, "하이퍼클로바X 시드 32B", NULL);
    out_grid_num(g, 0, 1, "32B", 32);
    out_grid_text(g, 0, 2, "dense, vlm, reasoning", NULL);
    out_grid_text(g, 0, 3, "hyperclovax", NULL);
    out_grid_text(g, 1, 0, "배키", NULL);
    out_grid_num(g, 1, 1, "112.2B", 112.2);
    out_grid_text(g, 1, 2, "moe", NULL);
    out_grid_text(g, 1, 3, "MIT", NULL);
    out_grid_shrink(g, 0, 10);
    out_grid_shrink(g, 2, 8);
    out_grid_shrink(g, 3, 7);
    is_int(out_grid_fit(g, 100), 0, "wide enough: nothing hidden");
    char *s = render(g, OUT_TABLE);
    is_str(s,
           "Name                     Total  Arch                   License\n"
           "하이퍼클로바X 시드 32B     32B  dense, vlm, reasoning  hyperclovax\n"
           "배키                    112.2B  moe                    MIT\n",
           "wide enough: natural widths");
    free(s);
    is_int(out_grid_fit(g, 30), 1, "30 columns: the last column hidden");
    ok(out_grid_hidden(g, 3) && !out_grid_hidden(g, 2), "30 columns: which one");
    s = render(g, OUT_TABLE);
    is_str(s,
           "Name           Total  Arch\n"
           "하이퍼클로…      32B  dense, …\n"
           "배키          112.2B  moe\n",
           "30 columns: cut to 10, then the 2 spare columns given back (12: 바 would not fit before …)");
    free(s);
    is_int(out_grid_fit(g, 8), 3, "8 columns: only the first column");
    s = render(g, OUT_TABLE);
    is_str(s, "Name\n하이퍼…\n배키\n", "8 columns: the first column cut to the width");
    free(s);
    out_grid_free(&g);

    g = out_grid_new(1, 2, 0);
    out_grid_column(g, 0, "Field", "field", TEXT_LEFT);
    out_grid_column(g, 1, "Value", "value", TEXT_LEFT);
    out_grid_text(g, 0, 0, "Note", NULL);
    out_grid_text(g, 0, 1, "one two three 넷다섯여섯일곱여덟", NULL);
    g->wrap_last = true;
    is_int(out_grid_fit(g, 17), 0, "wrapped: nothing hidden");
    s = render(g, OUT_TABLE);
    is_str(s, "Field  Value\nNote   one two\n       three\n       넷다섯여섯\n       일곱여덟\n",
           "wrapped at spaces, then between clusters, with a hanging indent");
    free(s);
    out_grid_fit(g, 12);
    s = render(g, OUT_TABLE);
    is_str(s,
           "Field  Value\nNote   one\n       two\n       three\n       넷다\n       섯여\n       섯일\n      "
           " 곱여\n       덟\n",
           "narrower: the wrapped column takes what is left");
    free(s);
    out_grid_free(&g);

    size_t next;
    is_int((int)text_wrap_len("abc def", 5, &next), 3, "wrap: at the space");
    is_int((int)next, 4, "wrap: the next line skips the space");
    is_int((int)text_wrap_len("한국어", 3, &next), 3, "wrap: one wide character that fits");
    is_int((int)text_wrap_len("한국어", 1, &next), 3, "wrap: at least one cluster");
    is_int((int)text_wrap_len("ab", 5, &next), 2, "wrap: all fits");
}

int main(void)
{
    test_fit();
    struct out_grid *g = out_grid_new(3, 3, 0);
    out_grid_column(g, 0, "이름", "name", TEXT_LEFT);
    out_grid_column(g, 1, "Total", "total", TEXT_RIGHT);
    out_grid_column(g, 2, "Note", "note", TEXT_LEFT);
    out_grid_text(g, 0, 0, "에이닷엑스 케이원", NULL);
    out_grid_num(g, 0, 1, "519B", 519);
    out_grid_text(g, 0, 2, "a,\"b\"", NULL);
    out_grid_text(g, 1, 0, "K-EXAONE", NULL);
    out_grid_num(g, 1, 1, "236B", 236);
    out_grid_text(g, 1, 2, "x\x1b[2Jy", "x\x1b[2Jy");
    out_grid_text(g, 2, 0, "배키", NULL);
    out_grid_null(g, 2, 1, NULL);
    out_grid_text(g, 2, 2, "tab\there|pipe \xe2\x80\xae", "tab\there|pipe \xe2\x80\xae");

    char *s = render(g, OUT_TABLE);
    is_str(s,
           "이름               Total  Note\n"
           "에이닷엑스 케이원   519B  a,\"b\"\n"
           "K-EXAONE            236B  x\\e[2Jy\n"
           "배키                   -  tab here|pipe \\u202e\n",
           "table: aligned by display width, escapes visible, last column unpadded");
    free(s);

    s = render(g, OUT_MD);
    is_str(s,
           "| 이름              | Total | Note                 |\n"
           "|:------------------|------:|:---------------------|\n"
           "| 에이닷엑스 케이원 |  519B | a,\"b\"                |\n"
           "| K-EXAONE          |  236B | x\\e[2Jy              |\n"
           "| 배키              |     - | tab here/pipe \\u202e |\n",
           "markdown: aligned by display width, | in cells replaced");
    free(s);

    s = render(g, OUT_TSV);
    is_str(s,
           "name\ttotal\tnote\n"
           "에이닷엑스 케이원\t519\ta,\"b\"\n"
           "K-EXAONE\t236\tx\\e[2Jy\n"
           "배키\t\ttab here|pipe \\u202e\n",
           "tsv: machine numbers, empty unknowns, no raw tab or escape");
    free(s);

    s = render(g, OUT_CSV);
    is_str(s,
           "name,total,note\r\n"
           "에이닷엑스 케이원,519,\"a,\"\"b\"\"\"\r\n"
           "K-EXAONE,236,x\\e[2Jy\r\n"
           "배키,,tab here|pipe \\u202e\r\n",
           "csv: RFC 4180 quoting, CRLF");
    free(s);

    s = render(g, OUT_JSON);
    is_str(s,
           "[\n"
           "  {\"name\": \"에이닷엑스 케이원\", \"total\": 519, \"note\": \"a,\\\"b\\\"\"},\n"
           "  {\"name\": \"K-EXAONE\", \"total\": 236, \"note\": \"x\\u001b[2Jy\"},\n"
           "  {\"name\": \"배키\", \"total\": null, \"note\": \"tab\\there|pipe \\u202e\"}\n"
           "]\n",
           "json: raw strings kept losslessly but escaped, null for unknown");
    free(s);

    ok(out_format_parse("md") == OUT_MD && out_format_parse("markdown") == OUT_MD &&
           out_format_parse("xml") == -1,
       "format names");

    FILE *full = fopen("/dev/full", "w");
    if (full) {
        setvbuf(full, NULL, _IOFBF, 64);
        ok(out_render(full, g, OUT_TABLE) != 0, "a failed write is reported");
        fclose(full);
    } else {
        ok(1, "# SKIP no /dev/full");
    }
    out_grid_free(&g);
    ok(g == NULL, "out_grid_free clears the pointer");

    char *e = out_json_escape("a\"\\\x01\xc2\x85\xe2\x80\xa8z");
    is_str(e, "a\\\"\\\\\\u0001\\u0085\\u2028z", "json escape: controls, C1, line separator");
    free(e);
    return tap_done();
}
