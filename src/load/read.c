/* SPDX-License-Identifier: GPL-2.0-or-later */
/* read.c — file -> bytes -> cJSON tree, with FILE:LINE:COL syntax errors
 * and the named limits (file size, nesting depth, NUL). */
#include "config.h"
#include "load_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Line and column (1-based, columns in bytes) of offset `off` in buf. */
static void line_col(const char *buf, size_t off, size_t *line, size_t *col)
{
    size_t l = 1, last_nl = 0;
    bool seen = false;
    for (size_t i = 0; i < off; i++)
        if (buf[i] == '\n') {
            l++;
            last_nl = i;
            seen = true;
        }
    *line = l;
    *col = seen ? off - last_nl : off + 1;
}

static void syntax_error(struct load_report *rep, const char *name, const char *buf, size_t off,
                         const char *msg)
{
    size_t line, col;
    line_col(buf, off, &line, &col);
    load_error(rep, "%s:%zu:%zu: %s", name, line, col, msg);
}

/* One pass before cJSON: nesting depth, NUL bytes and \u0000 escapes,
 * which cJSON would silently accept or truncate. Returns false (with the
 * error reported) when the file breaks a limit. */
static bool prescan(struct load_report *rep, const char *name, const char *buf, size_t len)
{
    int depth = 0;
    bool in_str = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)buf[i];
        if (c == 0) {
            syntax_error(rep, name, buf, i, "NUL byte in file");
            return false;
        }
        if (in_str) {
            if (c == '\\') {
                if (i + 5 < len && memcmp(buf + i + 1, "u0000", 5) == 0) {
                    syntax_error(rep, name, buf, i, "NUL character (\\u0000) in string");
                    return false;
                }
                i++;
            } else if (c == '"') {
                in_str = false;
            }
            continue;
        }
        if (c == '"') {
            in_str = true;
        } else if (c == '[' || c == '{') {
            if (++depth > LOAD_MAX_DEPTH) {
                char msg[96];
                snprintf(msg, sizeof msg, "nesting deeper than %d levels (limit: max depth)", LOAD_MAX_DEPTH);
                syntax_error(rep, name, buf, i, msg);
                return false;
            }
        } else if (c == ']' || c == '}') {
            depth--;
        }
    }
    return true;
}

static const char *describe_char(char c, char *tmp, size_t n)
{
    if (c == '\0')
        return "unexpected end of file";
    if ((unsigned char)c >= 0x21 && (unsigned char)c < 0x7f)
        snprintf(tmp, n, "unexpected character '%c'", c);
    else
        snprintf(tmp, n, "unexpected byte 0x%02x", (unsigned char)c);
    return tmp;
}

bool load_prescan(struct load_report *rep, const char *name, const char *buf, size_t len)
{
    return prescan(rep, name, buf, len);
}

bool load_only_space_after(const char *buf, size_t len, const char *end)
{
    size_t off = (size_t)(end - buf);
    while (off < len && (buf[off] == ' ' || buf[off] == '\n' || buf[off] == '\r' || buf[off] == '\t'))
        off++;
    return off == len;
}

cJSON *load_parse(struct load_report *rep, const char *name, const char *buf, size_t len)
{
    if (!prescan(rep, name, buf, len))
        return NULL;
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(buf, len, &end, false);
    if (!root) {
        size_t off = end && end >= buf && end <= buf + len ? (size_t)(end - buf) : 0;
        const char *err = cJSON_GetErrorPtr();
        if (err && err >= buf && err <= buf + len)
            off = (size_t)(err - buf);
        const char *msg;
        size_t where;
        char tmp[64];
        if (load_syntax_locate(buf, len, &where, &msg))
            syntax_error(rep, name, buf, where, msg);
        else
            syntax_error(rep, name, buf, off, describe_char(off < len ? buf[off] : '\0', tmp, sizeof tmp));
        return NULL;
    }
    /* Only whitespace may follow the value. */
    size_t off = (size_t)(end - buf);
    while (off < len && (buf[off] == ' ' || buf[off] == '\n' || buf[off] == '\r' || buf[off] == '\t'))
        off++;
    if (off < len) {
        syntax_error(rep, name, buf, off, "unexpected data after the JSON value");
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

char *load_read_file(struct load_report *rep, const char *path, size_t *lenp)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        load_fail(rep, LOAD_NO_INPUT, "%s: %s", path, strerror(errno));
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        load_fail(rep, LOAD_NO_INPUT, "%s: %s", path, strerror(errno));
        close(fd);
        return NULL;
    }
    if (S_ISDIR(st.st_mode)) {
        load_fail(rep, LOAD_NO_INPUT, "%s: is a directory", path);
        close(fd);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        /* FIFOs, devices: refuse rather than block forever. */
        load_fail(rep, LOAD_NO_INPUT, "%s: not a regular file", path);
        close(fd);
        return NULL;
    }
    if ((unsigned long long)st.st_size > LOAD_MAX_FILE_BYTES) {
        load_fail(rep, LOAD_BAD_DATA, "%s: file larger than %zu bytes (limit: max file size)", path,
                  LOAD_MAX_FILE_BYTES);
        close(fd);
        return NULL;
    }
    size_t cap = (size_t)st.st_size + 1, len = 0;
    char *buf = malloc(cap);
    if (!buf) {
        load_fail(rep, LOAD_NO_MEMORY, "%s: out of memory", path);
        close(fd);
        return NULL;
    }
    for (;;) {
        if (len + 1 >= cap) {
            /* The file grew while we read it: keep the limit. */
            if (cap > LOAD_MAX_FILE_BYTES)
                break;
            char *nb = realloc(buf, cap * 2);
            if (!nb)
                break;
            buf = nb;
            cap *= 2;
        }
        ssize_t n = read(fd, buf + len, cap - 1 - len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            load_fail(rep, LOAD_NO_INPUT, "%s: %s", path, strerror(errno));
            free(buf);
            close(fd);
            return NULL;
        }
        if (n == 0)
            break;
        len += (size_t)n;
    }
    close(fd);
    buf[len] = '\0';
    if (len == 0) {
        load_fail(rep, LOAD_BAD_DATA, "%s:1:1: empty file", path);
        free(buf);
        return NULL;
    }
    *lenp = len;
    return buf;
}
