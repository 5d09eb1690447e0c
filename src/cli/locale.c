/* SPDX-License-Identifier: GPL-2.0-or-later */
/* locale.c — the locale: setting it up, whether it can show Hangul, and
 * the one rule for the language a run starts in. */
#include "config.h"
#include "cli.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The locale the environment asks for (LC_ALL, LC_CTYPE, then LANG, as
 * setlocale() reads them), "C" when none. */
const char *cli_locale_name(void)
{
    static const char *const vars[] = {"LC_ALL", "LC_CTYPE", "LANG"};
    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v)
            return v;
    }
    return "C";
}

static bool is_utf8_name(const char *cs, size_t len)
{
    return (len == 5 && strncasecmp(cs, "UTF-8", 5) == 0) || (len == 4 && strncasecmp(cs, "utf8", 4) == 0);
}

bool cli_locale_utf8(void)
{
    const char *cs = nl_langinfo(CODESET);
    return cs && is_utf8_name(cs, strlen(cs));
}

/* True when the name says a codeset that is not UTF-8 (ko_KR.EUC-KR,
 * en_US.ISO-8859-1): a terminal set up for it cannot take UTF-8 either. */
static bool names_other_codeset(const char *name)
{
    const char *dot = strchr(name, '.');
    if (!dot)
        return false;
    size_t len = strcspn(dot + 1, "@");
    return len > 0 && !is_utf8_name(dot + 1, len);
}

void cli_locale_init(bool ssh)
{
    if (setlocale(LC_ALL, "") && (!ssh || cli_locale_utf8()))
        return;
    /* Over SSH always C.UTF-8 (doc/serving.md); here, unless the locale
     * asked for names a codeset that is not UTF-8. */
    if (!ssh && names_other_codeset(cli_locale_name())) {
        setlocale(LC_ALL, "C");
        return;
    }
    if (!setlocale(LC_ALL, "C.UTF-8") && !setlocale(LC_ALL, "C.utf8"))
        setlocale(LC_ALL, "C");
}

enum dp_lang cli_locale_lang(const struct cli_opts *o, bool browser, bool *switched)
{
    *switched = false;
    if (o->lang != DP_LANG_KO || cli_locale_utf8() || (!browser && o->lang_given))
        return o->lang;
    *switched = true;
    return DP_LANG_EN;
}
