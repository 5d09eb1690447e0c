#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""growth.py — makes the datasets of tests/hardening/growth.sh from
tests/data/mini.json, each at a given size N, and measures a command's CPU
time (user + system of the child, the least of a few runs).

  growth.py make CASE N OUT     CASE: sources, source-list, tags, claims, aliases
  growth.py cpu RUNS CMD...     prints the CPU seconds of CMD
  growth.py rss CMD...          prints CMD's peak resident size in KB
"""
import json
import resource
import subprocess
import sys


def make(case, n, src, out):
    d = json.load(open(src, encoding="utf-8"))
    alpha = d["consortia"][0]["models"][0]
    beta = d["consortia"][1]["models"][0]
    if case == "sources":
        for i in range(n):
            d["sources"].append({"id": "G%d" % i, "kind": "public", "publisher": "p", "date": None,
                                 "url": None, "title": "t"})
        alpha["source"] = [alpha["source"]] + ["G%d" % i for i in range(n)]  # every source cited
    elif case == "source-list":
        alpha["source"] = ["P1", "S1"] * (n // 2)
    elif case == "tags":
        alpha["architecture"] = ["tag-%d" % i for i in range(n)]
    elif case == "claims":
        for m in (alpha, beta):
            m["claims"] = [{"metric": "M%d" % i, "value": i, "unit": "score", "kind": "vendor",
                            "source": "S1"} for i in range(n)]
    elif case == "aliases":
        alpha["aliases"] = ["alias-%d" % i for i in range(n)]
    else:
        sys.exit("unknown case " + case)
    json.dump(d, open(out, "w", encoding="utf-8"), ensure_ascii=False)


def rss(cmd):
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def cpu(runs, cmd):
    best = None
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best = t if best is None else min(best, t)
    print("%.3f" % best)


if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
    elif sys.argv[1] == "rss":
        rss(sys.argv[2:])
    else:
        cpu(int(sys.argv[2]), sys.argv[3:])
