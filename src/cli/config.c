/* SPDX-License-Identifier: GPL-2.0-or-later */
/* config.c — the config file: "key = value" lines parsed with the option
 * table (cli_options[] entries marked `config`). */
#include "config.h"
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/* Larger than any config file a person writes; beyond it, refuse. */
#define CONFIG_MAX_BYTES ((size_t)256 * 1024)

const char *cli_config_path(char *buf, size_t bufsz)
{
    const char *xdg = getenv("XDG_CONFIG_HOME");
    const char *home = getenv("HOME");
    int n;
    /* The XDG spec: a relative $XDG_CONFIG_HOME is invalid and ignored. */
    if (xdg && xdg[0] == '/')
        n = snprintf(buf, bufsz, "%s/dokpamo/config", xdg);
    else if (home && home[0] != '\0')
        n = snprintf(buf, bufsz, "%s/.config/dokpamo/config", home);
    else
        return NULL;
    return n > 0 && (size_t)n < bufsz ? buf : NULL;
}

/* The display-safe form of s in buf (the text room's: controls, escape
 * sequences, C1 and bidi controls shown as visible escapes), so that a
 * message never sends the terminal a control character; cut at a
 * character boundary when buf is full. */
static const char *visible(const char *s, char *buf, size_t bufsz)
{
    char *shown = text_display(s, strlen(s), 0);
    size_t n = shown ? strlen(shown) : 1;
    if (n >= bufsz) {
        n = bufsz - 1;
        while (n > 0 && shown && ((unsigned char)shown[n] & 0xC0) == 0x80)
            n--;
    }
    memcpy(buf, shown ? shown : "?", n);
    buf[n] = '\0';
    free(shown);
    return buf;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    char *end = s + strlen(s);
    while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r'))
        *--end = '\0';
    return s;
}

/* Reads the whole file into a NUL-terminated buffer. */
static char *slurp(FILE *f, size_t *len, bool *too_big)
{
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    *too_big = false;
    while (buf) {
        n += fread(buf + n, 1, cap - n - 1, f);
        if (ferror(f))
            break;
        if (feof(f)) {
            buf[n] = '\0';
            *len = n;
            return buf;
        }
        if (cap >= CONFIG_MAX_BYTES) {
            *too_big = true;
            break;
        }
        char *bigger = realloc(buf, cap * 2);
        if (!bigger)
            break;
        buf = bigger;
        cap *= 2;
    }
    free(buf);
    return NULL;
}

/* Applies one line; returns false with a message in err. */
static bool config_line(struct cli_opts *o, char *line, size_t len, char *err, size_t errsz)
{
    char shown[160];
    if (strlen(line) != len) {
        snprintf(err, errsz, "NUL byte in line");
        return false;
    }
    char *eq = strchr(line, '=');
    if (!eq) {
        snprintf(err, errsz, "expected 'key = value', got '%s'", visible(trim(line), shown, sizeof shown));
        return false;
    }
    *eq = '\0';
    char *key = trim(line), *value = trim(eq + 1);
    size_t vlen = strlen(value);
    if (vlen >= 2 && value[0] == '"' && value[vlen - 1] == '"') {
        value[vlen - 1] = '\0';
        value++;
    }
    if (key[0] == '\0') {
        snprintf(err, errsz, "missing key before '='");
        return false;
    }
    const struct cli_option *opt = NULL;
    for (size_t i = 0; i < cli_noptions && !opt; i++)
        if (strcmp(cli_options[i].name, key) == 0)
            opt = &cli_options[i];
    if (!opt) {
        snprintf(err, errsz, "unknown key '%s'", visible(key, shown, sizeof shown));
        return false;
    }
    if (!opt->config) {
        snprintf(err, errsz, "'%s' cannot be set in the config file (use --%s)", key, key);
        return false;
    }
    if (value[0] == '\0') {
        snprintf(err, errsz, "missing value for '%s'", key);
        return false;
    }
    char msg[256];
    if (!opt->apply(o, opt, value, msg, sizeof msg)) {
        snprintf(err, errsz, "%s", visible(msg, shown, sizeof shown));
        return false;
    }
    return true;
}

int cli_config_load(struct cli_opts *o, const char *path, bool required, FILE *err)
{
    char name[512];
    visible(path, name, sizeof name); /* $XDG_CONFIG_HOME may hold anything */
    /* Non-blocking, so that a FIFO (or a device) named as the config
     * cannot hang every command; then regular files only. */
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    struct stat st = {0};
    if (fd < 0) {
        if (required || errno != ENOENT)
            fprintf(err, "dokpamo: %s: %s\n", name, strerror(errno));
        return -1;
    }
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        fprintf(err, "dokpamo: %s: %s\n", name,
                S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file");
        close(fd);
        return -1;
    }
    FILE *f = fdopen(fd, "rb");
    if (!f) {
        fprintf(err, "dokpamo: %s: %s\n", name, strerror(errno));
        close(fd);
        return -1;
    }
    size_t len = 0;
    bool too_big;
    char *text = slurp(f, &len, &too_big);
    int read_errno = errno;
    fclose(f);
    if (!text) {
        fprintf(err, "dokpamo: %s: %s\n", name,
                too_big ? "config file larger than 256 KiB, ignored" : strerror(read_errno));
        return -1;
    }
    /* Values may point into the text: it lives as long as o. */
    free(o->owned);
    o->owned = text;

    int bad = 0;
    unsigned lineno = 0;
    char *p = text, *end = text + len;
    while (p < end) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *line_end = nl ? nl : end;
        *line_end = '\0';
        lineno++;
        size_t line_len = (size_t)(line_end - p);
        char *s = p;
        p = line_end + 1;
        if (lineno == 1 && line_len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0) {
            s += 3; /* UTF-8 byte-order mark */
            line_len -= 3;
        }
        char *t = s;
        while (*t == ' ' || *t == '\t' || *t == '\r')
            t++;
        if ((*t == '\0' && (size_t)(t - s) == line_len) || *t == '#')
            continue;
        char msg[320];
        if (!config_line(o, s, line_len, msg, sizeof msg)) {
            fprintf(err, "%s:%u: %s\n", name, lineno, msg);
            bad++;
        }
    }
    return bad;
}
