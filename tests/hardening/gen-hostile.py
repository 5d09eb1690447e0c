#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""gen-hostile.py — writes the hostile datasets.

  gen-hostile.py small DIR      the small files committed in tests/data/hostile/
  gen-hostile.py binary DIR     the ones that look like executables (an ELF
                                header), generated at test time: a source
                                tarball ships no binary
  gen-hostile.py big DIR        the big ones, generated at test time (never committed)

Each is tests/data/mini.json with one hostile change, so that exactly that
change decides the outcome. Bytes are written exactly (invalid UTF-8, NUL...).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MINI = os.path.join(HERE, "..", "data", "mini.json")


def mini():
    with open(MINI, encoding="utf-8") as f:
        return json.load(f)


def dump(d):
    return json.dumps(d, ensure_ascii=False, indent=1).encode("utf-8")


def with_name(s, field="en"):
    """mini.json with the first model's name.<field> replaced by the JSON
    string body s (already escaped as wanted, as bytes)."""
    d = mini()
    d["consortia"][0]["models"][0]["name"][field] = "@@HOSTILE@@"
    return dump(d).replace(b'"@@HOSTILE@@"', b'"' + s + b'"')


def replace_value(path_setter, raw):
    d = mini()
    path_setter(d, "@@HOSTILE@@")
    return dump(d).replace(b'"@@HOSTILE@@"', raw)


def set_params(d, v):
    d["consortia"][0]["models"][0]["params_total_b"] = v


def small():
    f = {}
    text = dump(mini())
    # Truncated: cut in the middle of a string, of a number, after a key.
    f["truncated-in-string"] = text[: text.index(b"Alpha consortium") + 5]
    f["truncated-in-number"] = text[: text.index(b"131072") + 3]
    f["truncated-after-key"] = text[: text.index(b'"models"') + len(b'"models"')]
    f["truncated-utf8"] = text[: text.index("알파 오백".encode()) + 1]
    f["zero-bytes"] = b""
    f["only-whitespace"] = b" \n\t\r\n  "
    f["bom"] = b"\xef\xbb\xbf" + text
    # Duplicate keys at top level and inside a model.
    f["duplicate-key-top"] = text.replace(b'"as_of"', b'"title": {"ko": "x", "en": "y"},\n "as_of"', 1)
    f["duplicate-key-model"] = text.replace(b'"params_total_b": 519,', b'"params_total_b": 519,\n "params_total_b": 5,', 1)
    # Numbers.
    f["number-1e999"] = replace_value(set_params, b"1e999")
    f["number-minus-1e999"] = replace_value(set_params, b"-1e999")
    f["number-minus-zero"] = replace_value(set_params, b"-0")
    f["number-nan"] = replace_value(set_params, b"NaN")
    f["number-infinity"] = replace_value(set_params, b"Infinity")
    f["number-huge-exponent"] = replace_value(set_params, b"1e99999999999999999999")
    f["number-tiny"] = replace_value(set_params, b"1e-400")
    f["number-hex"] = replace_value(set_params, b"0x1F")
    f["number-long"] = replace_value(set_params, b"1" + b"0" * 400)
    # UTF-8.
    f["invalid-utf8-lone-continuation"] = with_name(b"Alpha \x80 500B")
    f["invalid-utf8-ff"] = with_name(b"Alpha \xff\xfe")
    f["invalid-utf8-truncated-seq"] = with_name(b"Alpha \xea\xb0")
    f["overlong-slash"] = with_name(b"Alpha \xc0\xaf")
    f["overlong-nul"] = with_name(b"Alpha \xc0\x80")
    f["overlong-3byte"] = with_name(b"Alpha \xe0\x80\xaf")
    f["overlong-4byte"] = with_name(b"Alpha \xf0\x82\x82\xac")
    f["beyond-u10ffff"] = with_name(b"Alpha \xf4\x90\x80\x80")
    f["surrogate-raw"] = with_name(b"Alpha \xed\xa0\x80")
    f["surrogate-escape-lone-high"] = with_name(b"Alpha \\ud800")
    f["surrogate-escape-lone-low"] = with_name(b"Alpha \\udc00")
    f["surrogate-escape-reversed"] = with_name(b"Alpha \\udc00\\ud800")
    f["nul-raw-in-string"] = with_name(b"Alpha\x00500B")
    f["nul-escape-in-alias"] = text.replace(b'"A-500"', b'"A-\\u0000500"', 1)
    # Controls.
    f["c0-raw-in-string"] = with_name(bytes(range(1, 0x20)).replace(b'"', b"").replace(b"\\", b""))
    f["c0-escaped"] = with_name(b"".join(b"\\u%04x" % c for c in range(1, 0x20)))
    f["c1-utf8"] = with_name("".join(chr(c) for c in range(0x80, 0xA0)).encode())
    f["c1-raw-bytes"] = with_name(bytes(range(0x80, 0xA0)))
    f["del"] = with_name(b"Alpha\x7f500B")
    # Escape sequences: CSI, OSC 52 (clipboard), OSC 8 (hyperlink), OSC 0
    # (window title), DCS, and a bare ESC at the end.
    f["csi-clear"] = with_name(b"Alpha \\u001b[2J\\u001b[H500B")
    f["csi-raw"] = with_name(b"Alpha \x1b[31mred\x1b[0m")
    f["osc52-clipboard"] = with_name(b"Alpha \\u001b]52;c;ZWNobyBwd25lZA==\\u0007")
    f["osc52-st"] = with_name(b"Alpha \x1b]52;c;ZWNobyBwd25lZA==\x1b\\\\")
    f["osc8-hyperlink"] = with_name(b"\\u001b]8;;https://evil.example/\\u001b\\\\Alpha\\u001b]8;;\\u001b\\\\")
    f["osc0-title"] = with_name(b"\\u001b]0;pwned\\u0007Alpha")
    f["dcs"] = with_name(b"\\u001bPq#0;2;0;0;0#0~~\\u001b\\\\Alpha")
    f["esc-at-end"] = with_name(b"Alpha\\u001b")
    f["c1-csi"] = with_name("Alpha \u009b2J".encode())
    # Escapes in places other than names: keys, ids, "got" values, aliases,
    # partner names, the path in error messages.
    f["escape-in-key"] = text.replace(b'"as_of"', b'"\\u001b]52;c;AAAA\\u0007": 1,\n "as_of"', 1)
    f["escape-in-got-value"] = replace_value(set_params, b'"\\u001b[2J500B"')
    f["escape-in-id"] = text.replace(b'"alpha-8b"', b'"alpha\\u001b[2J"', 1)
    f["escape-in-alias"] = text.replace(b'"A-500"', b'"A\\u001b]8;;x\\u0007500"', 1)
    f["escape-in-partner"] = text.replace(b'"Rebellions"', b'"Reb\\u001b[5mellions"', 1)
    f["escape-in-source-id"] = text.replace(b'"source": "P1"', b'"source": "P\\u001b[2J"', 1)
    # Bidi.
    f["bidi-rlo"] = with_name(b"Alpha \\u202e500B")
    f["bidi-all"] = with_name("".join(chr(c) for c in list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A))).encode())
    f["bidi-in-key"] = text.replace(b'"as_of"', b'"\\u202eevil": 1,\n "as_of"', 1)
    # Misc.
    f["line-separator"] = with_name(b"Alpha\\u2028500B\\u2029")
    f["zero-width-and-tags"] = with_name("A\u200bl\u200dp\ufeffh\U000E0041a".encode())
    f["noncharacters"] = with_name("Alpha \ufffe\uffff\U0010ffff".encode())
    f["emoji-zwj"] = with_name("Alpha 👩‍👩‍👧‍👦🇰🇷👍🏽".encode())
    f["nfd-hangul"] = with_name(__import__("unicodedata").normalize("NFD", "알파 오백").encode(), "ko")
    f["long-key"] = text.replace(b'"as_of"', b'"' + b"k" * 5000 + b'": 1,\n "as_of"', 1)
    f["top-level-array"] = b"[" + text + b"]"
    f["top-level-string"] = b'"\\u001b]52;c;AAAA\\u0007"'
    f["trailing-garbage-escape"] = text + b"\x1b[2J"
    return f


