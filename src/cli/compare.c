/* SPDX-License-Identifier: GPL-2.0-or-later */
/* compare.c — `dokpamo compare NAME NAME... [--diff] [--format F]`: the
 * compare room's comparison, printed. A consortium name stands for its
 * models; one name alone is compared with its nearest peer by parameters. */
#include "config.h"
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "text.h"
#include "vocab.h"

int cli_compare(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o, char **names, int n)
{
    if (n < 1) {
        fprintf(stderr, "dokpamo: %s\n", vocab(V_MSG_COMPARE_NEEDS, o->lang));
        return CLI_USAGE;
    }
    struct cmp_record *recs = calloc((size_t)n + 1, sizeof *recs);
    if (!recs)
        return CLI_OSERR;
    int status = CLI_OK;
    size_t nrec = 0;
    for (int i = 0; i < n; i++) {
        /* Every name is resolved, so that every problem is reported. */
        struct cli_hit hit = cli_resolve(ds, names[i], o->lang, stderr);
        if (hit.kind == CLI_HIT_MODEL)
            recs[nrec++].model = hit.model;
        else if (hit.kind == CLI_HIT_CONSORTIUM)
            recs[nrec++].consortium = hit.consortium;
        else {
            if (hit.kind == CLI_HIT_NONE)
                cli_no_match(stderr, ds, names[i], o->lang);
            status = CLI_NO_MATCH;
        }
    }
    if (status == CLI_OK && nrec == 1 && recs[0].model) {
        const struct dp_model *peer = compare_nearest_peer(ds, recs[0].model);
        if (peer)
            recs[nrec++].model = peer;
    }
    if (status != CLI_OK) {
        free(recs);
        return status;
    }
    struct compare_opts co = {o->lang, o->text_flags, o->korean_units, cli_fit_width(out, o) ? 0 : -1,
                              o->plain};
    struct compare *c = compare_new(ds, recs, nrec, &co);
    free(recs);
    if (!c)
        return CLI_OSERR;
    int e = compare_render(out, c, o->format, o->diff);
    compare_free(&c);
    return cli_write_status(e);
}
