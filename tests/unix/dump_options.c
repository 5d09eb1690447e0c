/* SPDX-License-Identifier: GPL-2.0-or-later */
/* dump_options.c — prints the option table and the list sort keys, one a
 * line, for the shell tests that check --help, the manual page and the
 * completions against them:
 *   option NAME SHORT|- ARG|- config|- config-only|-
 *   sortkey KEY
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "table.h"

int main(void)
{
    for (size_t i = 0; i < cli_noptions; i++) {
        const struct cli_option *o = &cli_options[i];
        printf("option %s %c %s %s %s\n", o->name, o->short_name ? o->short_name : '-', o->arg ? o->arg : "-",
               o->config ? "config" : "-", o->config_only ? "config-only" : "-");
    }
    /* The sort keys users are told about: the columns of `list`, id, source. */
    for (size_t i = 0; i < table_models.ncols; i++)
        if (table_models.cols[i].flags & TABLE_F_LIST || strcmp(table_models.cols[i].key, "id") == 0 ||
            strcmp(table_models.cols[i].key, "source") == 0)
            printf("sortkey %s\n", table_models.cols[i].key);
    return 0;
}
