#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""bench.py — dokpamo against jq and VisiData, side by side in one run.

Called by bench/run (which builds dokpamo with -O2 and passes its path).
Environment:
    DOKPAMO        the binary to measure (required)
    BENCH_CACHE    where generated and converted catalogues live
    BENCH_SIZES    generated sizes (default "1000 10000 100000 1000000")
    BENCH_RUNS     rounds per measurement (default 5; 1M uses max(2, runs/2))
    BENCH_PEERS_MAX  largest size the peers run on (default 100000: jq and
                   VisiData need tens of seconds and GBs at 1M)
    BENCH_SHARED   the real catalogues (default ../shared/data of the repo)
    BENCH_OUT      directory for raw results (JSON) and the report
    FLOOR          the bare cJSON floor program (bench/floor.c; bench/run builds it)

Each round runs every command once, in rotating order, under
/usr/bin/time: wall and CPU (user+sys) seconds and peak RSS. Medians and
spread (min..max) come from those rounds, so peers share the machine's
load. hyperfine (--export-json) adds its own view of the headline case.
"""
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PY = "/usr/bin/python3"
DOKPAMO = os.environ["DOKPAMO"]
CACHE = os.environ.get("BENCH_CACHE") or os.path.join(tempfile.gettempdir(), "dokpamo-bench-cache")
OUT = os.environ.get("BENCH_OUT") or os.path.join(CACHE, "results")
SIZES = [int(x) for x in os.environ.get("BENCH_SIZES", "1000 10000 100000 1000000").split()]
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
PEERS_MAX = int(os.environ.get("BENCH_PEERS_MAX", "100000"))
SHARED = os.environ.get("BENCH_SHARED") or os.path.join(os.path.dirname(REPO), "shared", "data")
HAVE_VD = shutil.which("vd") is not None
HAVE_JQ = shutil.which("jq") is not None
HAVE_TMUX = shutil.which("tmux") is not None
HAVE_STRACE = shutil.which("strace") is not None
FLOOR = os.environ.get("FLOOR")

# The same job for every tool: flatten consortia[].models, sort by total
# parameters descending with unknowns last, print the columns as TSV.
JQ_PROG = r'''
[.consortia[] as $c | $c.models[] | {
  id, name: (.name.ko // .name.en), consortium: ($c.short.ko // $c.short.en),
  params_total_b, params_active_b,
  active_share: (if .params_total_b and .params_active_b and .params_total_b > 0
                 then 100 * .params_active_b / .params_total_b else null end),
  architecture: (.architecture | join(",")),
  modalities: ((.modalities.input // [] | join(",")) + ">" + (.modalities.output // [] | join(","))),
  context_tokens, license, released,
  source: (.source | if type == "array" then join(", ") else . end)}]
| sort_by(if .params_total_b == null then 1 else 0 end, -(.params_total_b // 0))
| (.[0] | keys_unsorted) as $k | ($k | @tsv), (.[] | [.[$k[]]] | @tsv)
'''

# VisiData replays this command log in batch mode: type the column as a
# number, sort it descending, save the sheet.
VD_LOG = [
    {"sheet": "", "col": "", "row": "", "longname": "open-file", "input": "{file}", "keystrokes": "o"},
    {"sheet": "{sheet}", "col": "params_total_b", "row": "", "longname": "type-float", "input": "",
     "keystrokes": "%"},
    {"sheet": "{sheet}", "col": "params_total_b", "row": "", "longname": "sort-desc", "input": "",
     "keystrokes": "]"},
]


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def gen_path(n):
    return os.path.join(CACHE, "gen-%d.json" % n), os.path.join(CACHE, "gen-%d-flat.json" % n)


def ensure_generated(n):
    path, flat = gen_path(n)
    stamp = path + ".stamp"
    want = str(os.path.getmtime(os.path.join(HERE, "gen.py")))
    if not (os.path.exists(path) and os.path.exists(flat) and os.path.exists(stamp)
            and open(stamp).read() == want):
        log("generating %d models ..." % n)
        subprocess.run([PY, os.path.join(HERE, "gen.py"), "--models", str(n), "--flat", flat, path],
                       check=True)
        open(stamp, "w").write(want)
    return path, flat


def ensure_real():
    out = {}
    sources = {"epoch": "epoch_all_ml_systems_2025-06-20.csv",
               "leaderboard": "open_llm_leaderboard_v2_2025-02.csv"}
    for kind, name in sources.items():
        csv_path = os.path.join(SHARED, name)
        if not os.path.exists(csv_path):
            log("no %s: skipping the real %s catalogue" % (csv_path, kind))
            continue
        path = os.path.join(CACHE, "real-%s.json" % kind)
        if not os.path.exists(path) or os.path.getmtime(path) < os.path.getmtime(
                os.path.join(HERE, "convert.py")):
            subprocess.run([PY, os.path.join(HERE, "convert.py"), kind, csv_path, path], check=True)
        out[kind] = path
    return out


def timed(cmd, stdout=subprocess.DEVNULL):
    """Runs cmd (a shell string) under /usr/bin/time: (wall, cpu, rss_mb, rc)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        t0 = time.monotonic()
        p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", "-o", tf.name, "sh", "-c", cmd],
                           stdout=stdout, stderr=subprocess.DEVNULL)
        wall = time.monotonic() - t0
        parts = tf.read().split()
    u, s, rss = float(parts[-3]), float(parts[-2]), int(parts[-1])
    return {"wall": wall, "cpu": u + s, "rss": rss / 1024.0, "rc": p.returncode}


