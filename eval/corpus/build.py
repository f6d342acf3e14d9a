#!/usr/bin/env python3
"""Builds dev.jsonl and test.jsonl from the hand-written interviews in src/.

Ids are assigned per locale in source order; the split is stratified by
(track, level, learningStage): inside each stratum every 5th and 5th+2 item
goes to test (40%), the rest to dev (60%). Deterministic, so rebuilding gives
the same files.
"""
import glob, importlib.util, json, os, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "src"))
import _lib  # noqa: E402

for path in sorted(glob.glob(os.path.join(HERE, "src", "b*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
    spec.loader.exec_module(importlib.util.module_from_spec(spec))

CANONICAL = {
    "experience": {"0.5", "2", "4", "6", "10"},
    "scope": {"feature", "module", "businessLine", "productLine"},
    "team": {"none", "mentor", "lead", "leadOfLeads"},
    "ai": {"none", "user", "builder", "architect", "tuner"},
}
counters = defaultdict(int)
SRC = {}
strata = defaultdict(list)
for item in _lib.ITEMS:
    prefix = item["locale"][:2]
    counters[prefix] += 1
    rec = {"id": f"{prefix}-{counters[prefix]:04d}"}
    rec.update({k: v for k, v in item.items() if k != "_src"})
    # canonical-values is mechanical: set it exactly when a fact answer is a card-tap value.
    canon = any(rec["answers"].get(k) in vals for k, vals in CANONICAL.items())
    rec["tags"] = [t for t in rec["tags"] if t != "canonical-values"] + (["canonical-values"] if canon else [])
    SRC[rec["id"]] = item["_src"]
    e = item["expect"]
    strata[(e["track"], e["level"], e["learningStage"])].append(rec)

dev, test = [], []
for key in sorted(strata):
    for i, rec in enumerate(strata[key]):
        (test if i % 5 in (1, 3) else dev).append(rec)

order = lambda r: (r["id"][:2], r["id"])
for name, recs in (("dev", dev), ("test", test)):
    with open(os.path.join(HERE, f"{name}.jsonl"), "w", encoding="utf-8") as f:
        for rec in sorted(recs, key=order):
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(f"{len(_lib.ITEMS)} interviews: dev {len(dev)}, test {len(test)}")
