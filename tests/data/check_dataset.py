#!/usr/bin/python3
"""Check a dokpamo dataset against doc/dataset-format.md (schema_version 1).

Usage: check_dataset.py [DATA.json [SCHEMA.json]]
Defaults: data/consortia.json and data/schema.json next to this repository.
Standard library only. Prints every violation with its JSON path and exits 1
when there is any (2 when a file cannot be read or parsed).

Besides the format rules it checks that the bundled file has the five
consortia, the seven project models and the reference models, and that
data/schema.json is valid JSON describing the same keys.
"""
import datetime
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))

ID_RE = re.compile(r"^[a-z0-9][a-z0-9.-]*$")
SRC_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]*$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
WHY = {"undisclosed", "not-evaluated", "not-applicable", "unknown"}
KINDS = {"university", "research", "startup", "chip", "telecom", "game", "mobility",
         "data", "service", "public", "enterprise", "other"}
RESULTS = {"selected", "presented", "advanced", "eliminated", "pending", "declined"}
CLAIM_KINDS = {"vendor", "official", "third-party"}
MODALITIES = {"text", "image", "video", "audio"}
WHY_FIELDS = ("params_total_b", "params_active_b", "context_tokens", "license", "released")
MODEL_FIELDS = {"id", "name", "aliases", "reference", "developer", "variant_of", "params_total_b",
                "params_active_b", "architecture", "modalities", "context_tokens", "license",
                "released", "claims", "roadmap", "why", "source", "field_sources", "note", "entered_for"}
RELIABILITY = {"primary", "secondary", "uncertain"}
RELATIONS = {"member", "affiliate", "customer", "loi", "research"}
BENCH_GROUPS = {"korean", "global", "index", "other"}
EVENT_KINDS = {"selection", "presentation", "result", "call", "release", "announcement", "funding", "partner"}
CORE_FIELDS = ("params_total_b", "params_active_b", "context_tokens", "license")
EXTRA_TOP = ("benchmarks", "results", "events", "budget", "applicants", "officials")
BIDI = set(chr(c) for c in list(range(0x202A, 0x202F)) + list(range(0x2066, 0x206A)) + [0x200E, 0x200F, 0x061C])