def rounds(cmds, runs):
    """cmds: {label: shell}. Interleaves: each round runs every command once,
    starting one further along each time. Returns {label: [results]}."""
    res = {k: [] for k in cmds}
    labels = list(cmds)
    for r in range(runs):
        for i in range(len(labels)):
            k = labels[(r + i) % len(labels)]
            res[k].append(timed(cmds[k]))
    return res


def stat(samples, key):
    v = [s[key] for s in samples]
    return {"median": statistics.median(v), "min": min(v), "max": max(v), "n": len(v)}


def vd_script(flat, tmpdir):
    sheet = os.path.splitext(os.path.basename(flat))[0]
    path = os.path.join(tmpdir, "sort-%s.vdj" % sheet)
    with open(path, "w") as f:
        for row in VD_LOG:
            row = {k: v.replace("{file}", flat).replace("{sheet}", sheet) for k, v in row.items()}
            f.write(json.dumps(row) + "\n")
    return path


def list_cmds(path, flat, n, tmpdir):
    q = shlex.quote
    cmds = {"dokpamo": "%s --data %s list --sort -params_total_b --format tsv > /dev/null"
            % (q(DOKPAMO), q(path)),
            "dokpamo-1t": "%s --threads 1 --data %s list --sort -params_total_b --format tsv > /dev/null"
            % (q(DOKPAMO), q(path))}
    if FLOOR:
        cmds["floor"] = "%s %s > /dev/null" % (q(FLOOR), q(path))
    if n <= PEERS_MAX and HAVE_JQ:
        prog = os.path.join(tmpdir, "flatten.jq")
        open(prog, "w").write(JQ_PROG)
        cmds["jq"] = "jq -r -f %s %s > /dev/null" % (q(prog), q(path))
    if n <= PEERS_MAX and HAVE_VD and flat:
        out = os.path.join(tmpdir, "vd-out.tsv")
        cmds["visidata"] = ("vd -b --disp-float-fmt '{}' -p %s -o %s > /dev/null 2>&1"
                            % (q(vd_script(flat, tmpdir)), q(out)))
    return cmds


def validate_cmds(path, n):
    q = shlex.quote
    cmds = {"dokpamo": "%s validate %s > /dev/null 2>&1" % (q(DOKPAMO), q(path))}
    if HAVE_JQ and n <= PEERS_MAX:
        cmds["jq"] = "jq empty %s" % q(path)  # parse only: a floor for any checker
    return cmds


# ---- time to first screen, in tmux ---------------------------------------

def tmux(*args, check=True):
    return subprocess.run(["tmux", "-L", "dokpamo-bench"] + list(args), capture_output=True,
                          text=True, check=check)


