/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_config.c — the config file reader and the option table. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "tap.h"
#include "text.h"

static char dir[] = "/tmp/dokpamo-config-XXXXXX";

/* Writes text (len bytes) to a file in dir and returns its path. */
static const char *write_config(const char *name, const char *text, size_t len)
{
    static char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(text, 1, len, f) != len || fclose(f) != 0) {
        printf("Bail out! cannot write %s\n", path);
        exit(1);
    }
    return path;
}

/* Loads text as a config file into *o (initialised first); the messages
 * go into msgs. Returns the count of bad lines. */
static int load(struct cli_opts *o, const char *text, size_t len, char *msgs, size_t msgsz)
{
    const char *path = write_config("config", text, len);
    msgs[0] = '\0';
    FILE *err = fmemopen(msgs, msgsz, "w");
    cli_opts_init(o);
    int bad = cli_config_load(o, path, true, err);
    fclose(err);
    return bad;
}

#define LOAD(o, text, msgs) load(o, text, sizeof text - 1, msgs, sizeof msgs)

static void test_valid(void)
{
    struct cli_opts o;
    char msgs[1024] = "";
    int bad = LOAD(&o,
                   "# a comment\n"
                   "\n"
                   "   # an indented comment\n"
                   "lang = en\n"
                   "format=tsv\n"
                   "  units   =   kr  \n"
                   "ambiguous = wide\n"
                   "ascii = yes\n"
                   "color = never\n"
                   "sort = \"-params_total_b,name\"\n"
                   "sort.params = -params_active_b\n"
                   "sort.eval = stage,-total\n",
                   msgs);
    is_int(bad, 0, "valid file: no bad lines");
    is_str(msgs, "", "valid file: nothing on stderr");
    ok(o.lang == DP_LANG_EN, "lang = en");
    ok(o.format == OUT_TSV, "format=tsv (no spaces)");
    ok(o.korean_units, "units = kr (surrounding blanks trimmed)");
    ok(o.ambiguous_wide && (o.text_flags & TEXT_AMBIG_WIDE), "ambiguous = wide sets the text flag");
    ok(o.ascii && (o.text_flags & TEXT_ASCII), "ascii = yes");
    ok(!o.color, "color = never");
    is_str(o.sort, "-params_total_b,name", "a value in double quotes");
    is_str(o.pane_sort[CLI_PANE_PARAMS], "-params_active_b", "sort.params");
    is_str(o.pane_sort[CLI_PANE_EVAL], "stage,-total", "sort.eval");
    ok(o.pane_sort[CLI_PANE_ARCH] == NULL, "sort.arch unset");
    cli_opts_free(&o);
}

static void test_bad_lines(void)
{
    struct cli_opts o;
    char msgs[2048] = "";
    int bad = LOAD(&o,
                   "lang = en\n"
                   "colour = never\n"     /* 2: unknown key */
                   "just some words\n"    /* 3: no '=' */
                   "= en\n"               /* 4: no key */
                   "units =\n"            /* 5: no value */
                   "format = yaml\n"      /* 6: bad value */
                   "data = /etc/passwd\n" /* 7: not allowed in the file */
                   "ascii = maybe\n"      /* 8: not a boolean */
                   "sort.arch = ,-\n"     /* 9: bad sort syntax */
                   "bad\033[31m = 1\n"    /* 10: control character */
                   "units = kr\n",
                   msgs);
    is_int(bad, 9, "nine bad lines counted");
    ok(o.lang == DP_LANG_EN && o.korean_units, "the good lines around them still apply");
    ok(o.format == OUT_TABLE, "a bad value leaves the default");
    ok(o.data == NULL, "data is not taken from the config file");
    char want[64];
    const char *expect[] = {
        ":2: unknown key 'colour'",
        ":3: expected 'key = value', got 'just some words'",
        ":4: missing key before '='",
        ":5: missing value for 'units'",
        ":6: format takes table, tsv, csv, json or md, not 'yaml'",
        ":7: 'data' cannot be set in the config file (use --data)",
        ":8: ascii takes yes or no",
        ":9: sort.arch takes KEY[,KEY]",
        ":10: unknown key 'bad\\e[31m'",
    };
    for (size_t i = 0; i < sizeof expect / sizeof expect[0]; i++) {
        snprintf(want, sizeof want, "config%s", expect[i]);
        if (!ok(strstr(msgs, want) != NULL, "reported as FILE:LINE: %s", expect[i] + 1))
            printf("#   messages:\n%s", msgs);
    }
    ok(strchr(msgs, '\033') == NULL, "no raw escape character reaches stderr");
    size_t lines = 0;
    for (const char *p = msgs; *p; p++)
        lines += *p == '\n';
    is_int(lines, 9, "one message per bad line");
    cli_opts_free(&o);
}

