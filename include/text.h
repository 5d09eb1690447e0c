/* SPDX-License-Identifier: GPL-2.0-or-later */
/* text.h — UTF-8, NFC, grapheme clusters, display width, fitting,
 * sanitising, 초성 (choseong) search and Korean sort order.
 *
 * This is the only room that calls utf8proc. Every other room asks it.
 * Strings are NUL-terminated UTF-8 unless a length is passed.
 * Functions returning char * return malloc'd memory the caller frees;
 * they return NULL only when memory is exhausted.
 *
 * Width rules (see issue 3): a string is iterated by grapheme cluster; a
 * cluster's width is the sum of its code points' widths, with conjoining
 * vowel/final jamo (U+1160-U+11FF, U+D7B0-U+D7FF) forced to 0. Widths agree
 * with glibc's wcwidth() for every display-safe string, which is what
 * ncursesw and the terminal use.
 */
#ifndef DOKPAMO_TEXT_H
#define DOKPAMO_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Flags for text_display() and text_fit(). */
enum text_flags {
    TEXT_AMBIG_WIDE = 1 << 0, /* terminal draws East Asian Ambiguous wide:
                                 replace them with unambiguous equivalents */
    TEXT_ASCII = 1 << 1,      /* --ascii: ASCII borders, bars, marks and
                                 ellipsis; the text is kept */
    TEXT_ASCII_TEXT = 1 << 2, /* a locale that is not UTF-8 (with
                                 TEXT_ASCII): the text is ASCII too */
};

/* What text_check() found first in a string. */
enum text_issue {
    TEXT_OK,
    TEXT_BAD_UTF8, /* invalid, overlong, surrogate or > U+10FFFF */
    TEXT_NUL,      /* U+0000 inside the string */
    TEXT_ESCAPE,   /* ESC (escape sequences: CSI, OSC, DCS ...) */
    TEXT_CONTROL,  /* other C0/C1 control or DEL (TAB/LF/CR included) */
    TEXT_BIDI,     /* bidi embedding/override/isolate U+202A-E, U+2066-9 */
};

/* Checks s[0..len) and returns the first issue; *offset receives its byte
 * offset (may be NULL). */
enum text_issue text_check(const char *s, size_t len, size_t *offset);
/* Human name of an issue: "invalid UTF-8", "escape sequence", ... */
const char *text_issue_name(enum text_issue issue);

/* NFC of s[0..len); invalid UTF-8 sequences become U+FFFD. */
char *text_nfc(const char *s, size_t len);

/* The display-safe form of s[0..len) (see issue 3 §2): NFC; TAB/CR/LF/U+2028
 * as a space; escape sequences removed and shown as visible escapes
 * ("\e[2J", "\e]52;…"); other controls as visible escapes or U+FFFD; bidi
 * controls as "\u202e"; emoji reduced; code points glibc does not know as
 * U+FFFD; orphan jamo given a filler. With TEXT_ASCII_TEXT every
 * non-ASCII cluster becomes '?'. */
char *text_display(const char *s, size_t len, unsigned flags);
/* True when text_display() would return s unchanged (fast path for load):
 * printable ASCII, NFC Hangul syllables and compatibility jamo only. Holds
 * for flags 0, TEXT_ASCII and TEXT_AMBIG_WIDE; with TEXT_ASCII_TEXT only pure
 * ASCII is kept. */
bool text_is_plain(const char *s, size_t len);

/* Encodes the code point cp as UTF-8 into out (at least 4 bytes; a
 * surrogate or a value past U+10FFFF becomes U+FFFD); returns the byte
 * count. Whatever the locale: what a typed key becomes in a prompt. */
size_t text_encode_cp(int32_t cp, char *out);

/* Display width of a display-safe string. */
int text_width(const char *s);
int text_width_n(const char *s, size_t len);

enum text_align { TEXT_LEFT, TEXT_RIGHT, TEXT_CENTER };

/* Writes s fitted to exactly `cols` columns into buf (NUL-terminated):
 * truncated between clusters with an ellipsis ("…", or "~" with TEXT_ASCII
 * or TEXT_AMBIG_WIDE) when too wide, a space where a wide character would
 * straddle the edge, padded with spaces per `align`. Returns the bytes
 * written (excluding NUL). bufsz must be at least 4*cols+1 + strlen(s). */