def first_screen(cmd, ready, timeout=120.0):
    """Starts cmd in a fresh 80x24 tmux pane and polls the pane until
    ready(text) holds. Returns seconds, or None on timeout."""
    tmux("kill-server", check=False)
    tmux("new-session", "-d", "-x", "80", "-y", "24", "-s", "b", "sleep 1000000")
    tmux("set-option", "-g", "status", "off", check=False)
    env = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color "
    t0 = time.monotonic()
    tmux("respawn-pane", "-k", "-t", "b", env + cmd)
    took = None
    while time.monotonic() - t0 < timeout:
        text = tmux("capture-pane", "-p", "-t", "b", check=False).stdout
        if ready(text):
            took = time.monotonic() - t0
            break
    tmux("kill-server", check=False)
    return took


def dokpamo_ready(text):
    # The bottom line with the pane keys is drawn with the rest of the
    # first screen (one refresh), rows included.
    # (English "q quit", Korean "q 종료": the language follows the locale
    # and the catalogue, and a bench that waits for the wrong one waits
    # out its timeout.)
    return "1 params" in text or "q quit" in text or "q 종료" in text


def vd_ready(first_id):
    return lambda text: first_id in text


def first_screen_rounds(path, flat, first_id, runs):
    q = shlex.quote
    cmds = {"dokpamo": (("%s --state=never --data %s" % (q(DOKPAMO), q(path))), dokpamo_ready)}
    if HAVE_VD and flat:
        cmds["visidata"] = ("vd %s" % q(flat), vd_ready(first_id))
    res = {k: [] for k in cmds}
    labels = list(cmds)
    for r in range(runs):
        for i in range(len(labels)):
            k = labels[(r + i) % len(labels)]
            t = first_screen(*cmds[k])
            if t is not None:
                res[k].append({"wall": t})
    return res


# ---- bytes and write() calls per key, in tmux under strace -------------------

def settle(quiet=0.4, limit=15.0):
    """Polls the pane until it has not changed for `quiet` seconds."""
    t0 = time.monotonic()
    last, since = None, time.monotonic()
    while time.monotonic() - t0 < limit:
        text = tmux("capture-pane", "-p", "-t", "b", check=False).stdout
        if text != last:
            last, since = text, time.monotonic()
        elif time.monotonic() - since >= quiet:
            return True
        time.sleep(0.02)
    return False


def term_writes(cmd, ready, keys, size=(80, 24), timeout=120.0):
    """Runs cmd in a fresh tmux pane under strace (write and writev to fd 1),
    waits for ready(screen) and a quiet screen, sends `keys` (tmux key names)
    one at a time, waiting for the screen to settle after each, and returns
    (bytes, calls) written after the first key and before quitting."""
    log_path = tempfile.mktemp(prefix="dokpamo-strace-")
    tmux("kill-server", check=False)
    tmux("new-session", "-d", "-x", str(size[0]), "-y", str(size[1]), "-s", "b", "sleep 1000000")
    tmux("set-option", "-g", "status", "off", check=False)
    env = "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=tmux-256color "
    tmux("respawn-pane", "-k", "-t", "b", env + "strace -f -qq -ttt -s 0 -e trace=write,writev -e signal=none -o %s %s"
         % (shlex.quote(log_path), cmd))
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if ready(tmux("capture-pane", "-p", "-t", "b", check=False).stdout):
            break
        time.sleep(0.02)
    else:
        tmux("kill-server", check=False)
        return None
    settle()
    start = time.time()
    for k in keys:
        tmux("send-keys", "-t", "b", k)
        settle(0.25)
    end = time.time()
    tmux("kill-server", check=False)
    time.sleep(0.2)
    nbytes = calls = 0
    import re
    pat = re.compile(r"^(?:\d+\s+)?(\d+\.\d+) (?:write|writev)\(1,.*= (\d+)$")
    try:
        for line in open(log_path):
            m = pat.match(line.strip())
            if m and start <= float(m.group(1)) < end:
                nbytes += int(m.group(2))
                calls += 1
    finally:
        try:
            os.unlink(log_path)
        except OSError:
            pass
    return {"bytes": nbytes, "calls": calls}


