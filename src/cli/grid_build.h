/* SPDX-License-Identifier: GPL-2.0-or-later */
/* grid_build.h — turning table views into output grids (cli room). */
#ifndef DOKPAMO_CLI_GRID_BUILD_H
#define DOKPAMO_CLI_GRID_BUILD_H

#include "out.h"
#include "table.h"

/* A grid of the view's rows and the given columns (indexes into
 * t->def->cols), with the columns' short heads. NULL on OOM. */
struct out_grid *cli_grid_from_table(const struct table *t, const size_t *cols, size_t ncols,
                                     const struct table_ctx *ctx);
/* Sets a grid cell from a table value (unknowns show their reason). */
bool cli_grid_value(struct out_grid *g, size_t r, size_t c, const struct table_value *v, enum dp_lang lang);

/* Lists the rows of a catalogue kind (list, sources, timeline,
 * benchmarks) through --sort and --filter in o's format; Markdown ends
 * with the cited sources. ids (sources only): the rows named, in order. */
struct cli_opts;
int cli_list_kind(FILE *out, const struct dp_dataset *ds, const struct cli_opts *o,
                  const struct table_def *base, char **ids, int nids);

#endif
