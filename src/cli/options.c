/* options.c — the one option table, for argv (and the config file). */
#include "config.h"
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

const struct cli_option cli_options[] = {
    {"data", 'd', "FILE", "use FILE as the dataset (also $DOKPAMO_DATA)", false},
    {"format", 'f', "FMT", "output format: table, tsv, csv, json, md", true},
    {"sort", 's', "KEYS", "sort by KEY[,KEY]; -KEY sorts descending", true},
    {"filter", 'F', "EXPR", "keep rows where KEY=VALUE (also != > < >= <= ~), comma-joined", false},
    {"lang", 'l', "LANG", "names in ko (Korean) or en (English)", true},
    {"diff", 0, NULL, "compare: only rows whose values differ", false},
    {"units", 'u', "UNITS", "parameter units: b (billions) or kr (억/조)", true},
    {"ascii", 0, NULL, "ASCII borders, bars and text only", true},
    {"ambiguous", 0, "WIDTH", "narrow or wide: how the terminal draws ambiguous-width characters", true},
    {"color", 0, "WHEN", "auto, always or never (NO_COLOR is honoured)", true},
    {"headless-script", 0, "FILE", "browser: read keys from FILE, draw into memory, dump screens (tests)", false},
    {"size", 0, "COLSxROWS", "browser: screen size for --headless-script", false},
    {"help", 'h', NULL, "show this help and exit", false},
    {"version", 'V', NULL, "show the version and the dataset's date, and exit", false},
};
const size_t cli_noptions = sizeof cli_options / sizeof cli_options[0];

void cli_opts_init(struct cli_opts *o)
{
    memset(o, 0, sizeof *o);
    o->format = OUT_TABLE;
    o->lang = DP_LANG_KO;
    o->color = getenv("NO_COLOR") == NULL || getenv("NO_COLOR")[0] == '\0';
    o->cols = 80;
    o->rows = 24;
    const char *amb = getenv("DOKPAMO_AMBIGUOUS");
    if (amb && strcmp(amb, "wide") == 0) {
        o->ambiguous_wide = true;
        o->text_flags |= TEXT_AMBIG_WIDE;
    }
}

bool cli_apply(struct cli_opts *o, const char *name, const char *value, char *err, size_t errsz)
{
#define IS(n) (strcmp(name, n) == 0)
    if (IS("data")) {
        o->data = value;
    } else if (IS("format")) {
        int f = out_format_parse(value);
        if (f < 0) {
            snprintf(err, errsz, "unknown format '%s' (table, tsv, csv, json, md)", value);
            return false;
        }
        o->format = (enum out_format)f;
    } else if (IS("sort")) {
        o->sort = value;
    } else if (IS("filter")) {
        o->filter = value;
    } else if (IS("lang")) {
        if (strcmp(value, "ko") != 0 && strcmp(value, "en") != 0) {
            snprintf(err, errsz, "unknown language '%s' (ko, en)", value);
            return false;
        }
        o->lang = value[0] == 'k' ? DP_LANG_KO : DP_LANG_EN;
    } else if (IS("diff")) {
        o->diff = true;
    } else if (IS("units")) {
        if (strcmp(value, "b") != 0 && strcmp(value, "kr") != 0) {
            snprintf(err, errsz, "unknown units '%s' (b, kr)", value);
            return false;
        }
        o->korean_units = value[0] == 'k';
    } else if (IS("ascii")) {
        o->ascii = true;
        o->text_flags |= TEXT_ASCII;
    } else if (IS("ambiguous")) {
        if (strcmp(value, "wide") != 0 && strcmp(value, "narrow") != 0) {
            snprintf(err, errsz, "--ambiguous takes narrow or wide, not '%s'", value);
            return false;
        }
        o->ambiguous_wide = value[0] == 'w';
        if (o->ambiguous_wide)
            o->text_flags |= TEXT_AMBIG_WIDE;
        else
            o->text_flags &= ~(unsigned)TEXT_AMBIG_WIDE;
    } else if (IS("color")) {
        if (strcmp(value, "never") == 0)
            o->color = false;
        else if (strcmp(value, "always") == 0)
            o->color = true;
        else if (strcmp(value, "auto") != 0) {
            snprintf(err, errsz, "--color takes auto, always or never, not '%s'", value);
            return false;
        }
    } else if (IS("headless-script")) {
        o->headless_script = value;
    } else if (IS("size")) {
        int c, r;
        char x;
        if (sscanf(value, "%d%c%d", &c, &x, &r) != 3 || x != 'x' || c < 1 || r < 1 || c > 1000 || r > 1000) {
            snprintf(err, errsz, "--size takes COLSxROWS, e.g. 80x24, not '%s'", value);
            return false;
        }
        o->cols = c;
        o->rows = r;
    } else if (IS("help")) {
        o->help = true;
    } else if (IS("version")) {
        o->version = true;
    } else {
        snprintf(err, errsz, "unknown option '%s'", name);
        return false;
    }
    return true;
#undef IS
}