def writes_per_key(data, tsv, runs):
    """dokpamo, htop and less: bytes and write() calls per key press."""
    q = shlex.quote
    tools = {"dokpamo": ("%s --no-config --state=never --data %s" % (q(DOKPAMO), q(data)), dokpamo_ready)}
    if shutil.which("htop"):
        tools["htop"] = ("htop -d 600", lambda t: "PID" in t)
    if shutil.which("less"):
        # The TSV's header line (at 80 columns params_total_b is off screen).
        tools["less"] = ("less -S %s" % q(tsv), lambda t: t.split("\n", 1)[0].startswith("id"))
    scripts = {"10 × Down (j)": ["Down"] * 10, "3 × PgDn": ["NPage"] * 3}
    only_dokpamo = {"Tab": ["Tab"], "s (re-sort)": ["s"]}
    out = {}
    for size in ((80, 24), (200, 60)):
        for name, keys in list(scripts.items()) + list(only_dokpamo.items()):
            label = "%s at %dx%d" % (name, size[0], size[1])
            out[label] = {}
            for tool, (cmd, ready) in tools.items():
                if name in only_dokpamo and tool != "dokpamo":
                    continue
                got = [term_writes(cmd, ready, keys, size) for _ in range(runs)]
                got = [g for g in got if g]
                if got:
                    out[label][tool] = {"bytes": statistics.median(g["bytes"] for g in got) / len(keys),
                                        "calls": statistics.median(g["calls"] for g in got) / len(keys)}
    return out


# ---- re-sort + redraw, headless ---------------------------------------------

def headless_resort(path, tmpdir, runs, sorts=10):
    """CPU time of a headless session with `sorts` re-sorts (each followed
    by a screen dump) minus one with none, per re-sort."""
    q = shlex.quote
    base = os.path.join(tmpdir, "h0.keys")
    many = os.path.join(tmpdir, "h%d.keys" % sorts)
    open(base, "w").write(":dump\n")
    open(many, "w").write(":dump\n" + "s\n:dump\n" * sorts)
    cmds = {"0": "%s --data %s --headless-script %s --size 80x24 > /dev/null" % (q(DOKPAMO), q(path), q(base)),
            "n": "%s --data %s --headless-script %s --size 80x24 > /dev/null" % (q(DOKPAMO), q(path), q(many))}
    probe = timed(cmds["0"])
    if probe["rc"] != 0:
        return None
    res = rounds(cmds, runs)
    d = [(b["cpu"] - a["cpu"]) / sorts for a, b in zip(res["0"], res["n"])]
    w = [(b["wall"] - a["wall"]) / sorts for a, b in zip(res["0"], res["n"])]
    out = {"cpu_per_resort": statistics.median(d), "wall_per_resort": statistics.median(w),
           "min": min(d), "max": max(d), "n": len(d)}
    # Once every column's keys are built: 10 presses to build them, then
    # 200 more (no dumps) against the 10 alone, per press. The load (a few
    # seconds at 100k, and noisy on a shared machine) cancels out better
    # over 200 presses than over 10.
    warm = os.path.join(tmpdir, "warm.keys")
    steady = os.path.join(tmpdir, "steady.keys")
    open(warm, "w").write("s\n" * sorts + ":dump\n")
    open(steady, "w").write("s\n" * (sorts + 200) + ":dump\n")
    cmds = {"0": "%s --data %s --headless-script %s --size 80x24 > /dev/null" % (q(DOKPAMO), q(path), q(warm)),
            "n": "%s --data %s --headless-script %s --size 80x24 > /dev/null" % (q(DOKPAMO), q(path), q(steady))}
    res = rounds(cmds, runs)
    d = [(b["cpu"] - a["cpu"]) / 200 for a, b in zip(res["0"], res["n"])]
    out.update({"cpu_steady": statistics.median(d), "steady_min": min(d), "steady_max": max(d)})
    return out


def headless_first(path, tmpdir, runs):
    q = shlex.quote
    keys = os.path.join(tmpdir, "first.keys")
    open(keys, "w").write(":dump\n")
    return rounds({"dokpamo": "%s --data %s --headless-script %s --size 80x24 > /dev/null"
                   % (q(DOKPAMO), q(path), q(keys))}, runs)["dokpamo"]