static void test_odd_files(void)
{
    struct cli_opts o;
    char msgs[1024] = "";
    int bad = LOAD(&o, "\xef\xbb\xbflang = en\r\nunits = kr\r\n", msgs);
    is_int(bad, 0, "byte-order mark and CRLF line ends accepted");
    ok(o.lang == DP_LANG_EN && o.korean_units, "values read through BOM and CRLF");
    cli_opts_free(&o);

    bad = LOAD(&o, "lang = en\nunits = k\0r\nascii = on", msgs);
    is_int(bad, 1, "a NUL byte makes its line bad");
    ok(strstr(msgs, "config:2: NUL byte") != NULL, "NUL byte reported with its line");
    ok(o.ascii, "a last line without newline applies");
    cli_opts_free(&o);

    bad = LOAD(&o, "", msgs);
    is_int(bad, 0, "an empty file is fine");
    cli_opts_free(&o);

    char path[300];
    snprintf(path, sizeof path, "%s/missing", dir);
    msgs[0] = '\0';
    FILE *err = fmemopen(msgs, sizeof msgs, "w");
    cli_opts_init(&o);
    is_int(cli_config_load(&o, path, false, err), -1, "a missing default file: -1");
    fclose(err);
    is_str(msgs, "", "a missing default config file is silent");
    err = fmemopen(msgs, sizeof msgs, "w");
    is_int(cli_config_load(&o, path, true, err), -1, "a missing --config file: -1");
    fclose(err);
    ok(strstr(msgs, "missing: No such file") != NULL, "a missing --config file is reported");
}

/* Command line beats config file beats environment beats defaults. */
static void test_precedence(void)
{
    struct cli_opts o;
    char msgs[1024] = "";
    setenv("NO_COLOR", "1", 1);
    setenv("DOKPAMO_AMBIGUOUS", "wide", 1);
    LOAD(&o, "lang = en\nformat = csv\ncolor = always\nambiguous = narrow\n", msgs);
    ok(o.color, "config color = always beats NO_COLOR");
    ok(!o.ambiguous_wide && !(o.text_flags & TEXT_AMBIG_WIDE), "config ambiguous beats DOKPAMO_AMBIGUOUS");
    char a0[] = "list", a1[] = "--lang=ko", a2[] = "--color", a3[] = "never";
    char *argv[] = {a0, a1, a2, a3, NULL};
    int argc = 4;
    char err[256];
    ok(cli_parse(&o, &argc, argv, err, sizeof err), "command line parsed");
    ok(o.lang == DP_LANG_KO, "--lang beats the config file");
    ok(!o.color, "--color beats the config file");
    ok(o.format == OUT_CSV, "config file beats the default");
    is_int(argc, 1, "operands left");
    cli_opts_free(&o);

    cli_opts_init(&o);
    ok(!o.color && o.ambiguous_wide, "without a config file the environment applies");
    LOAD(&o, "theme = mono\n", msgs);
    ok(!o.color && o.theme == CLI_THEME_MONO, "theme = mono: no colour");
    cli_opts_free(&o);
    unsetenv("NO_COLOR");
    unsetenv("DOKPAMO_AMBIGUOUS");
}

static void test_table(void)
{
    struct cli_opts o;
    char err[256];
    cli_opts_init(&o);
    char a0[] = "--sort.params=name";
    char *argv[] = {a0, NULL};
    int argc = 1;
    ok(!cli_parse(&o, &argc, argv, err, sizeof err), "config-only keys are not command-line options");
    ok(strstr(err, "config file") != NULL, "... and the message says where they belong");
    for (size_t i = 0; i < cli_noptions; i++) {
        const struct cli_option *opt = &cli_options[i];
        ok(opt->apply != NULL && (!opt->config_only || opt->config), "option %s: setter, consistent flags",
           opt->name);
        for (size_t j = 0; j < i; j++)
            if (strcmp(cli_options[j].name, opt->name) == 0 ||
                (opt->short_name && cli_options[j].short_name == opt->short_name))
                ok(0, "option %s is unique", opt->name);
    }
    ok(cli_apply(&o, "lang", "en", err, sizeof err) && o.lang == DP_LANG_EN, "cli_apply by name");
    ok(!cli_apply(&o, "nope", "x", err, sizeof err), "cli_apply: unknown name");
    ok(!cli_apply(&o, "lang", NULL, err, sizeof err), "cli_apply: missing value");
    cli_opts_free(&o);
}

static void test_path(void)
{
    char buf[256];
    setenv("XDG_CONFIG_HOME", "/x/conf", 1);
    setenv("HOME", "/home/u", 1);
    is_str(cli_config_path(buf, sizeof buf), "/x/conf/dokpamo/config", "$XDG_CONFIG_HOME/dokpamo/config");
    setenv("XDG_CONFIG_HOME", "relative", 1);
    is_str(cli_config_path(buf, sizeof buf), "/home/u/.config/dokpamo/config",
           "a relative XDG_CONFIG_HOME is ignored");
    unsetenv("XDG_CONFIG_HOME");
    is_str(cli_config_path(buf, sizeof buf), "/home/u/.config/dokpamo/config",
           "default ~/.config/dokpamo/config");
    unsetenv("HOME");
    ok(cli_config_path(buf, sizeof buf) == NULL, "no HOME, no XDG_CONFIG_HOME: no config file");
    setenv("HOME", "/home/u", 1);
    ok(cli_config_path(buf, 8) == NULL, "a path that does not fit: none");
}

int main(void)
{
    if (!mkdtemp(dir)) {
        printf("Bail out! mkdtemp\n");
        return 1;
    }
    test_valid();
    test_bad_lines();
    test_odd_files();
    test_precedence();
    test_table();
    test_path();
    char path[300];
    snprintf(path, sizeof path, "%s/config", dir);
    unlink(path);
    rmdir(dir);
    return tap_done();
}
