/* SPDX-License-Identifier: GPL-2.0-or-later */
/* export.c — writing a comparison to a file: temporary file, fsync, then
 * rename() (overwrite) or link() (never clobbers) into place. */
#include "config.h"
#include "compare.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "text.h"
#include "vocab.h"

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

static void say(enum dp_lang lang, char *err, size_t errsz, enum vocab_id id, const char *path, int e)
{
    if (!err || !errsz)
        return;
    const char *what = vocab(id, lang);
    char *safe = text_display(path, strlen(path), 0);
    if (e)
        snprintf(err, errsz, "%s %s: %s", what, safe ? safe : "?", strerror(e));
    else
        snprintf(err, errsz, "%s %s", what, safe ? safe : "?");
    free(safe);
}

/* The temporary file being written, so that a fatal signal can remove it
 * (compare_export_abort(), async-signal-safe). */
static char pending_tmp[4096];
static volatile sig_atomic_t pending;

void compare_export_abort(void)
{
    if (pending) {
        pending = 0;
        unlink(pending_tmp);
    }
}

/* Writes what render() writes to fd; returns 0 or an errno value. */
static int write_tmp(int fd, int fmt, compare_render_fn render, void *arg)
{
    FILE *f = fdopen(fd, "w");
    if (!f) {
        int e = errno;
        close(fd);
        return e;
    }
    int e = render(f, fmt, arg);
    if (!e && fflush(f) != 0)
        e = errno ? errno : EIO;
    if (!e && fsync(fileno(f)) != 0)
        e = errno;
    if (fclose(f) != 0 && !e)
        e = errno ? errno : EIO;
    return e;
}

/* Copies file from over file to (truncated), fsynced; 0 or an errno value. */
static int copy_over(const char *from, const char *to)
{
    int in = open(from, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return errno;
    int out = open(to, O_WRONLY | O_TRUNC | O_CLOEXEC | O_NOFOLLOW);
    if (out < 0) {
        int e = errno;
        close(in);
        return e;
    }
    char buf[65536];
    int e = 0;
    for (;;) {
        ssize_t n = read(in, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            e = n < 0 ? errno : 0;
            break;
        }
        for (ssize_t off = 0; off < n;) {
            ssize_t w = write(out, buf + off, (size_t)(n - off));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0) {
                e = w < 0 ? errno : EIO;
                break;
            }
            off += w;
        }
        if (e)
            break;
    }
    if (!e && fsync(out) != 0)
        e = errno;
    if (close(out) != 0 && !e)
        e = errno;
    close(in);
    return e;
}

enum compare_export_status compare_export_file(const char *path, int fmt, bool overwrite, enum dp_lang lang,
                                               compare_render_fn render, void *arg, char *err, size_t errsz)
{
    if (err && errsz)
        err[0] = '\0';
    if (fmt < 0) {
        say(lang, err, errsz, V_EXP_CHOOSE, path ? path : "", 0);
        return CMP_EXPORT_BAD_EXT;
    }
    struct stat st;
    bool existed = false;
    if (lstat(path, &st) == 0) {
        existed = true;
        if (!S_ISREG(st.st_mode)) {
            say(lang, err, errsz, V_EXP_NOT_REGULAR, path, 0);
            return CMP_EXPORT_NOT_FILE;
        }
        if (!overwrite) {
            say(lang, err, errsz, V_EXP_EXISTS, path, 0);
            return CMP_EXPORT_EXISTS;
        }
    } else if (errno != ENOENT) {
        say(lang, err, errsz, V_EXP_CANNOT_WRITE, path, errno);
        return CMP_EXPORT_IO;
    }

    /* A short ".dokpamo-XXXXXX" next to the target, so rename() stays in
     * one file system and a name near NAME_MAX still has a temporary. */
    const char *slash = strrchr(path, '/');
    size_t dirlen = slash ? (size_t)(slash - path) + 1 : 0;
    if (strlen(path + dirlen) > NAME_MAX) {
        say(lang, err, errsz, V_EXP_CANNOT_WRITE, path, ENAMETOOLONG);
        return CMP_EXPORT_IO;
    }
    size_t tlen = dirlen + 32;
    char *tmp = malloc(tlen);
    if (!tmp) {
        say(lang, err, errsz, V_EXP_OOM, path, ENOMEM);
        return CMP_EXPORT_IO;
    }
    snprintf(tmp, tlen, "%.*s.dokpamo-XXXXXX", (int)dirlen, path);
    sigset_t all, old;
    sigfillset(&all);
    sigprocmask(SIG_BLOCK, &all, &old); /* a signal sees the name only with the file */
    int fd = mkstemp(tmp);
    if (fd >= 0 && strlen(tmp) < sizeof pending_tmp) {
        memcpy(pending_tmp, tmp, strlen(tmp) + 1);
        pending = 1;
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    if (fd < 0) {
        int e = errno;
        say(lang, err, errsz, V_EXP_NO_TEMP, path, e);
        free(tmp);
        return CMP_EXPORT_IO;
    }
    mode_t mask = umask(0);
    umask(mask);
    /* A replaced file keeps its mode (a 0600 export stays private). */
    (void)fchmod(fd, existed ? st.st_mode & 07777 : 0666 & ~mask);

    enum compare_export_status status = CMP_EXPORT_OK;
    int e = write_tmp(fd, fmt, render, arg);
    if (e) {
        say(lang, err, errsz, V_EXP_CANNOT_WRITE, path, e);
        status = CMP_EXPORT_IO;
    } else if (overwrite && existed && st.st_nlink > 1) {
        /* Hard links: rename() would split them. The text is complete in
         * the temporary file; copy it over the old one in place. */
        e = copy_over(tmp, path);
        if (e) {
            say(lang, err, errsz, V_EXP_CANNOT_REPLACE, path, e);
            status = CMP_EXPORT_IO;
        }
    } else if (overwrite) {
        if (rename(tmp, path) != 0) {
            say(lang, err, errsz, V_EXP_CANNOT_REPLACE, path, errno);
            status = CMP_EXPORT_IO;
        }
    } else if (link(tmp, path) != 0) {
        e = errno;
        if (e == EEXIST) {
            say(lang, err, errsz, V_EXP_EXISTS, path, 0);
            status = CMP_EXPORT_EXISTS;
        } else if ((e == EPERM || e == ENOTSUP || e == EOPNOTSUPP || e == EMLINK || e == ENOSYS) &&
                   lstat(path, &st) != 0 && errno == ENOENT) {
            /* A file system without hard links: fall back to rename(). */
            if (rename(tmp, path) != 0) {
                say(lang, err, errsz, V_EXP_CANNOT_CREATE, path, errno);
                status = CMP_EXPORT_IO;
            }
        } else {
            say(lang, err, errsz, V_EXP_CANNOT_CREATE, path, e);
            status = CMP_EXPORT_IO;
        }
    }
    unlink(tmp); /* after link(), or after a failure; ENOENT after rename() */
    pending = 0;
    free(tmp);
    return status;
}

struct compare_job {
    const struct compare *c;
    bool diff_only;
};

static int render_compare(FILE *f, int fmt, void *arg)
{
    const struct compare_job *j = arg;
    return compare_render(f, j->c, (enum out_format)fmt, j->diff_only);
}

enum compare_export_status compare_export(const struct compare *c, const char *path, bool overwrite,
                                          bool diff_only, char *err, size_t errsz)
{
    struct compare_job j = {c, diff_only};
    return compare_export_file(path, compare_format_for_path(path), overwrite, c->lang, render_compare, &j,
                               err, errsz);
}
