#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
# check-vocab.py LANG DATASET < SCREENS — the vocabulary test's checker.
#
# Reads screen dumps and messages (in language LANG) and prints every word
# that is UI text in the wrong language, one "word<TAB>line" per line:
#   ko: an English word (two or more Latin letters) that is neither data
#       (a string of the dataset a Korean screen shows: the Korean side of
#       a bilingual text, ids, names, source titles, metrics, tags ...)
#       nor on the allowlist below (units, key names, formats, machine
#       syntax);
#   en: a Hangul word that is not data (the English side of a bilingual
#       text, or the Korean one where the English is null, source titles
#       and publishers ...) nor on the allowlist.
# A word cut by "…" passes when it starts a data word. Enum values of the
# data (kind, result, why) are machine words: they are not data, the
# vocabulary must translate them.
import json
import re
import sys

lang, dataset = sys.argv[1], sys.argv[2]
vocab_files = sys.argv[3:]  # include/vocab.def, src/tui/keys.def

# Words that are the same in both languages.
ALLOW_KO = {
    # the program and its formats
    "dokpamo", "md", "csv", "json", "tsv", "txt", "markdown", "osc", "url",
    # key names (keys.c key_names, what the user presses)
    "enter", "esc", "tab", "shift-tab", "pgup", "pgdn", "home", "end", "up", "down",
    "left", "right", "ctrl-f", "ctrl-b", "ctrl-l", "backspace", "delete", "space",
    "ssh",
    # units and abbreviations of data
    "pp", "id", "ids", "moe", "dns", "hya", "swa", "mla", "mtp", "rsn", "hyr", "vlm", "omn",
    "a2a", "dus", "txt", "img", "aud", "vid", "io", "ai", "sota",
    # the Architecture matrix's tag keys (pane_arch.c), which the help's
    # legend names next to their meaning, as show and Compare write them
    "depth-upscaling", "any-to-any", "sliding-window", "hybrid-attention", "hybrid-reasoning",
}
ALLOW_EN = {
    "억", "조",  # the Korean units (u)
    "초성",      # what the user types to search by initial consonants
}
ENUM_KEYS = {"kind", "result", "why", "total_why"}
WHY = {"unknown", "undisclosed", "not-evaluated", "not-applicable"}

data = json.load(open(dataset, encoding="utf-8"))
strings = []


# Names are shown in both languages (the detail's Korean and English name
# rows, Compare's name rows).
BOTH = {"name", "short", "lead", "developer"}


def walk(o, key=None):
    if isinstance(o, dict):
        if "ko" in o or "en" in o:
            other = "en" if lang == "ko" else "ko"
            v = o.get(lang) if o.get(lang) is not None else o.get(other)
            if isinstance(v, str):
                strings.append(v)
            if key in BOTH and isinstance(o.get(other), str):
                strings.append(o.get(other))
        for k, v in o.items():
            if k in ("ko", "en") or k in ENUM_KEYS:
                continue
            walk(v, k)
    elif isinstance(o, list):
        for v in o:
            walk(v, key)
    elif isinstance(o, str) and o not in WHY:
        strings.append(o)


walk(data)

LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'][A-Za-z0-9]+)*")
HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+")
word_re = LATIN if lang == "ko" else HANGUL
allow = ALLOW_KO if lang == "ko" else ALLOW_EN

words = set()
for s in strings:
    for w in word_re.findall(s):
        words.add(w)
        words.add(w.lower())
prefixes = set()
for w in words:
    for i in range(1, len(w)):
        prefixes.add(w[:i])

# The UI's own words (the English and Korean columns of the vocabulary and
# the key table): a data word that is also one of these passes only inside
# a whole data string, never alone.
ui_words = set()
for f in vocab_files:
    for q in re.findall(r'"((?:[^"\\]|\\.)*)"', open(f, encoding="utf-8").read()):
        for w in word_re.findall(q):
            ui_words.add(w.lower())
blob = "\n".join(strings)
full_prefixes = set()
for st in strings:
    for i in range(2, min(len(st), 80)):
        full_prefixes.add(st[:i])
# A cell cut by "…" ends there, even when one space parts it from the
# next (Compare's narrow columns: "HyperCLOVA X SEED… EXAONE 4.5").
CELL = re.compile(r"[│┌┐└┘├┤┬┴┼─]+| {2,}| · |\[[^]]*\]|(?<=…) ")


def strip_data(line):
    """Removes the cells of line that are data: a run between box lines or
    two spaces that is (part of) a data string, or a data string cut by …."""
    out = []
    for run in CELL.split(line):
        r = run.strip()
        if r.startswith("⇆"):  # a contested value's mark (table_contra_mark)
            r = r[1:]
        if not r:
            continue
        if r.endswith("…"):
            body = r[:-1]
            if any(body[k:] in full_prefixes for k in range(len(body))):
                cut = next(k for k in range(len(body)) if body[k:] in full_prefixes)
                r = body[:cut]
        if r and (r in strings or (len(r) >= 8 and r in blob)):
            continue
        out.append(r)
    return "  ".join(out)


# Filter expressions (tag=moe, name~kx1) are the filter language, typed on
# the command line as they are shown (catalogue keys and the data's
# values): machine syntax.
FILTER = re.compile(r"\b[a-z][a-z0-9_.]*[=~][^\s,│]*")

bad = {}
for line in sys.stdin:
    line = line.rstrip("\n")
    if line.startswith("status: ") or line.startswith("exit ") or line.startswith("== "):
        continue
    line = line.replace("│●", "│ ")  # a marked row's gutter is not part of its first cell
    text = FILTER.sub(" ", strip_data(line))
    for m in word_re.finditer(text):
        w = m.group(0)
        if lang == "ko" and len(w) < 2:
            continue  # key letters: j/k, h/l, i, e, y, q
        if lang == "ko" and m.start() > 0 and text[m.start() - 1].isdigit():
            continue  # 64x18, 1.5B
        if lang == "ko" and re.fullmatch(r"F\d+", w):
            continue  # function keys
        if w.lower() in allow or w in allow:
            continue
        if (w in words or w.lower() in words) and w.lower() not in ui_words:
            continue
        if text[m.end():m.end() + 1] == "…" and (w in prefixes or w.lower() in prefixes):
            continue
        bad.setdefault(w, line.strip())
for w, line in sorted(bad.items()):
    print(f"{w}\t{line}")
sys.exit(1 if bad else 0)