size_t text_fit(char *buf, size_t bufsz, const char *s, int cols, enum text_align align, unsigned flags);
/* Like text_fit() but, when s is too wide, cut in the middle: its start,
 * the ellipsis, its end ("HyperCL…32B Think", "HyperCL…8B Omni"), so that
 * names sharing a beginning stay apart. The end starts at a word when
 * that costs the start at most three columns and leaves it four (or the
 * end's width less three, when less); else, rather than in a word, at
 * the next word when that leaves three columns or more. Same buffer rule
 * as text_fit(). */
size_t text_fit_middle(char *buf, size_t bufsz, const char *s, int cols, enum text_align align,
                       unsigned flags);
/* Like text_fit() but without padding: the longest prefix of s (with the
 * ellipsis when cut) that fits in cols. */
size_t text_truncate(char *buf, size_t bufsz, const char *s, int cols, unsigned flags);
/* Wrapping: the bytes of display-safe s that go on a line of cols columns
 * (whole clusters; after the last space that fits when there is one, else
 * as many clusters as fit, at least one). *next is where the following
 * line starts (spaces at the break skipped). Returns strlen(s) when it
 * all fits. */
size_t text_wrap_len(const char *s, int cols, size_t *next);

/* A URL from the data as a terminal link (OSC 8) or a copy (OSC 52) may
 * carry it: s[0..len) when it is an http:// or https:// URL, written to
 * buf with non-ASCII UTF-8 percent-encoded (%ED%95%9C), so only printable
 * ASCII reaches the terminal. Returns the bytes written, or 0 (buf "")
 * when the URL is refused: another scheme, a space, ESC, BEL or any other
 * C0/C1 control or DEL, a bidi control, invalid UTF-8, or longer than
 * TEXT_URI_MAX (or bufsz) once encoded. */
#define TEXT_URI_MAX 2048
size_t text_uri(char *buf, size_t bufsz, const char *s, size_t len);

/* Search. A query matches a candidate when, after NFC and case folding, it
 * is a substring of it; or it is a 초성 query (all choseong jamo, maybe mixed
 * with other characters such as "LGㅇ") matching the candidate's initials;
 * loose jamo in the query are composed first ("ㅎㅏㄴ" = "한"); a trailing
 * incomplete syllable matches as a prefix. */
struct text_query;
struct text_query *text_query_new(const char *query);
bool text_query_match(const struct text_query *q, const char *candidate);
/* True when the query matched the whole candidate (an exact name hit). */
bool text_query_exact(const struct text_query *q, const char *candidate);
void text_query_free(struct text_query **q);

/* Case-insensitive, NFC comparison for equality (ids, names). */
bool text_equal_fold(const char *a, const char *b);

/* Edit distance between two short words (insert, delete, replace, swap
 * neighbours) counted in code points, ASCII letters case-insensitive;
 * (size_t)-1 when either is longer than TEXT_DISTANCE_MAX_LEN code
 * points. For "did you mean". */
#define TEXT_DISTANCE_MAX_LEN 96
size_t text_distance(const char *a, const char *b);
/* Is typed a plausible typo of known (distance 1 for up to 3 code points,
 * 2 up to 8, 3 beyond)? */
bool text_close_enough(const char *typed, const char *known);

/* The one "did you mean" routine: offer every known word; the nearest
 * that is close enough to typed (text_close_enough) is kept, the first of
 * equals. `shown` is what to suggest for that word (a record's name for
 * one of its words), NULL for the word itself; both are borrowed. */
struct text_suggest {
    const char *typed;
    const char *best; /* NULL: nothing close */
    size_t best_d, limit;
};
void text_suggest_init(struct text_suggest *s, const char *typed);
/* True when candidate is now the best. */
bool text_suggest_offer(struct text_suggest *s, const char *candidate, const char *shown);

/* Korean natural order: spaces and ASCII punctuation < digits < Hangul
 * (가나다; a lone ㄱ just before 가) < Latin (case-insensitive, é as e)
 * < others, numbers compared by value ("7B" < "20B" < "100B"). With
 * latin_first, Latin sorts before Hangul (used for --lang en). */
int text_collate(const char *a, const char *b, bool latin_first);
/* The same order as bytes: text_collate_key_cmp() of two keys has the sign
 * of text_collate() of their strings. For sorting many strings: one key
 * per string instead of decoding both at every comparison. Returns a
 * malloc'd key (its length in *len), NULL on OOM. */
unsigned char *text_collate_key(const char *s, bool latin_first, size_t *len);
int text_collate_key_cmp(const unsigned char *a, size_t alen, const unsigned char *b, size_t blen);

#endif
