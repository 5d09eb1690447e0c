/* SPDX-License-Identifier: GPL-2.0-or-later */
/* test_uri.c — text_uri(): what a URL from the data may carry into a
 * terminal link (OSC 8) or the clipboard (OSC 52). */
#include "config.h"

#include <string.h>

#include "text.h"
#include "../tap.h"

static char buf[TEXT_URI_MAX + 1];

static const char *uri(const char *s)
{
    text_uri(buf, sizeof buf, s, strlen(s));
    return buf;
}

static void refused(const char *s, const char *why)
{
    size_t n = text_uri(buf, sizeof buf, s, strlen(s));
    ok(n == 0 && buf[0] == '\0', "refused: %s", why);
}

int main(void)
{
    is_str(uri("https://github.com/LG-AI-EXAONE/K-EXAONE-2.0"),
           "https://github.com/LG-AI-EXAONE/K-EXAONE-2.0", "a plain https URL unchanged");
    is_str(uri("http://example.com/a?b=c;d&e#f"), "http://example.com/a?b=c;d&e#f",
           "query, ';' and fragment kept");
    is_str(uri("HTTPS://Example.com/"), "HTTPS://Example.com/", "the scheme in capitals");
    is_str(uri("https://news.example.kr/기사/1"), "https://news.example.kr/%EA%B8%B0%EC%82%AC/1",
           "Hangul percent-encoded");
    is_int(text_uri(buf, sizeof buf, "https://a.kr/", 13), 13, "the length written");
    refused("https://evil.example/\033]52;c;ZXZpbA==\a", "ESC and BEL (an OSC 52 inside)");
    refused("https://evil.example/\033[2J", "ESC (a CSI)");
    refused("https://evil.example/\a", "BEL");
    refused("https://evil.example/\xc2\x9b"
            "2J",
            "C1 CSI (U+009B)");
    refused("https://evil.example/\xc2\x9d"
            "8;;x",
            "C1 OSC (U+009D)");
    refused("https://evil.example/\x7f", "DEL");
    refused("https://evil.example/\t", "TAB");
    refused("https://evil.example/a b", "a space");
    refused("https://evil.example/\xe2\x80\xae"
            "gpj",
            "a bidi override");
    refused("https://evil.example/\xff", "invalid UTF-8");
    refused("javascript:alert(1)", "another scheme");
    refused("file:///etc/passwd", "file:");
    refused("https://", "a scheme alone");
    refused("", "empty");
    ok(text_uri(buf, sizeof buf, NULL, 0) == 0, "NULL: refused");
    /* A NUL inside: the length, not the terminator, is the string. */
    ok(text_uri(buf, sizeof buf, "https://a.kr/\0x", 15) == 0, "a NUL inside the bytes");
    char small[8];
    ok(text_uri(small, sizeof small, "https://a.kr/long", 17) == 0 && small[0] == '\0', "too long for buf");
    static char big[TEXT_URI_MAX + 16];
    memcpy(big, "https://", 8);
    memset(big + 8, 'a', sizeof big - 9);
    big[sizeof big - 1] = '\0';
    refused(big, "longer than TEXT_URI_MAX");
    big[TEXT_URI_MAX] = '\0';
    is_int(text_uri(buf, sizeof buf, big, TEXT_URI_MAX), TEXT_URI_MAX, "TEXT_URI_MAX bytes pass");
    return tap_done();
}
