/* SPDX-License-Identifier: GPL-2.0-or-later */
/* export.c — writing a comparison to a file: temporary file, fsync, then
 * rename() (overwrite) or link() (never clobbers) into place. */
#include "config.h"
#include "compare.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text.h"

int compare_format_for_path(const char *path)
{
    static const struct {
        const char *ext;
        enum out_format fmt;
    } exts[] = {
        {".md", OUT_MD},     {".markdown", OUT_MD}, {".csv", OUT_CSV},
        {".json", OUT_JSON}, {".tsv", OUT_TSV},     {".txt", OUT_TABLE},
    };
    if (!path)
        return -1;
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    const char *dot = strrchr(base, '.');
    if (!dot || dot == base)
        return -1; /* no extension, or a dot file such as ".md" */
    for (size_t i = 0; i < sizeof exts / sizeof exts[0]; i++)
        if (strcasecmp(dot, exts[i].ext) == 0)
            return (int)exts[i].fmt;
    return -1;
}

static void say(char *err, size_t errsz, const char *what, const char *path, int e)
{
    if (!err || !errsz)
        return;
    char *safe = text_display(path, strlen(path), 0);
    if (e)
        snprintf(err, errsz, "%s %s: %s", what, safe ? safe : "?", strerror(e));
    else
        snprintf(err, errsz, "%s %s", what, safe ? safe : "?");
    free(safe);
}

/* Writes the rendered comparison to fd; returns 0 or an errno value. */
static int write_tmp(int fd, const struct compare *c, enum out_format fmt, bool diff_only)
{
    FILE *f = fdopen(fd, "w");
    if (!f) {
        int e = errno;
        close(fd);
        return e;
    }
    int e = compare_render(f, c, fmt, diff_only);
    if (!e && fsync(fileno(f)) != 0)
        e = errno;
    if (fclose(f) != 0 && !e)
        e = errno ? errno : EIO;
    return e;
}

enum compare_export_status compare_export(const struct compare *c, const char *path, bool overwrite,
                                          bool diff_only, char *err, size_t errsz)
{
    if (err && errsz)
        err[0] = '\0';
    int fmt = compare_format_for_path(path);
    if (fmt < 0) {
        say(err, errsz, "choose .md, .csv, .json, .tsv or .txt for", path ? path : "", 0);
        return CMP_EXPORT_BAD_EXT;
    }
    struct stat st;
    if (lstat(path, &st) == 0) {
        if (!S_ISREG(st.st_mode)) {
            say(err, errsz, "not replacing what is not a regular file:", path, 0);
            return CMP_EXPORT_NOT_FILE;
        }
        if (!overwrite) {
            say(err, errsz, "file exists:", path, 0);
            return CMP_EXPORT_EXISTS;
        }
    } else if (errno != ENOENT) {
        say(err, errsz, "cannot write", path, errno);
        return CMP_EXPORT_IO;
    }

    /* ".NAME.XXXXXX" next to the target, so rename() stays in one file system. */
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
    size_t tlen = strlen(path) + 16;
    char *tmp = malloc(tlen);
    if (!tmp) {
        say(err, errsz, "out of memory writing", path, ENOMEM);
        return CMP_EXPORT_IO;
    }
    snprintf(tmp, tlen, "%.*s.%s.XXXXXX", (int)dirlen, path, path + dirlen);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        int e = errno;
        say(err, errsz, "cannot create a temporary file for", path, e);
        free(tmp);
        return CMP_EXPORT_IO;
    }
    mode_t mask = umask(0);
    umask(mask);
    (void)fchmod(fd, 0666 & ~mask);

    enum compare_export_status status = CMP_EXPORT_OK;
    int e = write_tmp(fd, c, (enum out_format)fmt, diff_only);
    if (e) {
        say(err, errsz, "cannot write", path, e);
        status = CMP_EXPORT_IO;
    } else if (overwrite) {
        if (rename(tmp, path) != 0) {
            say(err, errsz, "cannot replace", path, errno);
            status = CMP_EXPORT_IO;
        }
    } else if (link(tmp, path) != 0) {
        e = errno;
        if (e == EEXIST) {
            say(err, errsz, "file exists:", path, 0);
            status = CMP_EXPORT_EXISTS;
        } else if ((e == EPERM || e == ENOTSUP || e == EOPNOTSUPP || e == EMLINK || e == ENOSYS) &&
                   lstat(path, &st) != 0 && errno == ENOENT) {
            /* A file system without hard links: fall back to rename(). */
            if (rename(tmp, path) != 0) {
                say(err, errsz, "cannot create", path, errno);
                status = CMP_EXPORT_IO;
            }
        } else {
            say(err, errsz, "cannot create", path, e);
            status = CMP_EXPORT_IO;
        }
    }
    unlink(tmp); /* after link(), or after a failure; ENOENT after rename() */
    free(tmp);
    return status;
}
