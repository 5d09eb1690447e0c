/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_datapath.c — where the dataset is found without --data
 * (load_find_data, the rule of load_default_path): the installed binary
 * reads $(pkgdatadir) first, whatever lies beside it; any other binary
 * reads data/ beside it (a build tree), then ../share/dokpamo (another
 * prefix), then $(pkgdatadir). */
#include "config.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "load.h"
#include "tap.h"

static char top[] = "/tmp/dokpamo-datapath-XXXXXX";
static const char installed[] = "/nonexistent/share/dokpamo/consortia.json";

static const char *at(const char *rel)
{
    static char buf[4][PATH_MAX];
    static int i;
    i = (i + 1) % 4;
    snprintf(buf[i], sizeof buf[i], "%s/%s", top, rel);
    return buf[i];
}

static void touch(const char *rel)
{
    FILE *f = fopen(at(rel), "w");
    if (!f || fputs("{}\n", f) == EOF || fclose(f) != 0) {
        printf("Bail out! cannot write %s\n", at(rel));
        exit(1);
    }
}

static void mkdirs(const char *rel)
{
    if (mkdir(at(rel), 0700) != 0) {
        printf("Bail out! cannot make %s\n", at(rel));
        exit(1);
    }
}

static const char *find(const char *exe_rel, const char *bindir)
{
    static char buf[PATH_MAX + 64];
    return load_find_data(buf, sizeof buf, at(exe_rel), bindir, installed);
}

int main(void)
{
    if (!mkdtemp(top)) {
        printf("Bail out! mkdtemp\n");
        return 1;
    }
    /* A build tree: b/dokpamo with b/data/consortia.json. */
    mkdirs("b");
    mkdirs("b/data");
    touch("b/data/consortia.json");
    is_str(find("b/dokpamo", "/nonexistent/bin"), at("b/data/consortia.json"),
           "build tree: data/ beside the binary");
    /* The same directory as the configured bindir: the installed binary,
     * which never reads data/ beside it (/usr/bin/data/...). */
    is_str(find("b/dokpamo", at("b")), installed,
           "the installed binary: $(pkgdatadir) first, not BINDIR/data");
    /* bindir named through a symlink is still the same directory. */
    if (symlink(at("b"), at("link")) == 0)
        is_str(find("b/dokpamo", at("link")), installed, "bindir through a symlink is the same directory");
    else
        ok(1, "bindir through a symlink # SKIP symlink() failed");
    /* Installed under another prefix: p/bin/dokpamo, p/share/dokpamo/. */
    mkdirs("p");
    mkdirs("p/bin");
    mkdirs("p/share");
    mkdirs("p/share/dokpamo");
    touch("p/share/dokpamo/consortia.json");
    is_str(find("p/bin/dokpamo", "/nonexistent/bin"), at("p/bin/../share/dokpamo/consortia.json"),
           "another prefix: BINDIR/../share/dokpamo");
    /* build tree data/ wins over ../share. */
    mkdirs("p/bin/data");
    touch("p/bin/data/consortia.json");
    is_str(find("p/bin/dokpamo", "/nonexistent/bin"), at("p/bin/data/consortia.json"),
           "data/ beside the binary before ../share/dokpamo");
    /* Nothing anywhere: $(pkgdatadir), so that the error names it. */
    mkdirs("lone");
    is_str(find("lone/dokpamo", "/nonexistent/bin"), installed,
           "nothing beside a lone binary: $(pkgdatadir)");
    /* No directory in the name, or no room in the buffer. */
    char tiny[4];
    is_str(load_find_data(tiny, sizeof tiny, "dokpamo", "/usr/bin", installed), installed, "a bare name");
    is_str(load_find_data(tiny, sizeof tiny, at("b/dokpamo"), "/nonexistent", installed), installed,
           "a path longer than the buffer");
    is_str(load_find_data(tiny, sizeof tiny, NULL, "/usr/bin", installed), installed, "no executable path");

    /* The real thing: $DOKPAMO_DATA wins; empty means unset. */
    setenv("DOKPAMO_DATA", "/some/file.json", 1);
    is_str(load_default_path(), "/some/file.json", "$DOKPAMO_DATA wins");
    setenv("DOKPAMO_DATA", "", 1);
    ok(load_default_path() && *load_default_path(), "an empty $DOKPAMO_DATA is ignored");

    char cmd[PATH_MAX + 16];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", top);
    if (system(cmd) != 0)
        printf("# could not remove %s\n", top);
    return tap_done();
}