def hyperfine_headline(cmds, name, runs):
    if not shutil.which("hyperfine"):
        return None
    out = os.path.join(OUT, "hyperfine-%s.json" % name)
    args = ["hyperfine", "-N" if False else "--shell=sh", "--warmup", "1", "--runs", str(runs),
            "--export-json", out]
    for k, c in cmds.items():
        args += ["-n", k, c]
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        return {r["command"]: {"median": r["median"], "min": r["min"], "max": r["max"]}
                for r in json.load(open(out))["results"]}
    except (OSError, ValueError, KeyError):
        return None


# ---- report ----------------------------------------------------------------

def fmt_s(x):
    if x is None:
        return "-"
    return "%.0f ms" % (x * 1000) if x < 10 else "%.1f s" % x


def row(label, st, key="wall"):
    s = st
    return "| %-34s | %10s | %10s .. %-10s | %3d |" % (label, fmt_s(s["median"]), fmt_s(s["min"]),
                                                   fmt_s(s["max"]), s["n"])


def main():
    os.makedirs(CACHE, exist_ok=True)
    os.makedirs(OUT, exist_ok=True)
    tmpdir = tempfile.mkdtemp(prefix="dokpamo-bench-")
    results = {"sizes": {}, "real": {}, "machine": os.uname().nodename, "runs": RUNS}
    lines = []
    p = lines.append
    try:
        for n in SIZES:
            path, flat = ensure_generated(n)
            runs = RUNS if n < 1000000 else max(2, RUNS // 2)
            log("size %d: list ..." % n)
            r = {"bytes": os.path.getsize(path)}
            r["list"] = rounds(list_cmds(path, flat, n, tmpdir), runs)
            log("size %d: validate ..." % n)
            r["validate"] = rounds(validate_cmds(path, n), runs)
            if n in (1000, 100000):
                log("size %d: first screen (tmux) ..." % n)
                first_id = json.load(open(flat))[0]["id"] if n <= 100000 else None
                r["first_screen"] = first_screen_rounds(path, flat, first_id, runs) if HAVE_TMUX else {}
                r["first_screen_headless"] = headless_first(path, tmpdir, runs)
            if n == 100000:
                log("size %d: re-sort + redraw (headless) ..." % n)
                r["resort"] = headless_resort(path, tmpdir, runs)
                r["hyperfine_list"] = hyperfine_headline(list_cmds(path, flat, n, tmpdir), "list-100k", 3)
            results["sizes"][n] = r
        if HAVE_TMUX and HAVE_STRACE:
            log("bytes and writes per key (tmux, strace) ...")
            wdata, _ = ensure_generated(10000)
            wtsv = os.path.join(CACHE, "gen-10000.tsv")
            with open(wtsv, "w") as f:
                subprocess.run([DOKPAMO, "--data", wdata, "list", "--format", "tsv"], stdout=f, check=True)
            results["writes"] = writes_per_key(wdata, wtsv, max(1, min(RUNS, 3)))
        bundled = os.path.join(REPO, "data", "consortia.json")
        log("bundled dataset: first screen ...")
        b = {"first_screen_headless": headless_first(bundled, tmpdir, RUNS)}
        if HAVE_TMUX:
            b["first_screen"] = first_screen_rounds(bundled, bundled if HAVE_VD else None, "schema_version",
                                                    RUNS)
        results["bundled"] = b
        for kind, path in ensure_real().items():
            log("real %s ..." % kind)
            q = shlex.quote
            results["real"][kind] = {
                "bytes": os.path.getsize(path),
                "list": rounds({"dokpamo": "%s --data %s list --sort -params_total_b --format tsv > /dev/null 2>&1"
                                % (q(DOKPAMO), q(path)),
                                "jq": "jq -r -f %s %s > /dev/null" % (q(os.path.join(tmpdir, "flatten.jq")), q(path))}
                               if HAVE_JQ and os.path.exists(os.path.join(tmpdir, "flatten.jq")) else
                               {"dokpamo": "%s --data %s list --sort -params_total_b --format tsv > /dev/null 2>&1"
                                % (q(DOKPAMO), q(path))}, RUNS),
                "first_screen_headless": headless_first(path, tmpdir, RUNS)}
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    json.dump(results, open(os.path.join(OUT, "results.json"), "w"), indent=1, default=str)
    report = render(results)
    open(os.path.join(OUT, "report.md"), "w").write(report)
    print(report)


def ratio(a, b):
    return "%.1f×" % (b / a) if a and b else "-"


def render(R):
    L = []
    p = L.append
    p("## list --sort -params_total_b --format tsv (medians of interleaved rounds)\n")
    p("| models | file | dokpamo wall | CPU | peak RSS | jq wall | jq RSS | VisiData wall | VisiData RSS | × jq | × VisiData | RSS / jq |")
    p("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, r in sorted(R["sizes"].items()):
        l = r["list"]
        d = stat(l["dokpamo"], "wall")
        dc = stat(l["dokpamo"], "cpu")
        dr = stat(l["dokpamo"], "rss")
        j = stat(l["jq"], "wall") if "jq" in l else None
        jr = stat(l["jq"], "rss") if "jq" in l else None
        v = stat(l["visidata"], "wall") if "visidata" in l else None
        vr = stat(l["visidata"], "rss") if "visidata" in l else None
        p("| %s | %.0f MB | %s (%s..%s) | %s | %.0f MB | %s | %s | %s | %s | %s | %s | %s |" % (
            "{:,}".format(n), r["bytes"] / 1e6, fmt_s(d["median"]), fmt_s(d["min"]), fmt_s(d["max"]),
            fmt_s(dc["median"]), dr["median"],
            fmt_s(j["median"]) if j else "-", ("%.0f MB" % jr["median"]) if jr else "-",
            fmt_s(v["median"]) if v else "-", ("%.0f MB" % vr["median"]) if vr else "-",
            ratio(d["median"], j["median"]) if j else "-", ratio(d["median"], v["median"]) if v else "-",
            ("%.2f" % (dr["median"] / jr["median"])) if jr else "-"))
    if any("floor" in r["list"] for r in R["sizes"].values()):
        p("\n## list against the bare cJSON floor (bench/floor.c: parse whole, sort, print; no checks)\n")
        p("| models | dokpamo wall | CPU | 1 thread wall | CPU | floor wall | CPU | floor RSS | × floor (wall) | × floor (CPU) |")
        p("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for n, r in sorted(R["sizes"].items()):
            l = r["list"]
            if "floor" not in l:
                continue
            d, dc = stat(l["dokpamo"], "wall"), stat(l["dokpamo"], "cpu")
            o, oc = stat(l["dokpamo-1t"], "wall"), stat(l["dokpamo-1t"], "cpu")
            f, fc, fr = stat(l["floor"], "wall"), stat(l["floor"], "cpu"), stat(l["floor"], "rss")
            p("| %s | %s | %s | %s | %s | %s | %s | %.0f MB | %s | %s |" % (
                "{:,}".format(n), fmt_s(d["median"]), fmt_s(dc["median"]), fmt_s(o["median"]),
                fmt_s(oc["median"]), fmt_s(f["median"]), fmt_s(fc["median"]), fr["median"],
                ratio(d["median"], f["median"]), ratio(dc["median"], fc["median"])))
    p("\n## validate (dokpamo validate vs `jq empty`, a parse-only floor)\n")
    p("| models | dokpamo wall | CPU | peak RSS | jq empty wall | jq RSS |")
    p("|---:|---:|---:|---:|---:|---:|")
    for n, r in sorted(R["sizes"].items()):
        v = r["validate"]
        d, dc, dr = stat(v["dokpamo"], "wall"), stat(v["dokpamo"], "cpu"), stat(v["dokpamo"], "rss")
        j = stat(v["jq"], "wall") if "jq" in v else None
        jr = stat(v["jq"], "rss") if "jq" in v else None
        p("| %s | %s (%s..%s) | %s | %.0f MB | %s | %s |" % (
            "{:,}".format(n), fmt_s(d["median"]), fmt_s(d["min"]), fmt_s(d["max"]), fmt_s(dc["median"]),
            dr["median"], fmt_s(j["median"]) if j else "-", ("%.0f MB" % jr["median"]) if jr else "-"))
    p("\n## growth 1k → 1M (list, CPU seconds per 1,000 models)\n")
    p("| models | CPU | per 1k models | vs 10k |")
    p("|---:|---:|---:|---:|")
    base = None
    for n, r in sorted(R["sizes"].items()):
        c = stat(r["list"]["dokpamo"], "cpu")["median"]
        per = c / n * 1000
        if n == 10000:
            base = per
        p("| %s | %s | %.2f ms | %s |" % ("{:,}".format(n), fmt_s(c), per * 1000,
                                          ("%.2f" % (per / base)) if base else "-"))
    p("\n## time to first screen (80×24)\n")
    p("| data | dokpamo (tmux, polled) | VisiData (tmux, polled) | × VisiData | dokpamo headless |")
    p("|---|---:|---:|---:|---:|")
    items = [("%s models" % "{:,}".format(n), r) for n, r in sorted(R["sizes"].items()) if "first_screen" in r]
    if "bundled" in R:
        items.append(("bundled dataset", R["bundled"]))
    for label, r in items:
        fs = r.get("first_screen", {})
        d = stat(fs["dokpamo"], "wall") if fs.get("dokpamo") else None
        v = stat(fs["visidata"], "wall") if fs.get("visidata") else None
        h = stat(r["first_screen_headless"], "wall") if r.get("first_screen_headless") else None
        p("| %s | %s | %s | %s | %s |" % (label, fmt_s(d["median"]) if d else "-", fmt_s(v["median"]) if v else "-",
                                          ratio(d["median"], v["median"]) if d and v else "-",
                                          fmt_s(h["median"]) if h else "-"))
    if R.get("writes"):
        p("\n## bytes / write() calls to the terminal per key (tmux, strace; 10k catalogue; htop -d 600, less -S on its TSV)\n")
        p("| keys | dokpamo | htop | less | bytes × htop | writes × htop |")
        p("|---|---:|---:|---:|---:|---:|")
        for label, t in R["writes"].items():
            cell = lambda k: ("%.0f B / %.1f" % (t[k]["bytes"], t[k]["calls"])) if k in t else "-"
            d, h = t.get("dokpamo"), t.get("htop")
            p("| %s | %s | %s | %s | %s | %s |" % (
                label, cell("dokpamo"), cell("htop"), cell("less"),
                ("%.2f" % (d["bytes"] / h["bytes"])) if d and h and h["bytes"] else "-",
                ("%.2f" % (d["calls"] / h["calls"])) if d and h and h["calls"] else "-"))
    r100 = R["sizes"].get(100000, {})
    if r100.get("resort"):
        rs = r100["resort"]
        p("\n## re-sort + redraw at 100k (headless, per `s`, CPU)\n")
        p("median %s (spread %s .. %s, %d rounds); wall %s" % (
            fmt_s(rs["cpu_per_resort"]), fmt_s(rs["min"]), fmt_s(rs["max"]), rs["n"], fmt_s(rs["wall_per_resort"])))
        if "cpu_steady" in rs:
            p("\nonce the keys are built (10 × `s`, then 200 more without dumps, per `s`, CPU): median %s (%s .. %s)" % (
                fmt_s(rs["cpu_steady"]), fmt_s(rs["steady_min"]), fmt_s(rs["steady_max"])))
    if r100.get("hyperfine_list"):
        p("\n## hyperfine, list at 100k (wall)\n")
        for k, v in r100["hyperfine_list"].items():
            p("- %s: median %s (%s .. %s)" % (k, fmt_s(v["median"]), fmt_s(v["min"]), fmt_s(v["max"])))
    if R["real"]:
        p("\n## real catalogues\n")
        p("| catalogue | file | dokpamo list | RSS | jq | × jq | first screen (headless) |")
        p("|---|---:|---:|---:|---:|---:|---:|")
        for kind, r in sorted(R["real"].items()):
            d = stat(r["list"]["dokpamo"], "wall")
            dr = stat(r["list"]["dokpamo"], "rss")
            j = stat(r["list"]["jq"], "wall") if "jq" in r["list"] else None
            h = stat(r["first_screen_headless"], "wall")
            p("| %s | %.1f MB | %s | %.0f MB | %s | %s | %s |" % (
                kind, r["bytes"] / 1e6, fmt_s(d["median"]), dr["median"], fmt_s(j["median"]) if j else "-",
                ratio(d["median"], j["median"]) if j else "-", fmt_s(h["median"])))
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    main()
