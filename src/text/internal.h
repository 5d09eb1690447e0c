/* SPDX-License-Identifier: GPL-2.0-or-later */
/* internal.h — helpers shared by the text room's files (not for other rooms).
 *
 * Code points are int32_t; a decoder returns -1 for a byte that does not
 * start a valid UTF-8 sequence and advances past that one byte.
 */
#ifndef DOKPAMO_TEXT_INTERNAL_H
#define DOKPAMO_TEXT_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define TEXT_REPLACEMENT 0xFFFD

/* Decodes the code point at s[*i] (strictly: no overlongs, surrogates or
 * values past U+10FFFF) and advances *i. Returns -1 for an invalid byte. */
int32_t text_decode_next(const char *s, size_t len, size_t *i);

/* Terminal width of one code point as glibc 2.36 wcwidth() gives it, for
 * every code point display-safe text may hold; controls give 0. */
int text_cp_width(int32_t cp);
/* True for assigned code points glibc's Unicode 14 tables do not know. */
bool text_cp_unknown(int32_t cp);
/* True for East Asian Ambiguous code points (combining marks excluded). */
bool text_cp_ambiguous(int32_t cp);
/* End (byte offset) of the grapheme cluster starting at s[i]. */
size_t text_cluster_end(const char *s, size_t len, size_t i);

/* A growable byte buffer; `failed` is set when memory runs out. */
struct text_buf {
    char *data;
    size_t len, cap;
    bool failed;
};
void text_buf_put(struct text_buf *b, const char *s, size_t n);
void text_buf_putc(struct text_buf *b, char c);
void text_buf_put_cp(struct text_buf *b, int32_t cp);
/* NUL-terminates and hands over the data (NULL after a failure). */
char *text_buf_finish(struct text_buf *b);

/* NFC (and with fold, Unicode case folding) of s[0..len) as code points;
 * invalid UTF-8 becomes U+FFFD. Returns a malloc'd array of *n code points
 * (NULL when memory runs out). */
int32_t *text_norm_cps(const char *s, size_t len, bool fold, size_t *n);

/* Copies raw s[0..len) into b as valid UTF-8 with every control shown
 * visibly: whole escape sequences as "\e[2J", "\e]52;c;...\x07"; other
 * C0/DEL as "\x07"; C1 and bidi controls as "\u009b", "\u202e"; TAB, CR,
 * LF, U+2028/9 as a space; invalid UTF-8 as U+FFFD. */
void text_render_controls(struct text_buf *b, const char *s, size_t len);
/* Appends an unambiguous (narrow ASCII) stand-in for an East Asian
 * Ambiguous code point. */
void text_put_unambiguous(struct text_buf *b, int32_t cp);

/* Hangul: syllables U+AC00-U+D7A3 = (L * 21 + V) * 28 + T. */
#define TEXT_SYL_BASE 0xAC00
#define TEXT_SYL_COUNT 11172
static inline bool text_is_syllable(int32_t cp)
{
    return cp >= TEXT_SYL_BASE && cp < TEXT_SYL_BASE + TEXT_SYL_COUNT;
}
/* NFC + case folded code points of s[0..len), into stack when they fit
 * (pure ASCII needs no utf8proc), else into malloc'd memory: free the
 * result when it is not stack. With compact, spaces and the separators
 * '-', '_' and '·' are left out (search ignores them). NULL when memory
 * runs out. */
int32_t *text_fold_cps(const char *s, size_t len, bool compact, int32_t *stack, size_t stack_n, size_t *n);

/* Jamo indexes as in the syllable formula: choseong l 0-18, jungseong
 * v 0-20, jongseong t 1-27 (0 = none); compatibility jamo (ㄱ, ㅏ) map to
 * them. Each returns -1 for what is not such a jamo. */
int text_jamo_initial(int32_t cp);
int text_jamo_vowel(int32_t cp);
int text_jamo_final(int32_t cp);
int32_t text_jamo_initial_cp(int l);
/* The compound vowel (ㅗ+ㅏ = ㅘ) or final (ㄱ+ㅅ = ㄳ) of two, or -1. */
int text_jamo_vowel_join(int v1, int v2);
int text_jamo_final_join(int t1, int t2);
/* True when vowel v is v1 or a compound starting with it (ㅗ: ㅘ ㅙ ㅚ). */
bool text_jamo_vowel_starts(int v1, int v);
/* Splits a compound final into its two parts; false for a simple one. */
bool text_jamo_final_split(int t, int *first, int *second);
/* Choseong index that final t (simple) is as an initial, or -1. */
int text_jamo_final_as_initial(int t);

static inline bool text_is_bidi_control(int32_t cp)
{
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

#endif