class Checker:
    def __init__(self):
        self.errors = []
        self.source_ids = set()
        self.src_refs = []  # (path, id)
        self.dates = []  # (date, path): every dated fact, for as_of
        self.warnings = []  # core fields backed only by uncertain sources

    def err(self, path, msg):
        self.errors.append("%s: %s" % (path or "$", msg))

    # ---------------------------------------------------------- primitives
    def obj(self, v, path, required, optional=()):
        """v must be an object with all `required` keys, only those plus
        `optional`, `note` and x- keys. Returns False when v is no object."""
        if not isinstance(v, dict):
            self.err(path, "expected an object, got %s" % tname(v))
            return False
        for k in required:
            if k not in v:
                self.err(path, "missing key '%s'" % k)
        allowed = set(required) | set(optional) | {"note"}
        for k in v:
            if k not in allowed and not k.startswith("x-"):
                self.err("%s.%s" % (path, k), "unknown key")
        if "note" in v and "note" not in required:
            self.note(v["note"], path + ".note")
        return True

    def string(self, v, path, nullable=False):
        if v is None and nullable:
            return True
        if not isinstance(v, str):
            self.err(path, "expected a string%s, got %s" % (" or null" if nullable else "", tname(v)))
            return False
        if v == "":
            self.err(path, "empty string (unknown is null, never \"\")")
            return False
        return True

    def text(self, v, path, nullable=False):
        if v is None and nullable:
            return
        if not self.obj(v, path, ("ko", "en")):
            return
        for lang in ("ko", "en"):
            if lang in v:
                self.string(v[lang], "%s.%s" % (path, lang), nullable=True)
        if v.get("ko") is None and v.get("en") is None:
            self.err(path, "text needs at least one of ko/en non-null")

    def note(self, v, path):
        if isinstance(v, str):
            self.string(v, path)
        else:
            self.text(v, path)

    def number(self, v, path, nullable=False):
        if v is None and nullable:
            return True
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            self.err(path, "expected a number%s, got %s" % (" or null" if nullable else "", tname(v)))
            return False
        if v != v or v in (float("inf"), float("-inf")):
            self.err(path, "number must be finite")
            return False
        if v < 0:
            self.err(path, "number must be non-negative")
            return False
        return True

    def boolean(self, v, path):
        if not isinstance(v, bool):
            self.err(path, "expected a boolean, got %s" % tname(v))

    def date(self, v, path, nullable=True):
        if v is None and nullable:
            return
        if not isinstance(v, str) or not DATE_RE.match(v):
            self.err(path, "expected a date YYYY-MM-DD%s, got %r" % (" or null" if nullable else "", v))
            return
        try:
            datetime.date(int(v[:4]), int(v[5:7]), int(v[8:10]))
        except ValueError:
            self.err(path, "not a real calendar date: %s" % v)

    def ident(self, v, path):
        if not isinstance(v, str) or not ID_RE.match(v):
            self.err(path, "invalid id %r (want [a-z0-9][a-z0-9.-]*)" % (v,))
            return False
        return True

    def enum(self, v, allowed, path, nullable=False):
        if v is None and nullable:
            return
        if v not in allowed:
            self.err(path, "invalid value %r (allowed: %s)" % (v, ", ".join(sorted(allowed))))

    def why(self, v, path, nullable=True):
        self.enum(v, WHY, path, nullable)

    def src(self, v, path):
        ids = [v] if isinstance(v, str) else v
        if not isinstance(ids, list) or not ids:
            self.err(path, "source must be an id or a non-empty array of ids")
            return
        for i, s in enumerate(ids):
            p = path if isinstance(v, str) else "%s[%d]" % (path, i)
            if not isinstance(s, str) or not s:
                self.err(p, "source id must be a non-empty string")
            else:
                self.src_refs.append((p, s))

    def array(self, v, path, fn, allow_empty=True):
        if not isinstance(v, list):
            self.err(path, "expected an array, got %s" % tname(v))
            return []
        if not v and not allow_empty:
            self.err(path, "array must not be empty")
        for i, x in enumerate(v):
            fn(x, "%s[%d]" % (path, i))
        return v

    def unique(self, items, path, what):
        seen = {}
        for i, x in enumerate(items):
            if not isinstance(x, dict) or not isinstance(x.get("id"), str):
                continue
            if x["id"] in seen:
                self.err("%s[%d].id" % (path, i), "duplicate %s id '%s' (first at [%d])" % (what, x["id"], seen[x["id"]]))
            else:
                seen[x["id"]] = i
        return seen

    # ---------------------------------------------------------- strings
    def strings(self, v, path):
        """Every string (and key) is NFC and free of control, escape and bidi characters."""
        if isinstance(v, dict):
            for k, x in v.items():
                self.one_string(k, path + ".<key " + k + ">")
                self.strings(x, "%s.%s" % (path, k))
        elif isinstance(v, list):
            for i, x in enumerate(v):
                self.strings(x, "%s[%d]" % (path, i))
        elif isinstance(v, str):
            self.one_string(v, path)

    def one_string(self, s, path):
        for ch in s:
            o = ord(ch)
            if o < 0x20 or 0x7F <= o < 0xA0:
                self.err(path, "control character U+%04X" % o)
                break
            if ch in BIDI:
                self.err(path, "bidi control character U+%04X" % o)
                break
            if 0xD800 <= o < 0xE000:
                self.err(path, "lone surrogate U+%04X" % o)
                break
        if unicodedata.normalize("NFC", s) != s:
            self.err(path, "string is not NFC")

    # ---------------------------------------------------------- structure
    def check(self, d):
        self.strings(d, "$")
        top = ("schema_version", "title", "as_of", "sources", "stages", "evaluation_schemes",
               "consortia", "reference_models", "contradictions")
        if not self.obj(d, "$", top, EXTRA_TOP):
            return
        if d.get("schema_version") != 1 or isinstance(d.get("schema_version"), bool):
            self.err("$.schema_version", "must be the integer 1")
        self.text(d.get("title"), "$.title")
        self.date(d.get("as_of"), "$.as_of")

        sources = self.array(d.get("sources"), "$.sources", self.source)
        self.source_ids = set(self.unique(sources, "$.sources", "source"))

        stages = self.array(d.get("stages"), "$.stages", self.stage)
        self.stage_ids = set(self.unique(stages, "$.stages", "stage"))

        self.parts_of = {}
        schemes = self.array(d.get("evaluation_schemes"), "$.evaluation_schemes", self.scheme)
        self.unique(schemes, "$.evaluation_schemes", "scheme")

        self.models = []  # (path, model, is_reference)
        consortia = self.array(d.get("consortia"), "$.consortia", self.consortium)
        self.consortium_ids = set(self.unique(consortia, "$.consortia", "consortium"))
        self.array(d.get("reference_models"), "$.reference_models",
                   lambda m, p: self.model(m, p, reference=True))

        # model ids unique across consortia and references
        seen = {}
        for p, m, _ in self.models:
            mid = m.get("id")
            if isinstance(mid, str):
                if mid in seen:
                    self.err(p + ".id", "duplicate model id '%s' (first at %s)" % (mid, seen[mid]))
                else:
                    seen[mid] = p
        self.model_ids = set(seen)
        for p, m, _ in self.models:
            vo = m.get("variant_of")
            if vo is not None and vo not in self.model_ids:
                self.err(p + ".variant_of", "unknown model id '%s'" % vo)
            if vo is not None and vo == m.get("id"):
                self.err(p + ".variant_of", "model cannot be a variant of itself")

        contras = self.array(d.get("contradictions"), "$.contradictions", self.contradiction)
        self.unique(contras, "$.contradictions", "contradiction")
        for i, c in enumerate(contras):
            if isinstance(c, dict) and "about" in c and c["about"] not in self.model_ids | self.consortium_ids:
                self.err("$.contradictions[%d].about" % i, "unknown model/consortium id '%s'" % c["about"])

        self.model_paths = {m.get("id"): (p, m) for p, m, _ in self.models}
        self.array(d.get("benchmarks", []), "$.benchmarks", self.benchmark)
        self.bench_ids = set(self.unique(d.get("benchmarks") or [], "$.benchmarks", "benchmark"))
        self.array(d.get("results", []), "$.results", self.result)
        events = self.array(d.get("events", []), "$.events", self.event)
        self.unique(events, "$.events", "event")
        budget = self.array(d.get("budget", []), "$.budget", self.budget_line)
        self.unique(budget, "$.budget", "budget")
        self.array(d.get("applicants", []), "$.applicants", self.applicant)
        self.array(d.get("officials", []), "$.officials", self.person)

        for p, s in self.src_refs:
            if s not in self.source_ids:
                self.err(p, "unknown source id '%s'" % s)
        cited = {s for _, s in self.src_refs}
        for i, s in enumerate(sources):
            if isinstance(s, dict) and s.get("id") in self.source_ids and s["id"] not in cited:
                self.err("$.sources[%d]" % i, "source %s is cited by no field" % s["id"])
        # the newest dated fact, sources included
        for i, s in enumerate(sources):
            if isinstance(s, dict) and isinstance(s.get("date"), str):
                self.dates.append((s["date"], "$.sources[%d].date" % i))
        if isinstance(d.get("as_of"), str) and self.dates:
            newest = max(self.dates)
            if newest[0] > d["as_of"]:
                self.err("$.as_of", "%s is older than the newest dated fact (%s at %s)"
                         % (d["as_of"], newest[0], newest[1]))
        self.uncertain_ids = {s["id"] for s in sources if isinstance(s, dict) and s.get("uncertain") is True}
        for p, m, _ in self.models:
            fs = m.get("field_sources") if isinstance(m.get("field_sources"), dict) else {}
            for f in CORE_FIELDS:
                if m.get(f) is not None:
                    self.only_uncertain(fs.get(f, m.get("source")), "%s.%s" % (p, f))

    def only_uncertain(self, src, path):
        ids = src if isinstance(src, list) else [src]
        if ids and all(i in getattr(self, "uncertain_ids", ()) for i in ids):
            self.warnings.append("%s: only uncertain sources (%s)" % (path, ", ".join(map(str, ids))))

    def dated(self, v, path):
        if isinstance(v, str) and DATE_RE.match(v):
            self.dates.append((v, path))

    def source(self, s, p):
        if not self.obj(s, p, ("id", "kind", "publisher", "date", "url", "title"), ("uncertain", "reliability")):
            return
        if "reliability" in s:
            self.enum(s["reliability"], RELIABILITY, p + ".reliability")
            if "uncertain" in s and (s["uncertain"] is True) != (s["reliability"] == "uncertain"):
                self.err(p + ".reliability", "disagrees with uncertain")
        if not isinstance(s.get("id"), str) or not SRC_ID_RE.match(s["id"]):
            self.err(p + ".id", "invalid source id %r" % (s.get("id"),))
        self.enum(s.get("kind"), {"seed", "public"}, p + ".kind")
        self.string(s.get("publisher"), p + ".publisher")
        self.date(s.get("date"), p + ".date")
        self.string(s.get("url"), p + ".url", nullable=True)
        self.string(s.get("title"), p + ".title")
        if "uncertain" in s:
            self.boolean(s["uncertain"], p + ".uncertain")

    def stage(self, s, p):
        if not self.obj(s, p, ("id", "date", "ko", "en", "source"), ("date_end",)):
            return
        self.ident(s.get("id"), p + ".id")
        self.date(s.get("date"), p + ".date")
        self.dated(s.get("date"), p + ".date")
        if "date_end" in s:
            self.date(s["date_end"], p + ".date_end")
            self.dated(s["date_end"], p + ".date_end")
            if isinstance(s.get("date"), str) and isinstance(s.get("date_end"), str) and s["date_end"] < s["date"]:
                self.err(p + ".date_end", "date_end before date")
        self.string(s.get("ko"), p + ".ko")
        self.string(s.get("en"), p + ".en")
        self.src(s.get("source"), p + ".source")

    def scheme(self, s, p):
        if not self.obj(s, p, ("id", "stage", "total", "parts", "source"), ("averages",)):
            return
        self.ident(s.get("id"), p + ".id")
        if s.get("stage") not in self.stage_ids:
            self.err(p + ".stage", "unknown stage id %r" % (s.get("stage"),))
        self.number(s.get("total"), p + ".total")
        parts = self.array(s.get("parts"), p + ".parts", self.scheme_part, allow_empty=False)
        self.unique(parts, p + ".parts", "part")
        self.src(s.get("source"), p + ".source")
        maxes = [x.get("max") for x in parts if isinstance(x, dict)]
        if all(isinstance(m, (int, float)) and not isinstance(m, bool) for m in maxes) and \
                isinstance(s.get("total"), (int, float)):
            if abs(sum(maxes) - s["total"]) > 1e-9:
                self.err(p + ".parts", "part maxima sum to %g, total is %g" % (sum(maxes), s["total"]))
        if isinstance(s.get("id"), str):
            self.parts_of[s["id"]] = {x.get("id"): x.get("max") for x in parts if isinstance(x, dict)}
            self.subs_of = getattr(self, "subs_of", {})
            self.subs_of[s["id"]] = {x.get("id"): {y.get("id"): y.get("max") for y in x.get("parts", []) if isinstance(y, dict)}
                                     for x in parts if isinstance(x, dict)}
        all_parts = {x.get("id"): x.get("max") for x in parts if isinstance(x, dict)}
        for x in parts:
            if isinstance(x, dict):
                all_parts.update({y.get("id"): y.get("max") for y in x.get("parts", []) if isinstance(y, dict)})
        all_parts["total"] = s.get("total")

        def average(a, q):
            if not self.obj(a, q, ("part", "value", "source")):
                return
            if a.get("part") not in all_parts:
                self.err(q + ".part", "unknown part %r" % (a.get("part"),))
            elif self.number(a.get("value"), q + ".value") and isinstance(all_parts[a["part"]], (int, float)) \
                    and a["value"] > all_parts[a["part"]] + 1e-9:
                self.err(q + ".value", "average %g exceeds the max %g" % (a["value"], all_parts[a["part"]]))
            self.src(a.get("source"), q + ".source")
        if "averages" in s:
            self.array(s["averages"], p + ".averages", average)

    def scheme_part(self, x, p, sub=False):
        if not self.obj(x, p, ("id", "ko", "en", "max"), ("description", "panel") + (() if sub else ("parts",))):
            return
        if x.get("id") == "total":
            self.err(p + ".id", "\"total\" is reserved")
        if "panel" in x and (isinstance(x["panel"], bool) or not isinstance(x["panel"], int) or x["panel"] < 0):
            self.err(p + ".panel", "expected a whole number")
        if "parts" in x:
            subs = self.array(x["parts"], p + ".parts", lambda y, q: self.scheme_part(y, q, True))
            self.unique(subs, p + ".parts", "sub-part")
            maxes = [y.get("max") for y in subs if isinstance(y, dict)]
            if all(isinstance(m, (int, float)) and not isinstance(m, bool) for m in maxes) and \
                    isinstance(x.get("max"), (int, float)) and abs(sum(maxes) - x["max"]) > 1e-9:
                self.err(p + ".parts", "sub-part maxima sum to %g, the part's max is %g" % (sum(maxes), x["max"]))
        self.ident(x.get("id"), p + ".id")
        self.string(x.get("ko"), p + ".ko")
        self.string(x.get("en"), p + ".en")
        self.number(x.get("max"), p + ".max")
        if "description" in x:
            self.text(x["description"], p + ".description")

    def consortium(self, c, p):
        req = ("id", "name", "short", "lead", "source", "partners", "strategy", "people", "status", "scores", "models")
        if not self.obj(c, p, req):
            return
        self.ident(c.get("id"), p + ".id")
        for k in ("name", "short", "lead"):
            self.text(c.get(k), "%s.%s" % (p, k))
        self.src(c.get("source"), p + ".source")
        self.array(c.get("partners"), p + ".partners", self.partner)
        self.array(c.get("strategy"), p + ".strategy", self.item)
        self.array(c.get("people"), p + ".people", self.person)
        self.array(c.get("status"), p + ".status", self.status)
        self.array(c.get("scores"), p + ".scores", self.score)
        self.array(c.get("models"), p + ".models", lambda m, q: self.model(m, q, reference=False))

    def partner(self, x, p):
        if not self.obj(x, p, ("name", "kind", "source"), ("role", "uncertain", "relation", "date", "aliases")):
            return
        if "aliases" in x:
            aliases = self.array(x["aliases"], p + ".aliases", lambda a, q: self.string(a, q))
            if len(set(a for a in aliases if isinstance(a, str))) != len(aliases):
                self.err(p + ".aliases", "duplicate alias")
        if "relation" in x:
            self.enum(x["relation"], RELATIONS, p + ".relation")
        if "date" in x:
            self.date(x["date"], p + ".date")
            self.dated(x["date"], p + ".date")
        self.text(x.get("name"), p + ".name")
        self.enum(x.get("kind"), KINDS, p + ".kind")
        if "role" in x:
            self.text(x["role"], p + ".role")
        if "uncertain" in x:
            self.boolean(x["uncertain"], p + ".uncertain")
        self.src(x.get("source"), p + ".source")

    def item(self, x, p):
        if not self.obj(x, p, ("text", "source")):
            return
        self.text(x.get("text"), p + ".text")
        self.src(x.get("source"), p + ".source")

    def person(self, x, p):
        if not self.obj(x, p, ("name", "title", "source"), ("said",)):
            return
        self.text(x.get("name"), p + ".name")
        self.text(x.get("title"), p + ".title")
        if "said" in x:
            self.text(x["said"], p + ".said")
        self.src(x.get("source"), p + ".source")

    def status(self, x, p):
        if not self.obj(x, p, ("stage", "result", "reason", "source"), ("date",)):
            return
        if x.get("stage") not in self.stage_ids:
            self.err(p + ".stage", "unknown stage id %r" % (x.get("stage"),))
        self.enum(x.get("result"), RESULTS, p + ".result")
        self.text(x.get("reason"), p + ".reason", nullable=True)
        if "date" in x:
            self.date(x["date"], p + ".date")
            self.dated(x["date"], p + ".date")
        self.src(x.get("source"), p + ".source")

    def score(self, x, p):
        req = ("scheme", "parts", "total", "total_why", "total_computed", "source")
        if not self.obj(x, p, req):
            return
        parts_max = self.parts_of.get(x.get("scheme"))
        if parts_max is None:
            self.err(p + ".scheme", "unknown scheme id %r" % (x.get("scheme"),))
            parts_max = {}
        seen = set()

        subs_max = getattr(self, "subs_of", {}).get(x.get("scheme"), {})

        def sub(y, q, pid):
            if not self.obj(y, q, ("part", "value", "source"), ("why",)):
                return
            mx = subs_max.get(pid, {}).get(y.get("part"))
            if y.get("part") not in subs_max.get(pid, {}):
                self.err(q + ".part", "unknown sub-part %r of part %r" % (y.get("part"), pid))
            ok = self.number(y.get("value"), q + ".value", nullable=True)
            if y.get("value") is None and y.get("why") is None:
                self.err(q + ".why", "why is required when value is null")
            if ok and y.get("value") is not None and isinstance(mx, (int, float)) and y["value"] > mx + 1e-9:
                self.err(q + ".value", "value %g exceeds the sub-part's max %g" % (y["value"], mx))
            self.src(y.get("source"), q + ".source")

        def part(y, q):
            if not self.obj(y, q, ("part", "value", "why", "source"), ("parts",)):
                return
            if "parts" in y:
                subs = self.array(y["parts"], q + ".parts", lambda z, r: sub(z, r, y.get("part")))
                known = [z.get("value") for z in subs if isinstance(z, dict) and isinstance(z.get("value"), (int, float))]
                if known and isinstance(y.get("value"), (int, float)) and sum(known) > y["value"] + 1e-6:
                    self.err(q + ".parts", "sub-parts add up to %g, more than the part's %g" % (sum(known), y["value"]))
            pid = y.get("part")
            if parts_max and pid not in parts_max:
                self.err(q + ".part", "unknown part id %r of scheme %r" % (pid, x.get("scheme")))
            if pid in seen:
                self.err(q + ".part", "duplicate part %r" % (pid,))
            seen.add(pid)
            ok = self.number(y.get("value"), q + ".value", nullable=True)
            self.why(y.get("why"), q + ".why")
            if y.get("value") is None and y.get("why") is None:
                self.err(q + ".why", "why is required when value is null")
            if y.get("value") is not None and y.get("why") is not None:
                self.err(q + ".why", "why must be null when value is known")
            mx = parts_max.get(pid)
            if ok and y.get("value") is not None and isinstance(mx, (int, float)) and y["value"] > mx + 1e-9:
                self.err(q + ".value", "value %g exceeds the part's max %g" % (y["value"], mx))
            self.src(y.get("source"), q + ".source")

        self.array(x.get("parts"), p + ".parts", part)
        for pid in parts_max:
            if pid not in seen:
                self.err(p + ".parts", "part %r of scheme %r missing" % (pid, x.get("scheme")))
        self.number(x.get("total"), p + ".total", nullable=True)
        self.why(x.get("total_why"), p + ".total_why")
        if x.get("total") is None and x.get("total_why") is None:
            self.err(p + ".total_why", "total_why is required when total is null")
        if x.get("total") is not None and x.get("total_why") is not None:
            self.err(p + ".total_why", "total_why must be null when total is known")
        self.boolean(x.get("total_computed"), p + ".total_computed")
        if x.get("total_computed") is True:
            vals = [y.get("value") for y in x.get("parts", []) if isinstance(y, dict)]
            if any(v is None for v in vals) or x.get("total") is None:
                self.err(p + ".total_computed", "computed total needs every part value")
            elif abs(sum(vals) - x["total"]) > 0.05:
                self.err(p + ".total", "computed total %g != sum of parts %g" % (x["total"], sum(vals)))
        self.src(x.get("source"), p + ".source")

    def model(self, m, p, reference):
        req = ["id", "name", "aliases", "params_total_b", "params_active_b", "architecture", "modalities",
               "context_tokens", "license", "released", "claims", "roadmap", "why", "source"]
        opt = ["reference", "variant_of", "field_sources", "entered_for"]
        if reference:
            req.append("developer")
        if not self.obj(m, p, req, opt):
            return
        if not reference and "developer" in m:
            self.err(p + ".developer", "developer is only for reference models")
        self.models.append((p, m, reference))
        self.ident(m.get("id"), p + ".id")
        self.text(m.get("name"), p + ".name")

        def alias(a, q):
            self.string(a, q)
        aliases = self.array(m.get("aliases"), p + ".aliases", alias)
        if len(set(a for a in aliases if isinstance(a, str))) != len(aliases):
            self.err(p + ".aliases", "duplicate alias")
        if reference:
            if m.get("reference") is not True:
                self.err(p + ".reference", "reference models need \"reference\": true")
            self.text(m.get("developer"), p + ".developer")
        elif "reference" in m and m["reference"] is not False:
            self.err(p + ".reference", "reference: true only in reference_models")
        if "variant_of" in m and m["variant_of"] is not None:
            self.ident(m["variant_of"], p + ".variant_of")
        tot = m.get("params_total_b")
        act = m.get("params_active_b")
        ok1 = self.number(tot, p + ".params_total_b", nullable=True)
        ok2 = self.number(act, p + ".params_active_b", nullable=True)
        if ok1 and ok2 and tot is not None and act is not None and act > tot:
            self.err(p + ".params_active_b", "active (%g) exceeds total (%g)" % (act, tot))

        def tag(t, q):
            if self.string(t, q) and t != t.lower():
                self.err(q, "architecture tags are lowercase")
        tags = self.array(m.get("architecture"), p + ".architecture", tag)
        if "dense" in tags and ok1 and ok2 and tot is not None and act is not None and act != tot:
            self.err(p + ".params_active_b", "dense model: active must equal total")
        mods = m.get("modalities")
        if self.obj(mods, p + ".modalities", ("input", "output")):
            for k in ("input", "output"):
                self.array(mods.get(k), "%s.modalities.%s" % (p, k),
                           lambda v, q: self.enum(v, MODALITIES, q))
        ctx = m.get("context_tokens")
        if ctx is not None and (isinstance(ctx, bool) or not isinstance(ctx, int)):
            self.err(p + ".context_tokens", "expected an integer or null, got %s" % tname(ctx))
        else:
            self.number(ctx, p + ".context_tokens", nullable=True)
        self.string(m.get("license"), p + ".license", nullable=True)
        self.date(m.get("released"), p + ".released")
        self.dated(m.get("released"), p + ".released")
        if "entered_for" in m:
            ef = m["entered_for"]
            if reference:
                self.err(p + ".entered_for", "reference models are not programme entries")
            elif ef is None:
                if not isinstance(m.get("why"), dict) or "entered_for" not in m["why"]:
                    self.err(p + ".entered_for", "null needs why.entered_for")
            elif ef != "outside" and ef not in self.stage_ids:
                self.err(p + ".entered_for", "unknown stage id %r" % (ef,))
        self.array(m.get("claims"), p + ".claims", self.claim)
        self.array(m.get("roadmap"), p + ".roadmap", self.item)
        why = m.get("why")
        if isinstance(why, dict):
            for f in WHY_FIELDS:
                if f in m and m[f] is None and f not in why:
                    self.err(p + ".why", "missing why for null %s" % f)
            for f, w in why.items():
                if f == "entered_for" and "entered_for" in m and m["entered_for"] is None:
                    self.why(w, "%s.why.%s" % (p, f), nullable=False)
                    continue
                if f not in WHY_FIELDS:
                    self.err("%s.why.%s" % (p, f), "not a field that takes a why")
                elif m.get(f) is not None:
                    self.err("%s.why.%s" % (p, f), "why given for a known value")
                self.why(w, "%s.why.%s" % (p, f), nullable=False)
        else:
            self.err(p + ".why", "expected an object, got %s" % tname(why))
        self.src(m.get("source"), p + ".source")
        fs = m.get("field_sources")
        if fs is not None:
            if not isinstance(fs, dict):
                self.err(p + ".field_sources", "expected an object")
            else:
                for f, s in fs.items():
                    if f not in MODEL_FIELDS or f in ("id", "source", "field_sources", "why", "note"):
                        self.err("%s.field_sources.%s" % (p, f), "not a model field")
                    self.src(s, "%s.field_sources.%s" % (p, f))

    def claim(self, c, p):
        req = ("metric", "value", "unit", "baseline", "baseline_value", "relative_pct", "kind", "source")
        if not self.obj(c, p, req, ("date",)):
            return
        self.string(c.get("metric"), p + ".metric")
        self.number(c.get("value"), p + ".value", nullable=True)
        self.string(c.get("unit"), p + ".unit", nullable=True)
        self.string(c.get("baseline"), p + ".baseline", nullable=True)
        self.number(c.get("baseline_value"), p + ".baseline_value", nullable=True)
        self.number(c.get("relative_pct"), p + ".relative_pct", nullable=True)
        self.enum(c.get("kind"), CLAIM_KINDS, p + ".kind")
        if "date" in c:
            self.date(c["date"], p + ".date")
            self.dated(c["date"], p + ".date")
        self.src(c.get("source"), p + ".source")

    def benchmark(self, b, p):
        if not self.obj(b, p, ("id", "name", "group"), ("description", "source")):
            return
        self.ident(b.get("id"), p + ".id")
        self.string(b.get("name"), p + ".name")
        self.enum(b.get("group"), BENCH_GROUPS, p + ".group")
        if "description" in b:
            self.text(b["description"], p + ".description")
        if "source" in b:
            self.src(b["source"], p + ".source")

    def result(self, r, p):
        if not self.obj(r, p, ("model", "benchmark", "value", "reported_by", "source"),
                        ("why", "unit", "setting", "comparator", "reporter", "date")):
            return
        if r.get("model") not in self.model_ids:
            self.err(p + ".model", "unknown model id %r" % (r.get("model"),))
        if r.get("benchmark") not in self.bench_ids:
            self.err(p + ".benchmark", "unknown benchmark id %r" % (r.get("benchmark"),))
        self.number(r.get("value"), p + ".value", nullable=True)
        if r.get("value") is None and r.get("why") is None:
            self.err(p + ".why", "why is required when value is null")
        if r.get("value") is not None and r.get("why") is not None:
            self.err(p + ".why", "why must be absent or null when value is known")
        for k in ("unit", "setting", "comparator", "reporter"):
            if k in r:
                self.string(r[k], "%s.%s" % (p, k), nullable=True)
        self.enum(r.get("reported_by"), CLAIM_KINDS, p + ".reported_by")
        if "date" in r:
            self.date(r["date"], p + ".date")
            self.dated(r["date"], p + ".date")
        self.src(r.get("source"), p + ".source")

    def event(self, e, p):
        if not self.obj(e, p, ("id", "date", "kind", "text", "source"), ("date_end", "stage", "consortium", "model")):
            return
        self.ident(e.get("id"), p + ".id")
        if not isinstance(e.get("date"), str):
            self.err(p + ".date", "an event needs a date")
        self.date(e.get("date"), p + ".date")
        self.dated(e.get("date"), p + ".date")
        if "date_end" in e:
            self.date(e["date_end"], p + ".date_end")
            self.dated(e["date_end"], p + ".date_end")
        self.enum(e.get("kind"), EVENT_KINDS, p + ".kind")
        self.text(e.get("text"), p + ".text")
        if "stage" in e and e["stage"] not in self.stage_ids:
            self.err(p + ".stage", "unknown stage id %r" % (e["stage"],))
        if "consortium" in e and e["consortium"] not in self.consortium_ids:
            self.err(p + ".consortium", "unknown consortium id %r" % (e["consortium"],))
        if "model" in e and e["model"] not in self.model_ids:
            self.err(p + ".model", "unknown model id %r" % (e["model"],))
        self.src(e.get("source"), p + ".source")

    def budget_line(self, b, p):
        if not self.obj(b, p, ("id", "name", "amount_krw_bn", "source"), ("why", "consortium")):
            return
        self.ident(b.get("id"), p + ".id")
        self.text(b.get("name"), p + ".name")
        self.number(b.get("amount_krw_bn"), p + ".amount_krw_bn", nullable=True)
        if b.get("amount_krw_bn") is None and b.get("why") is None:
            self.err(p + ".why", "why is required when the amount is null")
        if "consortium" in b and b["consortium"] not in self.consortium_ids:
            self.err(p + ".consortium", "unknown consortium id %r" % (b["consortium"],))
        self.src(b.get("source"), p + ".source")

    def applicant(self, a, p):
        if not self.obj(a, p, ("name", "call", "stage", "result", "source"), ("consortium",)):
            return
        self.text(a.get("name"), p + ".name")
        for k in ("call", "stage"):
            if a.get(k) not in self.stage_ids:
                self.err("%s.%s" % (p, k), "unknown stage id %r" % (a.get(k),))
        self.enum(a.get("result"), RESULTS, p + ".result")
        if "consortium" in a and a["consortium"] not in self.consortium_ids:
            self.err(p + ".consortium", "unknown consortium id %r" % (a["consortium"],))
        self.src(a.get("source"), p + ".source")

    def contradiction(self, c, p):
        if not self.obj(c, p, ("id", "topic", "values", "note"), ("about", "fields")):
            return
        self.ident(c.get("id"), p + ".id")
        if "fields" in c:
            if not isinstance(c["fields"], list) or not all(isinstance(k, str) and k for k in c["fields"]):
                self.err(p + ".fields", "expected an array of field keys")
            if "about" not in c:
                self.err(p + ".fields", "needs about")
        self.text(c.get("topic"), p + ".topic")
        self.text(c.get("note"), p + ".note")

        def value(v, q):
            if self.obj(v, q, ("value", "source")):
                self.string(v.get("value"), q + ".value")
                self.src(v.get("source"), q + ".source")
        vals = self.array(c.get("values"), p + ".values", value)
        if isinstance(vals, list) and len(vals) < 2:
            self.err(p + ".values", "needs at least 2 values")


