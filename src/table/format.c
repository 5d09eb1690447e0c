/* SPDX-License-Identifier: GPL-2.0-or-later */
/* format.c — human forms of numbers. */
#include "config.h"
#include "table.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* %.4g with thousands separators in the integer part ("5190" -> "5,190"). */
static void group_thousands(char *s, size_t bufsz)
{
    char *dot = strchr(s, '.');
    size_t int_len = dot ? (size_t)(dot - s) : strlen(s);
    size_t commas = int_len > 3 ? (int_len - 1) / 3 : 0;
    size_t len = strlen(s);
    if (!commas || len + commas + 1 > bufsz)
        return;
    memmove(s + int_len + commas, s + int_len, len - int_len + 1);
    size_t src = int_len, dst = int_len + commas, digits = 0;
    while (src > 0) {
        s[--dst] = s[--src];
        if (++digits % 3 == 0 && src > 0)
            s[--dst] = ',';
    }
}

void table_format_params(double billions, bool korean_units, char *buf, size_t bufsz)
{
    if (!isfinite(billions) || billions < 0) {
        snprintf(buf, bufsz, "-");
        return;
    }
    double n = billions * 1e9;
    if (korean_units) {
        static const struct {
            double scale;
            const char *unit;
        } k[] = {{1e12, "조"}, {1e8, "억"}, {1e4, "만"}, {1, ""}};
        for (size_t i = 0; i < sizeof k / sizeof k[0]; i++)
            if (n >= k[i].scale || i + 1 == sizeof k / sizeof k[0]) {
                char num[48];
                double v = n / k[i].scale;
                snprintf(num, sizeof num, v >= 10000 ? "%.0f" : "%.4g", v);
                group_thousands(num, sizeof num);
                snprintf(buf, bufsz, "%s%s", num, k[i].unit);
                return;
            }
    }
    static const struct {
        double scale;
        const char *unit;
    } e[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}, {1, ""}};
    for (size_t i = 0; i < sizeof e / sizeof e[0]; i++)
        if (n >= e[i].scale || i + 1 == sizeof e / sizeof e[0]) {
            double v = n / e[i].scale;
            snprintf(buf, bufsz, v >= 1000 ? "%.0f%s" : "%.4g%s", v, e[i].unit);
            return;
        }
}
