"""Tiny helper the hand-written batch files use to record one interview each.

X(locale, track, level, target, stage, tags, note, **answers)
  locale: "zh" | "en"; track: "P" (professional) | "M" (management)
  answers: p=plan g=goal a=approach t=threeYear e=experience s=scope m=team ai=ai
           (a key that is left out is a skipped question)
"""
import inspect

ITEMS = []
KEYS = {"p": "plan", "g": "goal", "a": "approach", "t": "threeYear",
        "e": "experience", "s": "scope", "m": "team", "ai": "ai"}
LOC = {"zh": "zh-CN", "en": "en-US"}


def X(locale, track, level, target, stage, tags, note, **answers):
    bad = set(answers) - set(KEYS)
    if bad:
        raise ValueError(f"unknown answer keys {bad} in: {note}")
    ITEMS.append({
        "locale": LOC[locale],
        "answers": {KEYS[k]: answers[k] for k in KEYS if k in answers},
        "expect": {"track": {"P": "professional", "M": "management"}[track],
                   "level": level, "targetLevel": target, "learningStage": stage},
        "tags": tags.split(),
        "note": note,
        "_src": (inspect.stack()[1].filename, inspect.stack()[1].lineno),
    })
