/* SPDX-License-Identifier: GPL-2.0-or-later */
/* sources.c — the listings of a catalogue kind: `dokpamo sources [ID]...`
 * (every source the dataset cites, or the ones named, with publisher,
 * date, title, URL, kind, reliability and what cites it), `dokpamo
 * timeline` (the dated events), `dokpamo benchmarks` (the benchmark
 * results) and `dokpamo contradictions` (the recorded disagreements). The columns are the kind's catalogue (src/table/sources.c,
 * events.c, results.c): TABLE_F_LIST ones for the human formats,
 * TABLE_F_MACHINE ones for TSV, CSV and JSON. */
#include "config.h"
#include "cli.h"

#include <stdio.h>
#include <strings.h>

#include "grid_build.h"
#include "table.h"

const struct dp_source *cli_find_source(const struct dp_dataset *ds, const char *id)
{
    for (size_t i = 0; id && i < ds->nsources; i++)
        if (strcasecmp(ds->sources[i].id, id) == 0)
            return &ds->sources[i];
    return NULL;
}

int cli_sources(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o, char **ids, int nids)
{
    return cli_list_kind(out, ds, o, &table_sources, ids, nids);
}

int cli_timeline(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o)
{
    return cli_list_kind(out, ds, o, &table_events, NULL, 0);
}

int cli_benchmarks(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o)
{
    return cli_list_kind(out, ds, o, &table_results, NULL, 0);
}

int cli_contradictions(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o)
{
    return cli_list_kind(out, ds, o, &table_contradictions, NULL, 0);
}
