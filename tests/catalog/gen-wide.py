#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""A dataset wider than the bundled one, built from it: 7 stages, 3
scoring schemes of 6 parts each, 12 benchmarks claimed by every model.
Nothing in the program may assume five stages or one scheme."""
import copy, json, sys

d = json.load(open(sys.argv[1], encoding="utf-8"))
src = d["sources"][0]["id"]
stages = []
for i in range(7):
    stages.append({"id": "st%d" % (i + 1), "date": "2026-0%d-01" % (i + 1),
                   "ko": "%d단계 평가" % (i + 1), "en": "Stage %d review" % (i + 1), "source": src})
d["stages"] = stages
schemes = []
for s in range(3):
    parts = [{"id": "p%d" % (k + 1), "ko": "부문%d" % (k + 1), "en": "Part %d" % (k + 1), "max": 10 + k}
             for k in range(6)]
    schemes.append({"id": "sc%d" % (s + 1), "stage": "st%d" % (s + 1), "total": sum(p["max"] for p in parts),
                    "parts": parts, "source": src})
d["evaluation_schemes"] = schemes
results = ["selected", "presented", "advanced", "advanced", "eliminated", "pending", "pending"]
for ci, c in enumerate(d["consortia"]):
    c["status"] = [{"stage": st["id"], "result": results[(i + ci) % len(results)],
                    "reason": {"ko": "사유 %d" % i, "en": "reason %d" % i}, "date": st["date"], "source": src}
                   for i, st in enumerate(stages)]
    c["scores"] = []
    for s, sc in enumerate(schemes):
        parts = [{"part": p["id"], "value": round(p["max"] * (0.5 + 0.07 * ((ci + k + s) % 7)), 1),
                  "why": None, "source": src} for k, p in enumerate(sc["parts"])]
        c["scores"].append({"scheme": sc["id"], "parts": parts,
                            "total": round(sum(p["value"] for p in parts), 1), "total_why": None,
                            "total_computed": True, "source": src})
    for mi, m in enumerate(c["models"]):
        m["claims"] = [{"metric": "Bench-%02d" % (b + 1), "value": round(40 + (ci * 7 + mi * 3 + b * 5) % 57 + 0.25, 2),
                        "unit": "score", "kind": ["vendor", "official", "third-party"][b % 3], "source": src}
                       for b in range(12)]
# References to the replaced stages point at the first new one; the
# sources only the replaced stages, statuses and scores cited go, so that
# validate (every source cited) still accepts the file.
for c in d["consortia"]:
    for m in c["models"]:
        if m.get("entered_for") not in (None, "outside"):
            m["entered_for"] = stages[0]["id"]
for e in d.get("events", []):
    e.pop("stage", None)
for a in d.get("applicants", []):
    a["call"] = a["stage"] = stages[0]["id"]
cited = set()


def walk(v, key=None):
    if isinstance(v, dict):
        for k, x in v.items():
            if k == "sources" and v is d:
                continue
            if k in ("source", "average_source") or key == "field_sources":
                cited.update(x if isinstance(x, list) else [x])
            walk(x, k)
    elif isinstance(v, list):
        for x in v:
            walk(x, key)


walk(d)
d["sources"] = [s for s in d["sources"] if s["id"] in cited]
json.dump(d, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
