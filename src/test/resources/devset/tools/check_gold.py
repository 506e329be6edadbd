#!/usr/bin/env python3
"""Validates dev-set gold JSON files against the format in ../README.md; prints per-class counts.

Usage: check_gold.py [articles_dir]   (default: ../articles next to this script)
Exit status 1 when any file has a problem.
"""
import datetime
import json
import os
import sys
from collections import Counter

CLASSES = {"metonym", "person", "region", "context", "coreference", "relative", "coverage",
           "spelling", "layout", "relative-date", "lookalike"}
WHYS = {"speaker", "person", "context", "lookalike"}
MAX_DAYS_BEFORE = 3650  # background events may be years older than publication
MAX_DAYS_AFTER = 1      # nothing can happen after publication (one day of time-zone slack)


def parse_day(value, where, problems):
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        problems.append(f"{where}: date {value!r} is not YYYY-MM-DD")
        return None


def check_point(item, where, problems):
    lat, lon, tol = item.get("lat"), item.get("lon"), item.get("tolerance_km")
    if not isinstance(lat, (int, float)) or not -90 <= lat <= 90:
        problems.append(f"{where}: lat {lat!r} out of range")
    if not isinstance(lon, (int, float)) or not -180 <= lon <= 180:
        problems.append(f"{where}: lon {lon!r} out of range")
    if tol is not None and (not isinstance(tol, (int, float)) or tol <= 0):
        problems.append(f"{where}: tolerance_km {tol!r} must be positive")
    return tol


def check_file(path, problems):
    name = os.path.basename(path)
    txt_path = path[:-5] + ".txt"
    if not os.path.exists(txt_path):
        problems.append(f"{name}: no matching .txt")
        return None
    with open(txt_path, encoding="utf-8") as f:
        text = f.read().lower()
    with open(path, encoding="utf-8") as f:
        gold = json.load(f)
    published = parse_day(gold.get("published"), f"{name} published", problems)
    for cls in gold.get("classes", []):
        if cls not in CLASSES:
            problems.append(f"{name}: unknown class {cls!r}")
    for i, t in enumerate(gold.get("toponyms", [])):
        where = f"{name} toponym {t.get('text')!r}"
        if not t.get("text") or t["text"].lower() not in text:
            problems.append(f"{where}: text not in article")
        if check_point(t, where, problems) is None:
            problems.append(f"{where}: tolerance_km missing")
    for e in gold.get("events", []):
        where = f"{name} event {e.get('place')!r}"
        if check_point(e, where, problems) is None:
            problems.append(f"{where}: tolerance_km missing")
        days = []
        if "date" in e:
            days.append(parse_day(e["date"], where, problems))
        elif "date_from" in e and "date_to" in e:
            lo = parse_day(e["date_from"], where, problems)
            hi = parse_day(e["date_to"], where, problems)
            if lo and hi and lo > hi:
                problems.append(f"{where}: date_from after date_to")
            days += [lo, hi]
        else:
            problems.append(f"{where}: needs date or date_from/date_to")
        for d in days:
            if d and published and not (-MAX_DAYS_BEFORE <= (d - published).days <= MAX_DAYS_AFTER):
                problems.append(f"{where}: date {d} implausibly far from published {published}")
    for s in gold.get("not_places", []):
        if s.lower() not in text:
            problems.append(f"{name}: not_place {s!r} not in article")
    for n in gold.get("not_pinned", []):
        where = f"{name} not_pinned {n.get('text')!r}"
        if not n.get("text") or n["text"].lower() not in text:
            problems.append(f"{where}: text not in article")
        check_point(n, where, problems)
        if n.get("why") not in WHYS:
            problems.append(f"{where}: why {n.get('why')!r} not one of {sorted(WHYS)}")
    return gold


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "articles")
    problems, classes = [], Counter()
    totals = Counter()
    files = sorted(f for f in os.listdir(folder) if f.endswith(".json"))
    for f in files:
        gold = check_file(os.path.join(folder, f), problems)
        if gold:
            classes.update(set(gold.get("classes", [])))
            for key in ("toponyms", "events", "not_places", "not_pinned"):
                totals[key] += len(gold.get(key, []))
    print(f"{len(files)} gold files")
    for cls in sorted(CLASSES):
        print(f"  {cls:14} {classes[cls]} texts")
    print("  " + ", ".join(f"{k}={totals[k]}" for k in ("toponyms", "events", "not_places", "not_pinned")))
    for p in problems:
        print("PROBLEM: " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