def binary():
    # The first bytes of an x86-64 ELF executable, as if --data named a program.
    return {"not-json": b"\x7fELF\x02\x01\x01\x00\x00\x00"}


def big():
    f = {}
    text = dump(mini())
    # 100 MB: a valid document followed by 100 MB of whitespace.
    f["big-100mb"] = text + b" " * (100 * 1024 * 1024)
    # A 10 MB string, over the 1 MiB limit.
    f["string-10mb"] = with_name(b"A" * (10 * 1024 * 1024))
    # Just under and just over the string limit.
    f["string-1mib"] = with_name(b"A" * (1 << 20))
    f["string-1mib-plus-1"] = with_name(b"A" * ((1 << 20) + 1))
    # 100,000 levels of nesting, arrays and objects.
    f["nest-100000-arrays"] = b"[" * 100000 + b"]" * 100000
    f["nest-100000-objects"] = b'{"a":' * 100000 + b"1" + b"}" * 100000
    f["nest-100000-in-key"] = text.replace(b'"as_of"', b'"x-deep": ' + b"[" * 100000 + b"]" * 100000 + b',\n "as_of"', 1)
    f["nest-64"] = text.replace(b'"as_of"', b'"x-deep": ' + b"[" * 62 + b"]" * 62 + b',\n "as_of"', 1)
    f["nest-65"] = text.replace(b'"as_of"', b'"x-deep": ' + b"[" * 64 + b"]" * 64 + b',\n "as_of"', 1)
    f["unclosed-100000"] = b"[" * 100000
    # 10,000 partners on one consortium.
    d = mini()
    kinds = ["university", "research", "startup", "chip", "telecom", "game", "mobility", "data",
             "service", "public", "enterprise", "other"]
    d["consortia"][0]["partners"] = [
        {"name": {"ko": "파트너 %05d" % i, "en": "Partner %05d" % i}, "kind": kinds[i % len(kinds)], "source": "S1"}
        for i in range(10000)]
    f["partners-10000"] = dump(d)
    # 100,000 keys in one object (x- keys are allowed, so only time matters).
    f["keys-100000"] = text.replace(b'"as_of"', b"".join(b'"x-%d": 1, ' % i for i in range(100000)) + b'"as_of"', 1)
    # 100,000 duplicate keys.
    f["dupkeys-100000"] = text.replace(b'"as_of"', b'"x-d": 1, ' * 100000 + b'"as_of"', 1)
    # 10,000 errors: the message limit.
    d = mini()
    d["consortia"][0]["models"][0]["aliases"] = [1] * 10000
    f["errors-10000"] = dump(d)
    return f


def main():
    what, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    files = {"small": small, "binary": binary, "big": big}[what]()
    only = set(sys.argv[3:])
    for name, data in files.items():
        if only and name not in only:
            continue
        with open(os.path.join(out, name + ".json"), "wb") as fh:
            fh.write(data)


if __name__ == "__main__":
    main()
