/* SPDX-License-Identifier: GPL-2.0-or-later */
/* grid_build.c — table views into output grids (the human formats). */
#include "config.h"
#include "grid_build.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "cli.h"

int cli_fit_width(FILE *out, const struct cli_opts *o)
{
    if (o->wide || !isatty(out_buffer_fileno(out)))
        return 0;
    const char *env = getenv("COLUMNS");
    if (env && *env) {
        char *end;
        long v = strtol(env, &end, 10);
        if (*end == '\0' && v > 0 && v <= 10000)
            return (int)v;
    }
    struct winsize ws;
    if (ioctl(out_buffer_fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

int cli_write_status(int e)
{
    return !e ? CLI_OK : e == ENOMEM ? CLI_OSERR : CLI_IOERR;
}

bool cli_grid_value(struct out_grid *g, size_t r, size_t c, const struct table_value *v, enum dp_lang lang)
{
    return out_grid_value(g, r, c, v, lang);
}

struct out_grid *cli_grid_from_table(const struct table *t, const size_t *cols, size_t ncols,
                                     const struct table_ctx *ctx)
{
    return out_grid_from_table(t, cols, ncols, ctx);
}
