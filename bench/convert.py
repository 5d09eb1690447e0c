#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""convert.py — real public catalogues -> dokpamo's dataset format.

    bench/convert.py epoch EPOCH.csv OUT.json [--clean]
    bench/convert.py leaderboard LEADERBOARD.csv OUT.json [--clean] [--rows N]

epoch:        Epoch AI, "All ML Systems" (CC BY 4.0; credited in the
              output's sources). One consortium per country of the
              (first) organisation; the organisations of its systems are
              its partners, the first organisation of a multi-organisation
              cell is the lead; parameters are a raw count (10 .. 1e14).
leaderboard:  Hugging Face Open LLM Leaderboard v2 export (no licence
              stated: convert at bench/test time, never commit the output).
              One consortium per organisation (the fullname prefix);
              the six scores become third-party claims; #Params (B) of
              0 or -1 are placeholders and become null with why "unknown".

Names are kept as written (embedded newlines, trailing TABs, NO-BREAK
SPACE, non-ASCII): that is the mess the loader must show safely. With
--clean, whitespace runs in names are folded to one space so that the
result also passes the strict `dokpamo validate`.

Deterministic: the same CSV gives the same bytes. Standard library only.
"""
import csv
import json
import re
import sys
import unicodedata

csv.field_size_limit(1 << 30)

KIND_BY_CATEGORY = {"industry": "enterprise", "academia": "university",
                    "research collective": "research", "government": "public"}


def slug(s, fallback):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    s = re.sub(r"[^a-z0-9.]+", "-", s).strip("-.")
    return s or fallback


def clean(s, enable):
    if s is None:
        return None
    s = unicodedata.normalize("NFC", s)
    if enable:
        s = re.sub(r"\s+", " ", s).strip()
    return s or None


def number(s):
    try:
        v = float(s)
    except (TypeError, ValueError):
        return None
    return v if v == v and v not in (float("inf"), float("-inf")) else None


def date(s):
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", s or "")
    return m.group(0) if m else None


def text(en, ko=None):
    return {"ko": ko, "en": en}


def model_record(mid, name, total, active, why, arch, mod_in, mod_out, lic, released, claims,
                 src, aliases):
    if total is None:
        why.setdefault("params_total_b", "unknown")
    if active is None:
        why.setdefault("params_active_b", "undisclosed" if total is not None else why["params_total_b"])
    why["context_tokens"] = "unknown"
    if lic is None:
        why["license"] = "unknown"
    if released is None:
        why["released"] = "unknown"
    return {"id": mid, "name": text(name), "aliases": aliases, "params_total_b": total,
            "params_active_b": active, "architecture": arch,
            "modalities": {"input": mod_in, "output": mod_out}, "context_tokens": None,
            "license": lic, "released": released, "claims": claims, "why": why, "source": src}


def consortium(cid, name, lead, partners, models, src):
    return {"id": cid, "name": text(name), "short": text(name[:24]), "lead": text(lead),
            "source": src, "partners": partners, "status": [], "models": models}


def document(title, as_of, sources, consortia):
    return {"schema_version": 1, "title": text(title), "as_of": as_of, "sources": sources,
            "stages": [], "evaluation_schemes": [], "consortia": consortia,
            "reference_models": [], "contradictions": []}


def epoch(rows, cleaning):
    groups = {}
    for i, r in enumerate(rows):
        raw_name = r.get("Model") or ""
        name = clean(raw_name, cleaning) or "(unnamed %d)" % i
        orgs = [o.strip() for o in (r.get("Organization") or "").split(",") if o.strip()]
        country = ((r.get("Country (of organization)") or "").split(",")[0].strip()) or "Unknown"
        params = number(r.get("Parameters"))
        total = params / 1e9 if params is not None and params > 0 else None
        domains = [slug(d, "other") for d in (r.get("Domain") or "").split(",") if d.strip()]
        notes = (r.get("Parameters notes") or "") + " " + raw_name
        moe = bool(re.search(r"mixture[- ]of[- ]experts|\bMoE\b", notes, re.I))
        arch = ["moe" if moe else "dense"] + sorted(set(domains))
        language = "language" in domains
        claims = []
        flop = number(r.get("Training compute (FLOP)"))
        if flop is not None and flop >= 0:
            claims.append({"metric": "training compute", "value": flop, "unit": "FLOP",
                           "kind": "third-party", "source": "E"})
        lic = clean(r.get("Model accessibility"), True)
        m = model_record("e%d-%s" % (i, slug(name, "m")[:40]), name, total,
                         None if moe else total, {}, arch, ["text"] if language else [],
                         ["text"] if language else [], lic, date(r.get("Publication date")), claims,
                         "E", [])
        cat = (r.get("Organization categorization") or "").split(",")[0].strip().lower()
        g = groups.setdefault(country, {"models": [], "orgs": {}, "lead": None})
        g["models"].append(m)
        for o in orgs:
            g["orgs"].setdefault(o, KIND_BY_CATEGORY.get(cat, "other"))
        if orgs and not g["lead"]:
            g["lead"] = orgs[0]
    consortia = []
    for k, (country, g) in enumerate(sorted(groups.items())):
        partners = [{"name": text(clean(o, True)), "kind": kind, "source": "E"}
                    for o, kind in sorted(g["orgs"].items()) if clean(o, True)]
        consortia.append(consortium("c%d-%s" % (k, slug(country, "x")), country,
                                    g["lead"] or country, partners, g["models"], "E"))
    sources = [{"id": "E", "kind": "public", "publisher": "Epoch AI", "date": "2025-06-20",
                "url": "https://epoch.ai/data/ai-models",
                "title": "Data on AI Models (All ML Systems), CC BY 4.0"}]
    return document("Epoch AI: All ML Systems (%d systems)" % len(rows), "2025-06-20", sources,
                    consortia)


SCORES = ["IFEval", "BBH", "MATH Lvl 5", "GPQA", "MUSR", "MMLU-PRO"]


def leaderboard(rows, cleaning):
    groups = {}
    for i, r in enumerate(rows):
        full = r.get("fullname") or ""
        org, _, short = full.partition("/")
        name = clean(short or full, cleaning) or "(unnamed %d)" % i
        params = number(r.get("#Params (B)"))
        total = params if params is not None and params > 0 else None
        why = {}
        if total is None:
            why["params_total_b"] = "unknown"  # 0 and -1 are placeholders
        moe = (r.get("MoE") or "").strip().lower() == "true"
        arch = ["moe" if moe else "dense"]
        a = slug(r.get("Architecture") or "", "")
        if a and a != "moe" and a != "dense":
            arch.append(a)
        claims = []
        for s in SCORES:
            v = number(r.get(s))
            if v is not None and v >= 0:
                claims.append({"metric": s, "value": v, "unit": "score", "kind": "third-party",
                               "source": "H"})
        lic = clean(r.get("Hub License"), True)
        if lic and lic.lower() in ("?", "unknown", "other"):
            lic = None
        aliases = [a for a in {clean(full, True), clean(r.get("eval_name"), True)} if a and a != name]
        m = model_record("h%d-%s" % (i, slug(name, "m")[:40]), name, total, None if moe else total, why,
                         arch, ["text"], ["text"], lic, date(r.get("Upload To Hub Date")), claims, "H",
                         sorted(aliases))
        groups.setdefault(org or "(none)", []).append(m)
    consortia = [consortium("o%d-%s" % (k, slug(org, "x")[:40]), org, org, [], models, "H")
                 for k, (org, models) in enumerate(sorted(groups.items()))]
    sources = [{"id": "H", "kind": "public", "publisher": "Hugging Face", "date": "2025-02-08",
                "url": "https://huggingface.co/datasets/open-llm-leaderboard/contents",
                "title": "Open LLM Leaderboard v2 results (export; no licence stated)"}]
    return document("Open LLM Leaderboard v2 (%d rows)" % len(rows), "2025-02-08", sources,
                    consortia)


def main(argv):
    if len(argv) < 3 or argv[0] not in ("epoch", "leaderboard"):
        sys.stderr.write(__doc__)
        return 2
    kind, src, out = argv[0], argv[1], argv[2]
    cleaning = "--clean" in argv
    limit = None
    if "--rows" in argv:
        limit = int(argv[argv.index("--rows") + 1])
    with open(src, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if limit is not None:
        rows = rows[:limit]
    doc = (epoch if kind == "epoch" else leaderboard)(rows, cleaning)
    with open(out, "w", encoding="utf-8") as f:
        json.dump(doc, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
