#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""One fact, one text: for every model (and, on the wide dataset, every
consortium) and every field, `list`, `show`, the pane cell, the detail
view and the Compare cell show the same text, in both languages.
Prints TAP. Usage: consistency.py DOKPAMO DATA [wide]"""
import json, re, subprocess, sys, tempfile, unicodedata

dp, data = sys.argv[1], sys.argv[2]
wide = len(sys.argv) > 3
n = 0
failed = 0


def ok(cond, name, detail=""):
    global n, failed
    n += 1
    print(("ok %d - %s" if cond else "not ok %d - %s") % (n, name))
    if not cond:
        failed += 1
        for line in str(detail).splitlines()[:6]:
            print("#   " + line)


def run(*args, stdin=None):
    r = subprocess.run([dp, "--no-config", "--data", data] + list(args), input=stdin,
                       capture_output=True, text=True)
    return r.stdout


def cells(s):
    """A line as display cells: a wide character takes two."""
    out = []
    for ch in s:
        if unicodedata.combining(ch):
            if out:
                out[-1] += ch
            continue
        out.append(ch)
        if unicodedata.east_asian_width(ch) in "WF":
            out.append("")
    return out


def md_rows(text):
    rows = [l for l in text.splitlines() if l.startswith("| ")]
    split = lambda l: [c.strip() for c in l.strip().strip("|").split(" | ")]
    return split(rows[0]), [split(r) for r in rows[1:] if not r.startswith("|:") and not r.startswith("|-")]


def show_lines(rec, lang):
    head, rows = md_rows(run("--lang", lang, "show", rec, "--format", "md"))
    got = {}
    for label, _src, value in rows:
        got.setdefault(label, value)
    return got


CONTESTED = re.compile(r" \((?:[^()]* · )?(?:sources disagree: contradiction|출처마다 다름: 모순) [a-z0-9.-]+\)$")


def bare(v):
    """A show value without the note a contested value carries (list and
    the panes show the value with its marker, and no notes)."""
    return CONTESTED.sub("", v) if v else v


def detail_lines(query, lang, pane):
    # A query may match more than one row (k-exaone also finds K-EXAONE 2.0):
    # step with n to the row whose record is the query (:status names it).
    hops = 0
    for k in range(4):
        st = run("--lang", lang, "--headless-script", "/dev/stdin", "--size", "230x150",
                 stdin="%s/%s\n<Enter>\n%s:status\n" % (pane, query, "n\n" * k))
        if re.search(r"\b(model|consortium)=%s(\s|$)" % re.escape(query), st, re.M):
            hops = k
            break
    script = "%s/%s\n<Enter>\n%s<Enter>\n:dump\n" % (pane, query, "n\n" * hops)
    out = run("--lang", lang, "--headless-script", "/dev/stdin", "--size", "230x150", stdin=script)
    got = {}
    lines = out.splitlines()
    for i, l in enumerate(lines):
        if not l.startswith("│ "):
            continue
        inner = l[2:].rstrip("│").rstrip()
        m = re.match(r"^(.*?\S)\s{2,}(.*?\S)(\s+\[[^\]]*(\]|…))?$", inner)
        if not m:
            continue
        nxt = lines[i + 1][2:].rstrip("│") if i + 1 < len(lines) else ""
        wrapped = nxt.startswith(" " * 10) and nxt.strip() and not nxt.strip().startswith("[")
        if m.group(1).endswith("…"):
            continue  # a cut label
        if wrapped:  # a wrapped value: not a whole line, but the label's first
            got.setdefault(m.group(1), None)
            continue
        got.setdefault(m.group(1), m.group(2))
    return got


def compare_cells(ids, lang):
    j = json.loads(run("--lang", lang, "compare", *ids, "--format", "json"))
    by = {}
    for r in j["rows"]:
        for c in r["cells"]:
            by.setdefault(c["model"], {})[r["title"]] = c["text"]
    return by, {r["key"]: r["title"] for r in j["rows"]}


def pane_rows(pane_key, lang):
    """The zoomed pane's body lines."""
    out = run("--lang", lang, "--headless-script", "/dev/stdin", "--size", "230x60",
              stdin="%s\nz\n:dump\n" % pane_key)
    return [l.strip("│").strip() for l in out.splitlines()[2:] if l.startswith("│")]


def fitted(v):
    """A pattern for v as a pane cell shows it: whole, or cut with "…"."""
    alts = [re.escape(v)] + [re.escape(v[:k]) + "…" for k in range(1, len(v))]
    return "(?:" + "|".join(sorted(alts, key=len, reverse=True)) + ")"


def in_order(line, values):
    """Each value appears whole (between spaces) after the one before; a
    pane may cut it to its column with an ellipsis, never change it."""
    pos = 0
    for v in values:
        m = re.compile(r"(^|\s)" + fitted(v) + r"(\s|$)").search(line, pos)
        if not m:
            return v
        pos = m.end() - 1
    return None


