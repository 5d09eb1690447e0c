/* SPDX-License-Identifier: GPL-2.0-or-later */
/* print.c — leaving the screen to print text on the terminal itself, then
 * coming back: the export of a --ssh session, which writes no file. The
 * text lands in the terminal's own screen and scrollback (the browser's
 * screen is the alternate one), where the user can select and copy it.
 * Every line goes through text_display(), so nothing from the data reaches
 * the terminal raw. */
#include "config.h"

#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tui/provide_curses.h"
#include "vocab.h"
#include "tui/app.h"

/* The display-safe form of text, line by line, "\n" after each line. */
static char *print_safe(const char *text, size_t len, unsigned flags, size_t *outlen)
{
    size_t cap = len + 64, n = 0;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    for (size_t i = 0; i < len;) {
        const char *nl = memchr(text + i, '\n', len - i);
        size_t l = nl ? (size_t)(nl - (text + i)) : len - i;
        char *line = text_display(text + i, l, flags);
        if (!line) {
            free(out);
            return NULL;
        }
        size_t ll = strlen(line);
        if (n + ll + 2 > cap) {
            cap = (n + ll + 2) * 2;
            char *grown = realloc(out, cap);
            if (!grown) {
                free(line);
                free(out);
                return NULL;
            }
            out = grown;
        }
        memcpy(out + n, line, ll + 1); /* the NUL is overwritten next */
        n += ll;
        out[n++] = '\n';
        free(line);
        i += l + (nl ? 1 : 0);
    }
    *outlen = n;
    return out;
}

/* Writes all of buf to fd; false on a write error (the client is gone). */
static bool write_all(int fd, const char *buf, size_t len)
{
    while (len > 0) {
        ssize_t w = write(fd, buf, len);
        if (w < 0 && errno == EINTR && !app_signal())
            continue;
        if (w <= 0)
            return false;
        buf += w;
        len -= (size_t)w;
    }
    return true;
}

/* Waits for Enter on the terminal (left in its normal, line-by-line mode
 * by endwin()). False when the session should end: end of input, a read
 * error, a signal that quits, or the idle timeout. */
static bool wait_enter(const struct app *a)
{
    for (;;) {
        struct pollfd p = {.fd = STDIN_FILENO, .events = POLLIN};
        int timeout = a->opt.idle_exit_ms > 0 ? (int)a->opt.idle_exit_ms : -1;
        int rc = poll(&p, 1, timeout);
        if (app_signal())
            return false;
        if (rc < 0 && errno == EINTR)
            continue; /* a resize */
        if (rc <= 0)
            return false;
        char buf[256];
        ssize_t n = read(STDIN_FILENO, buf, sizeof buf);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        if (memchr(buf, '\n', (size_t)n) || memchr(buf, '\r', (size_t)n))
            return true;
    }
}

enum reaction app_print_text(struct app *a, const char *text, size_t len, const char *what)
{
    enum dp_lang lang = a->opt.lang;
    size_t n = 0;
    char *safe = text ? print_safe(text, len, a->tflags, &n) : NULL;
    if (!safe) {
        app_set_msg(a, "%s", vocab(V_OUT_OF_MEMORY, lang));
        return R_REDRAW;
    }
    char tail[256];
    snprintf(tail, sizeof tail, "\n(%s: %s)\n", what, vocab(V_PRINTED_RETURN, lang));
    if (a->headless) { /* the screen dumps go to stdout too */
        fwrite(safe, 1, n, stdout);
        fputs(tail, stdout);
        free(safe);
        app_set_msg(a, "%s: %s", what, vocab(V_PRINTED, lang));
        return R_REDRAW;
    }
    def_prog_mode();
    endwin();
    bool alive = write_all(STDOUT_FILENO, "\n", 1) && write_all(STDOUT_FILENO, safe, n) &&
                 write_all(STDOUT_FILENO, tail, strlen(tail)) && wait_enter(a);
    free(safe);
    reset_prog_mode();
    if (!alive)
        return R_QUIT;
    clearok(curscr, TRUE);
    app_set_msg(a, "%s: %s", what, vocab(V_PRINTED, lang));
    return R_REDRAW;
}
