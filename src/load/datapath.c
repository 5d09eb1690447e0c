/* SPDX-License-Identifier: GPL-2.0-or-later */
/* datapath.c — where the dataset is when no --data names it. */
#include "config.h"
#include "load.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static bool same_dir(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

const char *load_find_data(char *buf, size_t bufsz, const char *exe, const char *bindir,
                           const char *installed)
{
    /* Beside a binary that is not the installed one: a build tree
     * (data/; an out-of-tree build links it to the source tree's), then
     * an install under another prefix (DESTDIR, a moved tree). */
    static const char *const beside[] = {"data/consortia.json", "../share/dokpamo/consortia.json"};
    const char *slash = exe ? strrchr(exe, '/') : NULL;
    if (!slash || (size_t)(slash - exe) + 1 >= bufsz)
        return installed;
    size_t dirlen = (size_t)(slash - exe);
    memcpy(buf, exe, dirlen);
    buf[dirlen] = '\0';
    if (same_dir(buf, bindir))
        return installed;
    for (size_t i = 0; i < sizeof beside / sizeof beside[0]; i++) {
        int n = snprintf(buf + dirlen, bufsz - dirlen, "/%s", beside[i]);
        if (n > 0 && (size_t)n < bufsz - dirlen && access(buf, R_OK) == 0)
            return buf;
    }
    return installed;
}

const char *load_default_path(void)
{
    static char exe[PATH_MAX + 1], path[PATH_MAX + 64];
    const char *env = getenv("DOKPAMO_DATA");
    if (env && *env)
        return env;
    ssize_t n = readlink("/proc/self/exe", exe, PATH_MAX);
    if (n <= 0)
        return DP_PKGDATADIR "/consortia.json";
    exe[n] = '\0';
    return load_find_data(path, sizeof path, exe, DP_BINDIR, DP_PKGDATADIR "/consortia.json");
}
