/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_ssh.c — the --ssh policy (include/ssh.h): no option that names a
 * file is open to a client, every option of the table has a decision,
 * the client's locale picks the language, the server's argv is read for
 * --ssh only before "--", and the environment is cut down. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

#include "ssh.h"
#include "tap.h"

static void test_allowed(void)
{
    char err[256];
    size_t nfile = 0;
    for (size_t i = 0; i < cli_noptions; i++) {
        const struct cli_option *o = &cli_options[i];
        bool allowed = cli_ssh_allowed(o, err, sizeof err);
        if (o->arg && strcmp(o->arg, "FILE") == 0) {
            nfile++;
            ok(!allowed, "--%s (takes a FILE) is refused over SSH", o->name);
        }
        if (!allowed)
            ok(strncmp(err, "--", 2) == 0 && strstr(err, o->name) && strstr(err, "over SSH"),
               "--%s: the refusal names it: %s", o->name, err);
    }
    ok(nfile >= 3, "the table has options that take a FILE (%zu)", nfile);
    static const char *const open[] = {"format", "sort", "filter", "lang", "help", "version"};
    static const char *const shut[] = {"data", "config", "headless-script", "idle-exit", "ssh"};
    for (size_t k = 0; k < sizeof open / sizeof open[0]; k++)
        for (size_t i = 0; i < cli_noptions; i++)
            if (strcmp(cli_options[i].name, open[k]) == 0)
                ok(cli_ssh_allowed(&cli_options[i], err, sizeof err), "--%s is open to a client", open[k]);
    for (size_t k = 0; k < sizeof shut / sizeof shut[0]; k++)
        for (size_t i = 0; i < cli_noptions; i++)
            if (strcmp(cli_options[i].name, shut[k]) == 0)
                ok(!cli_ssh_allowed(&cli_options[i], err, sizeof err), "--%s is refused", shut[k]);
    /* An option the table does not know yet is refused. */
    struct cli_option future = {.name = "new-option", .help = "x"};
    ok(!cli_ssh_allowed(&future, err, sizeof err), "an option added later is refused until allowed");
    is_str(err, "--new-option is not available over SSH", "... with a message");
}

static enum dp_lang lang_with(const char *lc_all, const char *lc_messages, const char *lang)
{
    const char *names[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    const char *values[] = {lc_all, lc_messages, lang};
    for (int i = 0; i < 3; i++) {
        if (values[i])
            setenv(names[i], values[i], 1);
        else
            unsetenv(names[i]);
    }
    return cli_ssh_lang((enum dp_lang) - 1);
}

static void test_lang(void)
{
    const enum dp_lang fallback = (enum dp_lang) - 1;
    is_int(lang_with(NULL, NULL, NULL), fallback, "no locale: the fallback");
    is_int(lang_with(NULL, NULL, "ko_KR.UTF-8"), DP_LANG_KO, "LANG=ko_KR.UTF-8: Korean");
    is_int(lang_with(NULL, NULL, "ko"), DP_LANG_KO, "LANG=ko: Korean");
    is_int(lang_with(NULL, NULL, "ko_KR@euro"), DP_LANG_KO, "LANG=ko_KR@euro: Korean");
    is_int(lang_with(NULL, NULL, "kok_IN.UTF-8"), DP_LANG_EN, "LANG=kok_IN (Konkani) is not Korean");
    is_int(lang_with(NULL, NULL, "en_GB.UTF-8"), DP_LANG_EN, "LANG=en_GB.UTF-8: English");
    is_int(lang_with(NULL, NULL, "de_DE.UTF-8"), DP_LANG_EN, "LANG=de_DE.UTF-8: English (no German UI)");
    is_int(lang_with(NULL, NULL, "C.UTF-8"), fallback, "LANG=C.UTF-8: the fallback");
    is_int(lang_with(NULL, NULL, "POSIX"), fallback, "LANG=POSIX: the fallback");
    is_int(lang_with("", "", "ko_KR.UTF-8"), DP_LANG_KO, "empty LC_ALL and LC_MESSAGES are skipped");
    is_int(lang_with("en_US.UTF-8", NULL, "ko_KR.UTF-8"), DP_LANG_EN, "LC_ALL beats LANG");
    is_int(lang_with(NULL, "ko_KR.UTF-8", "en_US.UTF-8"), DP_LANG_KO, "LC_MESSAGES beats LANG");
    is_int(lang_with("C", "ko_KR.UTF-8", NULL), fallback, "LC_ALL=C wins: the fallback");
}

static void test_wanted(void)
{
    char *a1[] = {"dokpamo", "--ssh", NULL};
    char *a2[] = {"dokpamo", "--idle-exit", "30", "--ssh", NULL};
    char *a3[] = {"dokpamo", "--", "--ssh", NULL};
    char *a4[] = {"dokpamo", "show", "x", NULL};
    char *a5[] = {"dokpamo", "--sshx", NULL};
    ok(cli_ssh_wanted(2, a1), "--ssh");
    ok(cli_ssh_wanted(4, a2), "--ssh after other options");
    ok(!cli_ssh_wanted(3, a3), "not after --");
    ok(!cli_ssh_wanted(3, a4), "not without it");
    ok(!cli_ssh_wanted(2, a5), "not --sshx");
}

static void test_env(void)
{
    setenv("HOME", "/home/someone", 1);
    setenv("XDG_CONFIG_HOME", "/home/someone/.config", 1);
    setenv("DOKPAMO_DATA", "/etc/passwd", 1);
    setenv("TERMINFO", "/home/someone/.terminfo", 1);
    setenv("EDITOR", "vi", 1);
    setenv("PAGER", "less", 1);
    setenv("SHELL", "/bin/sh", 1);
    setenv("TERM", "xterm-256color", 1);
    setenv("LANG", "ko_KR.UTF-8", 1);
    setenv("LC_CTYPE", "../../tmp/evil", 1);
    setenv("LC_TIME", "en_US.UTF-8", 1);
    setenv("NO_COLOR", "1", 1);
    setenv("SSH_ORIGINAL_COMMAND", "show 배키", 1);
    cli_ssh_clean_env();
    static const char *const gone[] = {"HOME",   "XDG_CONFIG_HOME", "DOKPAMO_DATA", "TERMINFO",
                                       "EDITOR", "PAGER",           "SHELL",        "LC_CTYPE"};
    for (size_t i = 0; i < sizeof gone / sizeof gone[0]; i++)
        ok(getenv(gone[i]) == NULL, "%s is gone", gone[i]);
    is_str(getenv("TERM"), "xterm-256color", "TERM stays");
    is_str(getenv("LANG"), "ko_KR.UTF-8", "LANG stays");
    is_str(getenv("LC_TIME"), "en_US.UTF-8", "LC_TIME stays");
    is_str(getenv("NO_COLOR"), "1", "NO_COLOR stays");
    is_str(getenv("SSH_ORIGINAL_COMMAND"), "show 배키", "SSH_ORIGINAL_COMMAND stays");
    setenv("TERM", "../../home/x/terminfo", 1);
    cli_ssh_clean_env();
    ok(getenv("TERM") == NULL, "a TERM that is a path is dropped");
    struct rlimit rl;
    ok(getrlimit(RLIMIT_CORE, &rl) == 0 && rl.rlim_cur == 0 && rl.rlim_max == 0, "no core dumps");
}

int main(void)
{
    test_allowed();
    test_lang();
    test_wanted();
    test_env();
    return tap_done();
}