def tname(v):
    return {type(None): "null", bool: "boolean", int: "number", float: "number", str: "string",
            list: "array", dict: "object"}.get(type(v), type(v).__name__)


# -------------------------------------------------------------- bundled content
EXPECT_CONSORTIA = {"lg", "skt", "upstage", "naver", "ncai", "motif"}
EXPECT_MODELS = {
    "a-x-k1": (519, 33), "k-exaone": (236, 23), "solar-open-100b": (102.6, 12),
    "hyperclova-x-seed-32b-think": None, "hyperclova-x-seed-8b-omni": None, "vaetki": None,
    "vaetki-vl-7b-a1b": None, "k-exaone-2-0": (750, 37), "a-x-k2": (692, None), "motif-2-12-7b": (12.7, None),
}
EXPECT_REFS = {"deepseek-v3-1": 671, "gpt-oss-120b": 117, "qwen3-235b": 235, "glm-4-6": 355,
               "exaone-4-0-32b": 32, "deepseek-v3-2": 671, "glm-4-5-air": 106, "qwen3-235b-thinking-2507": 235,
               "exaone-4-5": 33}
EXPECT_ALIASES = {
    "k-exaone": ["K-엑사원", "KX1", "케이엑사원", "LGAI-EXAONE/K-EXAONE-236B-A23B"],
    "a-x-k1": ["에이닷엑스 케이원", "에이닷엑스 K1", "에이닷 엑스 K1", "skt/A.X-K1"],
    "solar-open-100b": ["솔라 오픈 100B", "솔라 오픈 백비", "솔라-오픈-100B", "Solar-Open-100B", "upstage/Solar-Open-100B"],
    "hyperclova-x-seed-32b-think": ["하이퍼클로바X 시드 32B 싱크", "하이퍼클로바X 시드 32B 씽크", "HyperCLOVA X SEED 32B Sync",
                                    "HyperCLOVA X 32B Think", "naver-hyperclovax/HyperCLOVAX-SEED-Think-32B"],
    "hyperclova-x-seed-8b-omni": ["naver-hyperclovax/HyperCLOVAX-SEED-Omni-8B"],
    "vaetki": ["배키", "Vekey", "베키", "Backkey", "VAETKI-100B-A10B"],
}


