#!/usr/bin/env python3
"""Format and label checks for the blind-written corpus (eval/blind/*.jsonl).

The same per-interview checks as eval/corpus/check.py where they apply: answer keys and text, expect fields and
ranges, the label invariants of docs/domain.md (target never below the level, never above the top of the track).
Not checked here: eval/corpus's id pattern (b[A-Z]-NNN, per writer), its tag vocabulary (the blind writers used their
own) and its coverage minimums (the blind split is not stratified to them). A persona field is allowed.

Usage: python3 eval/blind/check.py [file.jsonl ...]   (default: every .jsonl beside this script)
Exits 1 on any failure.
"""
import glob, json, os, re, sys

OPEN_KEYS = ("plan", "goal", "approach", "threeYear")
FACT_KEYS = ("experience", "scope", "team", "ai")
TOP = {"professional": 5, "management": 4}
STAGES = ("L1", "L2", "L3", "L4")
FIELDS = {"id", "locale", "answers", "expect", "tags", "note"}
CJK = re.compile(r"[\u4e00-\u9fff]")

paths = sys.argv[1:] or sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "*.jsonl")))
errors, seen, count = [], set(), 0
for path in paths:
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            where = f"{os.path.basename(path)}:{n}"
            try:
                r = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{where}: invalid JSON: {e}")
                continue
            count += 1
            if not FIELDS <= set(r) <= FIELDS | {"persona"}:
                errors.append(f"{where}: fields are {sorted(r)}")
                continue
            rid = r["id"]
            if not re.fullmatch(r"b[A-Z]-\d{3}", str(rid)) or rid in seen:
                errors.append(f"{where}: bad or repeated id {rid}")
            seen.add(rid)
            if r["locale"] not in ("zh-CN", "en-US"):
                errors.append(f"{where}: bad locale {r['locale']}")
            a = r["answers"]
            if not isinstance(a, dict) or not a:
                errors.append(f"{where}: answers must be a non-empty object")
                continue
            for k, v in a.items():
                if k not in OPEN_KEYS + FACT_KEYS:
                    errors.append(f"{where}: unknown answer key {k}")
                if not isinstance(v, str) or not v.strip():
                    errors.append(f"{where}: answer {k} must be non-empty text")
            e = r["expect"]
            if set(e) != {"track", "level", "targetLevel", "learningStage"} or e["track"] not in TOP:
                errors.append(f"{where}: bad expect {e}")
                continue
            top = TOP[e["track"]]
            if not (isinstance(e["level"], int) and 1 <= e["level"] <= top):
                errors.append(f"{where}: level {e['level']} out of range")
            elif not (isinstance(e["targetLevel"], int) and e["level"] <= e["targetLevel"] <= top):
                errors.append(f"{where}: targetLevel {e['targetLevel']} must be between the level and {top}")
            if e["learningStage"] not in STAGES:
                errors.append(f"{where}: bad learningStage {e['learningStage']}")
            if not isinstance(r["tags"], list) or not isinstance(r["note"], str) or len(r["note"]) < 10:
                errors.append(f"{where}: tags must be a list and the note must explain the labels")
            if r["locale"] == "zh-CN" and not CJK.search(" ".join(a.values())):
                errors.append(f"{where}: zh-CN without Chinese text")

for line in errors:
    print(line)
print(f"{count} interviews in {len(paths)} file(s): " + ("OK" if not errors else f"{len(errors)} problem(s)"))
sys.exit(1 if errors else 0)