static const struct cli_option *find_long(const char *name, size_t len)
{
    for (size_t i = 0; i < cli_noptions; i++)
        if (strlen(cli_options[i].name) == len && strncmp(cli_options[i].name, name, len) == 0)
            return &cli_options[i];
    return NULL;
}

static const struct cli_option *find_short(char c)
{
    for (size_t i = 0; i < cli_noptions; i++)
        if (cli_options[i].short_name == c)
            return &cli_options[i];
    return NULL;
}

bool cli_parse(struct cli_opts *o, int *argcp, char **argv, char *err, size_t errsz)
{
    int argc = *argcp, nops = 0;
    bool only_operands = false;
    for (int i = 0; i < argc; i++) {
        char *a = argv[i];
        if (only_operands || a[0] != '-' || a[1] == '\0') {
            argv[nops++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_operands = true;
            continue;
        }
        const struct cli_option *opt;
        const char *value = NULL;
        if (a[1] == '-') {
            const char *eq = strchr(a + 2, '=');
            size_t len = eq ? (size_t)(eq - a - 2) : strlen(a + 2);
            opt = find_long(a + 2, len);
            if (!opt) {
                snprintf(err, errsz, "unknown option '%.*s'", (int)len + 2, a);
                return false;
            }
            if (eq && !opt->arg) {
                snprintf(err, errsz, "option '--%s' takes no value", opt->name);
                return false;
            }
            value = eq ? eq + 1 : NULL;
        } else {
            opt = find_short(a[1]);
            if (!opt) {
                snprintf(err, errsz, "unknown option '-%c'", a[1]);
                return false;
            }
            if (a[2] && opt->arg)
                value = a + 2;
            else if (a[2]) {
                snprintf(err, errsz, "option '-%c' takes no value", a[1]);
                return false;
            }
        }
        if (opt->arg && !value) {
            if (i + 1 >= argc) {
                snprintf(err, errsz, "option '--%s' needs a value (%s)", opt->name, opt->arg);
                return false;
            }
            value = argv[++i];
        }
        if (!cli_apply(o, opt->name, value, err, errsz))
            return false;
    }
    argv[nops] = NULL;
    *argcp = nops;
    return true;
}

void cli_usage(FILE *f)
{
    fputs("Usage: dokpamo [OPTION]... [COMMAND [ARG]...]\n"
          "Browse and compare the models of Korea's sovereign AI foundation-model project\n"
          "(독자 AI 파운데이션 모델).\n"
          "\n"
          "Commands:\n"
          "  (none)                 open the browser on the dataset\n"
          "  list                   list every model (--sort, --filter, --format, --lang)\n"
          "  show NAME              a consortium or model, by any name, alias or 초성\n"
          "  compare NAME NAME...   models side by side (--diff, --format)\n"
          "  validate [FILE]        check a dataset and report every problem\n"
          "\n"
          "Options:\n",
          f);
    for (size_t i = 0; i < cli_noptions; i++) {
        const struct cli_option *o = &cli_options[i];
        char left[48];
        if (o->short_name)
            snprintf(left, sizeof left, "-%c, --%s%s%s", o->short_name, o->name, o->arg ? " " : "", o->arg ? o->arg : "");
        else
            snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg ? "=" : "", o->arg ? o->arg : "");
        fprintf(f, "  %-28s %s\n", left, o->help);
    }
    fputs("\n"
          "Sort keys (list): name consortium params_total_b params_active_b active_share\n"
          "  architecture modalities context_tokens license released id source\n"
          "Filter examples: architecture=moe  consortium=lg  params_total_b>=100  name~엑사\n"
          "\n"
          "Exit status: 0 ok, 1 nothing matched, 2 usage error, 65 bad data, 66 file missing.\n"
          "Environment: DOKPAMO_DATA, DOKPAMO_AMBIGUOUS=wide, NO_COLOR.\n",
          f);
}