def check_bundled(d, ck):
    cons = {c.get("id"): c for c in d.get("consortia", []) if isinstance(c, dict)}
    missing = EXPECT_CONSORTIA - set(cons)
    if missing:
        ck.err("$.consortia", "missing consortia: %s" % ", ".join(sorted(missing)))
    models = {}
    for c in cons.values():
        for m in c.get("models", []) if isinstance(c.get("models"), list) else []:
            if isinstance(m, dict):
                models[m.get("id")] = m
    for mid, pa in EXPECT_MODELS.items():
        m = models.get(mid)
        if m is None:
            ck.err("$.consortia", "missing model %s" % mid)
            continue
        if pa and (m.get("params_total_b"), m.get("params_active_b")) != pa:
            ck.err("model %s" % mid, "expected params %s/%s" % pa)
        names = set(m.get("aliases", [])) | {m.get("name", {}).get("ko"), m.get("name", {}).get("en")}
        for a in EXPECT_ALIASES.get(mid, []):
            if a not in names:
                ck.err("model %s" % mid, "alias %r missing" % a)
    if models.get("vaetki-vl-7b-a1b", {}).get("variant_of") != "vaetki":
        ck.err("model vaetki-vl-7b-a1b", "variant_of must be vaetki")
    all_ids = set(models) | {m.get("id") for m in d.get("reference_models", []) if isinstance(m, dict)}
    for mid, m in list(models.items()) + [(r.get("id"), r) for r in d.get("reference_models", []) if isinstance(r, dict)]:
        for i, c in enumerate(m.get("claims", []) if isinstance(m.get("claims"), list) else []):
            b = c.get("baseline") if isinstance(c, dict) else None
            if isinstance(b, str) and ID_RE.match(b) and b not in all_ids:
                ck.err("model %s claims[%d].baseline" % (mid, i), "looks like a model id but no model has it: %r" % b)
    if "depth-upscaling" in models.get("solar-open-100b", {}).get("architecture", []):
        ck.err("model solar-open-100b", "depth-upscaling is unconfirmed and must not be tagged")
    refs = {m.get("id"): m for m in d.get("reference_models", []) if isinstance(m, dict)}
    for rid, tot in EXPECT_REFS.items():
        if rid not in refs:
            ck.err("$.reference_models", "missing reference model %s" % rid)
        elif refs[rid].get("params_total_b") != tot:
            ck.err("$.reference_models", "%s: expected %s total" % (rid, tot))
    schemes = d.get("evaluation_schemes", [])
    if not any(isinstance(s, dict) and s.get("id") == "stage-1" and s.get("total") == 100 for s in schemes):
        ck.err("$.evaluation_schemes", "stage-1 scheme with total 100 missing")
    stages = {s.get("id"): s for s in d.get("stages", []) if isinstance(s, dict)}
    for sid, date in (("written-review", "2025-07-25"), ("selection", "2025-08-04"), ("presentation-1", "2025-12-30"),
                      ("stage-1", "2026-01-15"), ("revival", "2026-01-23"), ("stage-2", None), ("final", None)):
        if sid not in stages or stages[sid].get("date") != date:
            ck.err("$.stages", "stage %s with date %s missing" % (sid, date))
    if len(d.get("contradictions", [])) < 30:
        ck.err("$.contradictions", "expected all 30 contradictions of FACTS.md §6")
    for sid in ("S1", "S2", "S3", "S4", "S5"):
        if sid not in ck.source_ids:
            ck.err("$.sources", "seed source %s missing" % sid)
    check_2026(d, ck, cons, models, refs)


