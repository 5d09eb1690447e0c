#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""gen.py — a deterministic catalogue in dokpamo's dataset format.

    bench/gen.py --models N [--seed S] [--flat FLAT.json] OUT.json

Same N and seed give the same bytes. The catalogue is realistic rather
than uniform: Korean and other non-ASCII names (Hangul, Greek, CJK,
accented Latin, a NO-BREAK SPACE), unknown sizes as null with a "why",
MoE and dense models, partners of every kind, stage scores with unknown
parts, claims against baselines, and a few consortia holding most of the
models (the format keeps models inside consortia).

--flat also writes the same models as one flat JSON array of records
(the columns `dokpamo list` prints); VisiData reads that, because it has
no way to flatten consortia[].models in batch mode on its own.

Only the standard library; call it with /usr/bin/python3 (the PATH
python3 may be a slow shim).
"""
import argparse
import json
import math
import random
import sys

KO_STEMS = ["한결", "누리", "미르", "바람", "하늘", "솔빛", "가람", "다온", "라온", "새봄",
            "아라", "온새", "별하", "윤슬", "도담", "해솔", "나래", "여울", "마루", "초롱"]
EN_STEMS = ["Hangyeol", "Nuri", "Mir", "Baram", "Haneul", "Solbit", "Garam", "Daon", "Raon",
            "Saebom", "Ara", "Onsae", "Byeolha", "Yunseul", "Dodam", "Haesol", "Narae", "Yeoul",
            "Maru", "Chorong"]
# Names other catalogues really contain: Greek, CJK, accented Latin, NBSP.
OTHER_NAMES = ["PanGu-Σ", "π0", "文心", "通义千问", "Tülu", "Ünsal", "Ἀθηνᾶ", "ÆON", "Łukasz",
               "Ψηφίδα", "日本語LLM", "Qwén", "Ñandú", "ALLaM\u00a0adapted", "Café-LM"]
SUFFIXES = ["Base", "Instruct", "Chat", "Think", "VL", "Omni", "Coder", "Math", "Mini", "Pro"]
ARCH_EXTRA = ["hybrid-attention", "sliding-window", "mla", "mtp", "depth-upscaling", "vlm",
              "reasoning", "hybrid-reasoning", "omni", "any-to-any"]
LICENSES = ["Apache-2.0", "MIT", "Llama 3.1 Community License", "CC BY-NC 4.0",
            "K-EXAONE AI Model License Agreement", "hyperclovax (custom)", "proprietary"]
METRICS = ["MMLU-Pro", "GPQA-Diamond", "KMMLU", "HRM8K", "AIME 2025", "LiveCodeBench v6",
           "KoBALT", "CLIcK", "IFEval", "τ²-Bench Retail"]
WHY = ["undisclosed", "unknown", "not-applicable"]
KINDS = ["university", "research", "startup", "chip", "telecom", "game", "mobility", "data",
         "service", "public", "enterprise", "other"]

CONSORTIA = [
    ("naver", "네이버클라우드 컨소시엄", "Naver Cloud consortium", "네이버", "Naver", "네이버클라우드",
     "Naver Cloud"),
    ("skt", "SK텔레콤 컨소시엄", "SK Telecom consortium", "SKT", "SKT", "SK텔레콤", "SK Telecom"),
    ("lg", "LG AI연구원 컨소시엄", "LG AI Research consortium", "LG", "LG", "LG AI연구원",
     "LG AI Research"),
    ("upstage", "업스테이지 컨소시엄", "Upstage consortium", "업스테이지", "Upstage", "업스테이지",
     "Upstage"),
    ("ncai", "NC AI 컨소시엄", "NC AI consortium", "NC AI", "NC AI", "NC AI", "NC AI"),
    ("open", "오픈 모델 연합", "Open-model alliance", "오픈", "Open", "한국오픈소스협회",
     "Korea Open Source Association"),
]
# Share of the models each consortium holds: a few hold most.
WEIGHTS = [0.34, 0.24, 0.16, 0.12, 0.09, 0.05]


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def sources():
    out = [{"id": "S1", "kind": "seed", "publisher": "연합뉴스 (Yonhap)", "date": "2025-12-30",
            "url": "https://example.org/news/1", "title": "독자 AI 파운데이션 모델 1차 발표"}]
    for i in range(1, 41):
        out.append({"id": "P%d" % i, "kind": "public", "publisher": "Publisher %d" % i,
                    "date": "2025-%02d-%02d" % (1 + i % 12, 1 + i % 28),
                    "url": "https://example.org/p/%d" % i, "title": "Model card %d" % i})
    return out


STAGES = [
    {"id": "selection", "date": "2025-08-04", "ko": "정예팀 선정", "en": "Elite-team selection",
     "source": "S1"},
    {"id": "stage-1", "date": "2026-01-15", "ko": "1차 평가", "en": "First evaluation",
     "source": ["S1", "P1"]},
]
SCHEMES = [{"id": "stage-1", "stage": "stage-1", "total": 100, "source": "S1", "parts": [
    {"id": "benchmark", "ko": "벤치마크", "en": "Benchmark", "max": 40},
    {"id": "expert", "ko": "전문가", "en": "Expert", "max": 35},
    {"id": "user", "ko": "사용자", "en": "User", "max": 25}]}]


def src(r):
    if r.random() < 0.3:
        return ["P%d" % r.randint(1, 40), "S1"]
    return "P%d" % r.randint(1, 40)


def partner(r, ci, j):
    stem = r.choice(KO_STEMS)
    return {"name": {"ko": "%s%s %d" % (stem, r.choice(["대학교", "연구소", "테크", "AI", "통신"]), j),
                     "en": "%s %s %d" % (EN_STEMS[KO_STEMS.index(stem)],
                                         r.choice(["University", "Institute", "Tech", "AI", "Telecom"]), j)},
            "kind": KINDS[(ci + j) % len(KINDS)], "source": src(r)}


def consortium_head(r, ci):
    cid, ko, en, sko, sen, lko, len_ = CONSORTIA[ci]
    parts = []
    for pid in ("benchmark", "expert", "user"):
        if r.random() < 0.2:
            parts.append({"part": pid, "value": None, "why": "not-evaluated", "source": "S1"})
        else:
            mx = {"benchmark": 40, "expert": 35, "user": 25}[pid]
            parts.append({"part": pid, "value": round(r.uniform(0.5, 1.0) * mx, 1), "source": "S1"})
    known = [p["value"] for p in parts if p["value"] is not None]
    score = {"scheme": "stage-1", "parts": parts, "source": "S1", "total_computed": True}
    if len(known) == 3:
        score["total"] = round(sum(known), 1)
    else:
        score["total"] = None
        score["total_why"] = "not-evaluated"
    return {
        "id": cid, "name": {"ko": ko, "en": en}, "short": {"ko": sko, "en": sen},
        "lead": {"ko": lko, "en": len_}, "source": "S1",
        "partners": [partner(r, ci, j) for j in range(5 + 7 * ci % 30)],
        "strategy": [{"text": {"ko": "오픈 웨이트 공개", "en": "Open weights"}, "source": "S1"}],
        "people": [{"name": {"ko": "김%s" % r.choice(KO_STEMS), "en": None},
                    "title": {"ko": "연구소장", "en": "Head of research"}, "source": "S1"}],
        "status": [{"stage": "selection", "result": "selected", "reason": None, "source": "S1"},
                   {"stage": "stage-1", "result": r.choice(["advanced", "eliminated", "pending"]),
                    "reason": None, "source": "S1"}],
        "scores": [score],
    }


def model(r, i, ci, ids):
    kind = r.random()
    if kind < 0.55:
        stem = r.randrange(len(KO_STEMS))
        base_ko, base_en = KO_STEMS[stem], EN_STEMS[stem]
    elif kind < 0.9:
        stem = r.randrange(len(EN_STEMS))
        base_ko, base_en = None, EN_STEMS[stem]
    else:
        base_ko, base_en = None, r.choice(OTHER_NAMES)
    moe = r.random() < 0.3
    total = None if r.random() < 0.08 else round(math.exp(r.uniform(math.log(0.1), math.log(2000))), 2)
    if total is not None and total >= 1:
        total = round(total)
    if moe and total is not None:
        active = None if r.random() < 0.15 else round(max(0.1, total * r.uniform(0.03, 0.2)), 1)
    else:
        active = total
    size = ("%gB" % total) if total is not None else ""
    if moe and active is not None:
        size += "-A%gB" % active
    suffix = r.choice(SUFFIXES)
    ver = "%d.%d" % (r.randint(1, 4), r.randint(0, 9))
    en = " ".join(x for x in (base_en, ver, size, suffix) if x)
    name = {"ko": " ".join(x for x in (base_ko, ver, size) if x) if base_ko else None, "en": en}
    mid = "m%d-%s" % (i, base_en.lower().encode("ascii", "ignore").decode().replace(" ", "-")
                      .strip("-") or "x")
    mid = "".join(c for c in mid if c.isalnum() or c in ".-")
    arch = ["moe" if moe else "dense"] + sorted(r.sample(ARCH_EXTRA, r.randint(0, 3)))
    inputs = ["text"] + (["image"] if "vlm" in arch or "omni" in arch else [])
    outputs = ["text"] + (["audio"] if "omni" in arch else [])
    why = {}
    if total is None:
        why["params_total_b"] = r.choice(WHY)
    if active is None:
        why["params_active_b"] = "undisclosed" if total is not None else why["params_total_b"]
    ctx = None if r.random() < 0.1 else r.choice([4096, 8192, 32768, 65536, 131072, 262144])
    if ctx is None:
        why["context_tokens"] = "undisclosed"
    lic = None if r.random() < 0.1 else r.choice(LICENSES)
    if lic is None:
        why["license"] = "unknown"
    rel = None if r.random() < 0.05 else "20%02d-%02d-%02d" % (r.randint(19, 25), r.randint(1, 12),
                                                              r.randint(1, 28))
    if rel is None:
        why["released"] = "undisclosed"
    m = {"id": mid, "name": name,
         "aliases": ["%s/%s" % (CONSORTIA[ci][0], "-".join(x for x in (base_en.replace(" ", "-"), size) if x))]
         + (["%s%s" % (base_ko, size)] if base_ko and r.random() < 0.5 else []),
         "params_total_b": total, "params_active_b": active, "architecture": arch,
         "modalities": {"input": inputs, "output": outputs}, "context_tokens": ctx, "license": lic,
         "released": rel}
    claims = []
    for _ in range(r.choice([0, 0, 1, 1, 2, 3])):
        v = round(r.uniform(20, 95), 1)
        c = {"metric": r.choice(METRICS), "value": v, "unit": "score", "kind": r.choice(
            ["vendor", "vendor", "official", "third-party"]), "source": src(r)}
        if r.random() < 0.3 and ids:
            # Mostly an earlier model's id, sometimes a free-text baseline.
            c["baseline"] = ids[r.randrange(len(ids))] if r.random() < 0.8 else "GPT-4o (%s)" % r.choice(METRICS)
            c["baseline_value"] = round(v * r.uniform(0.8, 1.1), 1)
        claims.append(c)
    m["claims"] = claims
    if r.random() < 0.1:
        m["roadmap"] = [{"text": {"ko": "차기 버전 공개 예정", "en": "Next version planned"}, "source": "S1"}]
    m["why"] = why
    m["source"] = src(r)
    if r.random() < 0.05:
        m["note"] = {"ko": "모델 카드와 보도 수치가 다름", "en": "Model card and press disagree"}
    return m


def flat(m, short):
    """One record with the columns `dokpamo list --format tsv` prints."""
    t, a = m["params_total_b"], m["params_active_b"]
    return {"id": m["id"], "name": m["name"]["ko"] or m["name"]["en"], "consortium": short,
            "params_total_b": t, "params_active_b": a,
            "active_share": (100.0 * a / t) if t and a is not None else None,
            "architecture": ",".join(m["architecture"]),
            "modalities": "%s>%s" % (",".join(m["modalities"]["input"]), ",".join(m["modalities"]["output"])),
            "context_tokens": m["context_tokens"], "license": m["license"], "released": m["released"],
            "source": m["source"] if isinstance(m["source"], str) else ", ".join(m["source"])}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", type=int, required=True)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--flat")
    ap.add_argument("out")
    a = ap.parse_args()
    r = random.Random(a.seed)
    counts = [int(a.models * w) for w in WEIGHTS]
    counts[0] += a.models - sum(counts)
    out = open(a.out, "w", encoding="utf-8")
    fl = open(a.flat, "w", encoding="utf-8") if a.flat else None
    if fl:
        fl.write("[")
    head = {"schema_version": 1,
            "title": {"ko": "생성된 카탈로그 (%d개 모델)" % a.models,
                      "en": "Generated catalogue (%d models)" % a.models},
            "as_of": "2026-01-15", "sources": sources(), "stages": STAGES,
            "evaluation_schemes": SCHEMES}
    text = dump(head)
    out.write(text[:-1] + ",\n\"consortia\": [\n")
    i = 0
    ids = []
    first_flat = True
    for ci, n in enumerate(counts):
        c = consortium_head(r, ci)
        out.write((",\n" if ci else "") + dump(c)[:-1] + ", \"models\": [\n")
        for j in range(n):
            m = model(r, i, ci, ids)
            ids.append(m["id"])
            out.write((",\n" if j else "") + dump(m))
            if fl:
                fl.write(("\n" if first_flat else ",\n") + dump(flat(m, CONSORTIA[ci][3])))
                first_flat = False
            i += 1
        out.write("]}")
    out.write("\n],\n\"reference_models\": [], \"contradictions\": []}\n")
    out.close()
    if fl:
        fl.write("\n]\n")
        fl.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