for lang in ("ko", "en"):
    models = json.loads(run("--lang", lang, "list", "--format", "json"))
    ids = [m["id"] for m in models]
    by, titles = compare_cells(ids[:40], lang)
    lh, lrows = md_rows(run("--lang", lang, "list", "--format", "md"))
    list_keys = ["name", "consortium", "params_total_b", "params_active_b", "active_share",
                 "architecture", "modalities", "context_tokens", "license", "released"]
    bad_list = bad_show = bad_detail = bad_cmp = checked = 0
    msgs = []
    name_key = "name_ko" if lang == "ko" else "name_en"
    list_by_name = {r[0]: r for r in lrows}
    for m in models:
        mid = m["id"]
        show = show_lines(mid, lang)
        det = detail_lines(mid, lang, "1")
        cmp = by.get(mid, {})
        shown_name = show.get(titles.get(name_key, ""), None)
        lrow = list_by_name.get(shown_name) if shown_name else None
        for key, title in titles.items():
            if title not in show:
                continue
            value = show[title]
            checked += 1
            if title in cmp and not value.startswith(cmp[title]):
                bad_cmp += 1
                msgs.append("%s %s: show %r, compare %r" % (mid, key, value, cmp[title]))
            if title in det and det[title] is not None and det[title] != value:
                bad_detail += 1
                msgs.append("%s %s: show %r, detail %r" % (mid, key, value, det[title]))
            if lrow and key in list_keys and list_keys.index(key) < len(lrow):
                if lrow[list_keys.index(key)] != bare(value):
                    bad_list += 1
                    msgs.append("%s %s: show %r, list %r" % (mid, key, value, lrow[list_keys.index(key)]))
    ok(checked > 5 * len(models), "%s: %d fields of %d models read from show" % (lang, checked, len(models)))
    ok(bad_cmp == 0, "%s: Compare cells read as show" % lang, "\n".join(m for m in msgs if "compare" in m))
    ok(bad_detail == 0, "%s: detail lines read as show" % lang, "\n".join(m for m in msgs if "detail" in m))
    ok(bad_list == 0, "%s: list cells read as show" % lang, "\n".join(m for m in msgs if "list" in m))

    # The Parameters pane (zoomed) against show: name, team, total, active
    # and share appear in the row as show writes them.
    rows = pane_rows("1", lang)
    bad = seen = 0
    for m in models:
        show = show_lines(m["id"], lang)
        name = show.get(titles[name_key])
        if name in ("알 수 없음", "unknown"):  # no name in the language: the other one
            name = show.get(titles["name_en" if lang == "ko" else "name_ko"])
        pat = re.compile("^" + fitted(name) + r"\s") if name else None
        # A name that begins another one (K-EXAONE, K-EXAONE 2.0): prefer the
        # row where the name is followed by the column gap.
        whole = re.compile("^" + re.escape(name) + r"\s{2,}") if name else None
        line = next((l for l in rows if whole.match(l)), None) if name else None
        line = line or (next((l for l in rows if pat.match(l)), None) if name else None)
        if not line:
            continue
        seen += 1
        want = [bare(show.get(titles[k])) for k in ("consortium", "params_total_b", "params_active_b", "active_share")]
        miss = in_order(line[pat.match(line).end() - 1:], [w for w in want if w])
        if miss:
            bad += 1
            msgs.append("pane %s: %r not in %r" % (m["id"], miss, line))
    ok(seen == len(models) and bad == 0, "%s: Parameters pane cells read as show (%d rows)" % (lang, seen),
       "\n".join(x for x in msgs if x.startswith("pane")))

    if wide:
        # Every stage and score part is a column of the zoomed Evaluation pane
        # and a row of Compare.
        out = run("--lang", lang, "--headless-script", "/dev/stdin", "--size", "400x40", stdin="4\nz\n:dump\n")
        d = json.load(open(data, encoding="utf-8"))
        # Heads may be cut to the column ("Stage 1 rev…"): their start shows.
        miss = [s[lang] for s in d["stages"] if s[lang][:9] not in out]
        ok(not miss, "%s: the Evaluation pane shows all %d stages" % (lang, len(d["stages"])), miss)
        parts = ["%s/%g" % (p[lang], p["max"]) for sc in d["evaluation_schemes"] for p in sc["parts"]]
        miss = [p for p in set(parts) if p not in out]
        ok(not miss, "%s: the Evaluation pane shows every score part" % lang, miss)
        keys = set(titles)
        want = ["stage.%s" % s["id"] for s in d["stages"]] + \
               ["score.%s.%s" % (sc["id"], p["id"]) for sc in d["evaluation_schemes"] for p in sc["parts"]]
        miss = [k for k in want if k not in keys]
        ok(not miss, "%s: Compare has a row per stage and score part (%d)" % (lang, len(want)), miss)
        # Consortia: show and the Evaluation pane's detail agree.
        bad = 0
        for c in d["consortia"]:
            show = show_lines(c["id"], lang)
            det = detail_lines(c["id"], lang, "4")
            for t, v in show.items():
                if t in det and det[t] is not None and det[t] != v:
                    bad += 1
                    msgs.append("cons %s %s: show %r detail %r" % (c["id"], t, v, det[t]))
        ok(bad == 0, "%s: consortium detail lines read as show" % lang,
           "\n".join(x for x in msgs if x.startswith("cons")))

print("1..%d" % n)
sys.exit(1 if failed else 0)