def cites(src, sid):
    """True when the src value (an id or a list) names sid."""
    return sid == src or (isinstance(src, list) and sid in src)


def check_2026(d, ck, cons, models, refs):
    """The facts issue 12 asks for, each against the source FACTS-2026 gives."""
    def want(cond, path, msg):
        if not cond:
            ck.err(path, msg)
    sources = {s.get("id"): s for s in d.get("sources", []) if isinstance(s, dict)}
    for s in sources.values():
        want(s.get("reliability") in RELIABILITY, "source %s" % s.get("id"), "reliability must be stated")
    # Motif selected on 2026-02-20 (P82 SBS, P83 newspim)
    motif = cons.get("motif", {})
    st = {x.get("stage"): x for x in motif.get("status", []) if isinstance(x, dict)}
    rv = st.get("revival", {})
    want(rv.get("result") == "selected" and rv.get("date") == "2026-02-20" and cites(rv.get("source"), "P82"),
         "consortium motif", "revival: selected on 2026-02-20 citing P82")
    want(st.get("stage-2", {}).get("result") == "pending" and st.get("stage-2", {}).get("reason"),
         "consortium motif", "stage-2 pending with a reason")
    want(len([p for p in motif.get("partners", []) if p.get("relation") == "member"]) == 16,
         "consortium motif", "16 member partners besides the lead (17 organisations, P86)")
    # Reference models corrected (P98 DeepSeek card, P111 GLM-4.5 README)
    ds = refs.get("deepseek-v3-1", {})
    want((ds.get("params_total_b"), ds.get("params_active_b")) == (671, 37) and cites(ds.get("source"), "P98"),
         "reference deepseek-v3-1", "671/37 from the model card P98")
    ga = refs.get("glm-4-5-air", {})
    want((ga.get("params_total_b"), ga.get("params_active_b")) == (106, 12) and
         cites(ga.get("field_sources", {}).get("params_total_b"), "P111"), "reference glm-4-5-air", "106/12 from P111")
    want(refs.get("qwen3-235b-thinking-2507", {}).get("context_tokens") == 262144, "reference qwen3-235b-thinking-2507",
         "split from Qwen3-235B-A22B with its 262,144 context")
    # Stage-1 scores as published (P78 Newsis, P79 News1, P77 MSIT release)
    lg = next((x for x in cons.get("lg", {}).get("scores", []) if x.get("scheme") == "stage-1"), {})
    want(lg.get("total") == 90.2 and lg.get("total_computed") is False and cites(lg.get("source"), "P79"),
         "consortium lg", "90.2 published (total_computed false, P79)")
    bench = next((y for y in lg.get("parts", []) if y.get("part") == "benchmark"), {})
    subs = {z.get("part"): (z.get("value"), z.get("source")) for z in bench.get("parts", [])}
    want({k: v[0] for k, v in subs.items()} == {"nia": 9.2, "global-common": 14.4, "global-individual": 10.0}
         and all(cites(v[1], "P78") for v in subs.values()), "consortium lg", "benchmark sub-parts 9.2/14.4/10.0 (P78)")
    sc = next((x for x in d.get("evaluation_schemes", []) if x.get("id") == "stage-1"), {})
    av = {a.get("part"): (a.get("value"), a.get("source")) for a in sc.get("averages", [])}
    want({k: v[0] for k, v in av.items()} == {"total": 79.7, "benchmark": 30.4, "expert": 28.56, "user": 20.76}
         and all(cites(v[1], "P78") for v in av.values()), "scheme stage-1", "published averages (P78)")
    panels = {x.get("id"): x.get("panel") for x in sc.get("parts", [])}
    want(panels.get("expert") == 10 and panels.get("user") == 49, "scheme stage-1", "panels of 10 experts and 49 users")
    skt = next((x for x in cons.get("skt", {}).get("scores", []) if x.get("scheme") == "stage-1"), {})
    nia = [z for y in skt.get("parts", []) for z in y.get("parts", []) if z.get("part") == "nia"]
    want(len(nia) == 1 and nia[0].get("value") == 9.2 and cites(nia[0].get("source"), "P77"),
         "consortium skt", "NIA 9.2 as the official score (MSIT release P77)")
    for m in models.values():
        for c in m.get("claims", []):
            want(not str(c.get("metric", "")).startswith("NIA"), "model %s" % m.get("id"),
                 "the NIA score is an official score, not a vendor claim")
    # Results: K-EXAONE's KMMLU-Pro 67.3 as vendor-reported (P1)
    res = d.get("results", [])
    kx = [r for r in res if r.get("model") == "k-exaone" and r.get("benchmark") == "kmmlu-pro"]
    want(len(kx) == 1 and kx[0].get("value") == 67.3 and kx[0].get("reported_by") == "vendor" and kx[0].get("source") == "P1",
         "results", "K-EXAONE KMMLU-Pro 67.3 vendor (P1)")
    korean = {"kmmlu-pro", "click", "kobalt", "hrm8k", "kmmlu"}
    groups = {b.get("id"): b.get("group") for b in d.get("benchmarks", [])}
    want(all(groups.get(b) == "korean" for b in korean), "benchmarks", "the Korean group")
    for mid in ("k-exaone", "vaetki", "solar-open-100b"):
        want(any(r.get("model") == mid and r.get("benchmark") in korean for r in res), "results",
             "%s has Korean-group results" % mid)
    want(any(r.get("reported_by") == "third-party" and cites(r.get("source"), "P132") for r in res), "results",
         "Sogang CSAT results (P132)")
    # The 2026 models with their sizes and entries
    k2 = models.get("k-exaone-2-0", {})
    want(k2.get("released") == "2026-07-31" and k2.get("source") == "P64", "model k-exaone-2-0", "released 2026-07-31 (P64)")
    want(any(c.get("id") == "k-exaone-2-0-size" and any("764.5" in v.get("value", "") for v in c.get("values", []))
             for c in d.get("contradictions", [])), "contradictions", "K-EXAONE 2.0 764.5B kept as a contradiction")
    want(cites(models.get("a-x-k2", {}).get("source"), "P120"), "model a-x-k2", "692B from P120")
    for mid, m in models.items():
        want("entered_for" in m, "model %s" % mid, "states the stage it was entered for (or outside)")
    want(models.get("k-exaone", {}).get("entered_for") == "stage-1", "model k-exaone", "entered for stage-1")
    # Partners: SKT's 8 members and 15 names both true (P23)
    skt_p = cons.get("skt", {}).get("partners", [])
    want(len([p for p in skt_p if p.get("relation") == "member"]) + 1 == 8, "consortium skt", "SKT + 7 members = 8 (P23)")
    for c in cons.values():
        names = [p.get("name", {}).get("ko") or "" for p in c.get("partners", [])]
        for a in names:
            for b in names:
                want(a == b or not (a and b.startswith(a)), "consortium %s" % c.get("id"),
                     "near-duplicate partners %r and %r" % (a, b))
    # The programme: applicants, budget, final-two contradiction, events
    want(len([a for a in d.get("applicants", []) if a.get("call") == "selection"]) == 15, "applicants", "15 applicants (P92)")
    budget = {b.get("id"): b.get("amount_krw_bn") for b in d.get("budget", [])}
    want(budget.get("gpu") == 157.6 and budget.get("year-1") == 200, "budget", "₩157.6bn GPUs, ₩200bn year one")
    ft = next((c for c in d.get("contradictions", []) if c.get("id") == "funnel-timeline"), {})
    want(any(cites(v.get("source"), "P87") for v in ft.get("values", [])), "contradictions", "final two in Feb 2027 (P87)")
    ev = d.get("events", [])
    want([e.get("date") for e in ev] == sorted(e.get("date") for e in ev), "events", "kept in date order")
    # as_of consistent: no dated fact after it (the generic rule checks; here the newest is named)
    if ck.dates and isinstance(d.get("as_of"), str):
        want(max(ck.dates)[0] <= d["as_of"], "$.as_of", "not older than %s" % max(ck.dates)[0])


