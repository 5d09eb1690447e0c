/* SPDX-License-Identifier: GPL-2.0-or-later */
/* keys.c — the key table (keys.def): dispatch, key names, hints, help. */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include "text.h"
#include "tui/provide_curses.h"
#include "tui/app.h"

struct key_entry {
    enum action act;
    enum key_section section;
    enum vocab_id hint; /* V_NOWORD: not on the bottom line */
    enum vocab_id help;
    const int *keys;
};

#define DP_KEY(name, section, hint, ...) static const int keys_##name[] = {__VA_ARGS__, 0};
#include "tui/keys.def"
#undef DP_KEY

static const struct key_entry key_table[] = {
#define DP_KEY(name, section, hint, ...) {ACT_##name, SEC_##section, V_##hint, V_HELP_##name, keys_##name},
#include "tui/keys.def"
#undef DP_KEY
};

static const enum vocab_id section_titles[SEC_COUNT] = {
    [SEC_MOVE] = V_SEC_MOVE, [SEC_PANES] = V_SEC_PANES, [SEC_FIND] = V_SEC_FIND,
    [SEC_SORT] = V_SEC_SORT, [SEC_VIEW] = V_SEC_VIEW,   [SEC_COMPARE] = V_SEC_COMPARE,
};

enum action keys_action(int key)
{
    for (size_t i = 0; i < sizeof key_table / sizeof key_table[0]; i++)
        for (const int *k = key_table[i].keys; *k; k++)
            if (*k == key)
                return key_table[i].act;
    return ACT_NONE;
}

static const struct {
    int key;
    const char *name;
} key_names[] = {
    {KEY_DOWN, "Down"},      {KEY_UP, "Up"},
    {KEY_LEFT, "Left"},      {KEY_RIGHT, "Right"},
    {KEY_NPAGE, "PgDn"},     {KEY_PPAGE, "PgUp"},
    {KEY_HOME, "Home"},      {KEY_END, "End"},
    {KEY_BTAB, "Shift-Tab"}, {KEY_ENTER, "Enter"},
    {'\n', "Enter"},         {'\r', "Enter"},
    {'\t', "Tab"},           {27, "Esc"},
    {' ', "space"},          {KEY_BACKSPACE, "Backspace"},
    {KEY_DC, "Delete"},      {KEY_RESIZE, "Resize"},
    {KEY_MOUSE, "Mouse"},
};

const char *keys_name(int key, char *buf, size_t bufsz)
{
    for (size_t i = 0; i < sizeof key_names / sizeof key_names[0]; i++)
        if (key_names[i].key == key) {
            snprintf(buf, bufsz, "%s", key_names[i].name);
            return buf;
        }
    if (key >= KEY_F(1) && key <= KEY_F(12))
        snprintf(buf, bufsz, "F%d", key - KEY_F(0));
    else if (key > 0 && key < 32)
        snprintf(buf, bufsz, "Ctrl-%c", key + '@');
    else if (key > 32 && key < 127)
        snprintf(buf, bufsz, "%c", key);
    else
        snprintf(buf, bufsz, "#%d", key);
    return buf;
}

/* Which hints give way first when the bottom line is too narrow: the
 * last of this list first; `? help` and `q quit` never. */
static const enum action hint_priority[] = {
    ACT_HELP,   ACT_QUIT, ACT_SEARCH, ACT_SORT_NEXT, ACT_MARK,   ACT_COMPARE, ACT_FILTER,
    ACT_DETAIL, ACT_LANG, ACT_ZOOM,   ACT_PANE_1,    ACT_PANE_2, ACT_PANE_3,  ACT_PANE_4,
};
#define NPRIORITY (sizeof hint_priority / sizeof hint_priority[0])

/* Rank of an action in hint_priority (lower is kept longer). */
static size_t hint_rank(enum action act)
{
    for (size_t i = 0; i < NPRIORITY; i++)
        if (hint_priority[i] == act)
            return i;
    return NPRIORITY;
}

void keys_hints(enum dp_lang lang, char *buf, size_t bufsz, int width)
{
    enum { NTABLE = sizeof key_table / sizeof key_table[0] };
    char text[NTABLE][64];
    int w[NTABLE];
    bool keep[NTABLE];
    int total = 0, shown = 0;
    for (size_t i = 0; i < NTABLE; i++) {
        const struct key_entry *e = &key_table[i];
        char name[32];
        keep[i] = e->hint != V_NOWORD;
        if (!keep[i])
            continue;
        snprintf(text[i], sizeof text[i], "%s %s", keys_name(e->keys[0], name, sizeof name),
                 vocab(e->hint, lang));
        w[i] = text_width(text[i]);
        total += w[i] + (shown++ ? 2 : 0);
    }
    /* Drop the lowest-ranked hints until the line fits (never ranks 0
     * and 1: help and quit). */
    for (size_t r = NPRIORITY; r >= 2 && total > width; r--)
        for (size_t i = 0; i < NTABLE && total > width; i++)
            if (keep[i] && hint_rank(key_table[i].act) == r) {
                keep[i] = false;
                total -= w[i] + (--shown ? 2 : 0);
            }
    /* Then take back, in priority order, any dropped hint that fits. */
    for (size_t r = 2; r < NPRIORITY; r++)
        for (size_t i = 0; i < NTABLE; i++)
            if (!keep[i] && key_table[i].hint != V_NOWORD && hint_rank(key_table[i].act) == r &&
                total + w[i] + (shown ? 2 : 0) <= width) {
                keep[i] = true;
                total += w[i] + (shown++ ? 2 : 0);
            }
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < NTABLE; i++) {
        if (!keep[i])
            continue;
        int n = snprintf(buf + len, bufsz - len, "%s%s", len ? "  " : "", text[i]);
        if (n < 0 || (size_t)n >= bufsz - len)
            break;
        len += (size_t)n;
    }
}

void keys_help(enum dp_lang lang, void (*cb)(void *arg, const char *keys, const char *help), void *arg)
{
    for (int s = 0; s < SEC_COUNT; s++) {
        cb(arg, NULL, vocab(section_titles[s], lang));
        for (size_t i = 0; i < sizeof key_table / sizeof key_table[0]; i++) {
            const struct key_entry *e = &key_table[i];
            char keys[96] = "", name[32], prev[32] = "";
            size_t len = 0;
            if ((int)e->section != s)
                continue;
            for (const int *k = e->keys; *k; k++) {
                /* Enter has three codes; show it once. */
                keys_name(*k, name, sizeof name);
                if (strcmp(prev, name) == 0)
                    continue;
                memcpy(prev, name, sizeof prev);
                int n = snprintf(keys + len, sizeof keys - len, "%s%s", len ? ", " : "", name);
                if (n < 0 || (size_t)n >= sizeof keys - len)
                    break;
                len += (size_t)n;
            }
            cb(arg, keys, vocab(e->help, lang));
        }
    }
}
