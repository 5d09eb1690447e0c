/* SPDX-License-Identifier: GPL-2.0-or-later */
/* keys.c — the key table (keys.def): dispatch, key names, hints, help. */
#include "config.h"

#include <stdio.h>
#include <string.h>

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

void keys_hints(enum dp_lang lang, char *buf, size_t bufsz)
{
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < sizeof key_table / sizeof key_table[0]; i++) {
        const struct key_entry *e = &key_table[i];
        char name[32];
        if (e->hint == V_NOWORD)
            continue;
        int n = snprintf(buf + len, bufsz - len, "%s%s %s", len ? "  " : "",
                         keys_name(e->keys[0], name, sizeof name), vocab(e->hint, lang));
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