# -------------------------------------------------------------- raw file rules
def check_raw(raw, path, ck):
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        ck.err(path, "invalid UTF-8 at byte %d" % e.start)
        return None
    if text.startswith("\ufeff"):
        ck.err(path, "byte-order mark")
    if unicodedata.normalize("NFC", text) != text:
        ck.err(path, "file is not NFC")
    if "\\" in text:
        line = text[:text.index("\\")].count("\n") + 1
        ck.err(path, "escape sequence (backslash) at line %d" % line)
    for n, line in enumerate(text.split("\n"), 1):
        stripped = line.lstrip(" ")
        if (len(line) - len(stripped)) % 2:
            ck.err(path, "line %d: indentation is not a multiple of 2" % n)
            break
        if "\t" in line or "\r" in line:
            ck.err(path, "line %d: tab or CR" % n)
            break
    return text


# -------------------------------------------------------------- schema.json
def check_schema(schema_path, ck):
    try:
        with open(schema_path, encoding="utf-8") as f:
            s = json.load(f)
    except (OSError, ValueError) as e:
        ck.err(schema_path, "cannot read schema: %s" % e)
        return
    if not isinstance(s, dict) or "$schema" not in s:
        ck.err(schema_path, "not a JSON Schema (no $schema)")
        return
    if s.get("additionalProperties") is not False:
        ck.err(schema_path, "top level must have additionalProperties: false")
    want_top = {"schema_version", "title", "as_of", "sources", "stages", "evaluation_schemes",
                "consortia", "reference_models", "contradictions"}
    if set(s.get("required", [])) != want_top:
        ck.err(schema_path, "top-level required keys differ from the format doc")
    defs = s.get("$defs") or s.get("definitions") or {}
    expect = {
        "source": {"id", "kind", "publisher", "date", "url", "title", "uncertain", "note", "reliability"},
        "stage": {"id", "date", "date_end", "ko", "en", "source", "note"},
        "consortium": {"id", "name", "short", "lead", "source", "partners", "strategy", "people",
                       "status", "scores", "models", "note"},
        "model": MODEL_FIELDS,
        "claim": {"metric", "value", "unit", "baseline", "baseline_value", "relative_pct", "kind",
                  "date", "source", "note"},
        "contradiction": {"id", "topic", "values", "about", "fields", "note"},
        "result": {"model", "benchmark", "value", "why", "unit", "setting", "comparator", "reported_by",
                   "reporter", "date", "source", "note"},
        "event": {"id", "date", "date_end", "kind", "text", "stage", "consortium", "model", "source", "note"},
        "benchmark": {"id", "name", "group", "description", "source", "note"},
        "budget_line": {"id", "name", "amount_krw_bn", "why", "consortium", "source", "note"},
        "applicant": {"name", "call", "stage", "result", "consortium", "source", "note"},
    }
    for name, keys in expect.items():
        d = defs.get(name)
        if not isinstance(d, dict):
            ck.err(schema_path, "$defs.%s missing" % name)
            continue
        if set(d.get("properties", {})) != keys:
            ck.err(schema_path, "$defs.%s properties differ: %s" % (name, sorted(set(d.get("properties", {})) ^ keys)))
        if d.get("additionalProperties") is not False:
            ck.err(schema_path, "$defs.%s needs additionalProperties: false" % name)
        if "^x-" not in d.get("patternProperties", {}):
            ck.err(schema_path, "$defs.%s needs patternProperties ^x-" % name)


def main(argv):
    data_path = argv[1] if len(argv) > 1 else os.path.join(ROOT, "data", "consortia.json")
    schema_path = argv[2] if len(argv) > 2 else os.path.join(ROOT, "data", "schema.json")
    bundled = len(argv) <= 1 or os.path.abspath(data_path) == os.path.join(ROOT, "data", "consortia.json")
    ck = Checker()
    try:
        with open(data_path, "rb") as f:
            raw = f.read()
    except OSError as e:
        print("%s: %s" % (data_path, e), file=sys.stderr)
        return 2
    text = check_raw(raw, data_path, ck)
    if text is None:
        for e in ck.errors:
            print(e, file=sys.stderr)
        return 2
    try:
        d = json.loads(text, parse_constant=lambda c: float("nan"))
    except ValueError as e:
        print("%s: JSON syntax error: %s" % (data_path, e), file=sys.stderr)
        return 2
    ck.check(d)
    if bundled:
        check_bundled(d, ck)
        check_schema(schema_path, ck)
    for e in ck.errors:
        print(e, file=sys.stderr)
    for w in ck.warnings:
        print("warning: " + w, file=sys.stderr)
    if ck.errors:
        print("%s: %d problem(s)" % (data_path, len(ck.errors)), file=sys.stderr)
        return 1
    n_models = sum(len(c["models"]) for c in d["consortia"])
    n_partners = sum(len(c["partners"]) for c in d["consortia"])
    n_claims = sum(len(m["claims"]) for c in d["consortia"] for m in c["models"]) + \
        sum(len(m["claims"]) for m in d["reference_models"])
    print("ok: %d consortia, %d models, %d reference models, %d partners, %d claims, %d sources, %d contradictions"
          % (len(d["consortia"]), n_models, len(d["reference_models"]), n_partners, n_claims,
             len(d["sources"]), len(d["contradictions"])))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
