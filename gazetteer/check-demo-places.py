#!/usr/bin/env python3
"""Lists demo events whose pin is far from the gazetteer's place of the same name.

Usage: python3 gazetteer/check-demo-places.py [MAX_KM]   (from the repository root; default 15 km)

For every place_name of src/main/resources/demo/demo-events.csv it looks up all gazetteer rows with that
name (or an alternate name) and takes the nearest one, so that a name shared by several villages is not
reported when the pin sits on one of them. Rows with geo_precision 3 (region or sea points), rivers and names
the gazetteer does not know are listed separately for a human to review. Exit code 1 when a pin is off.
"""
import csv
import gzip
import math
import sys
from collections import defaultdict

MAX_KM = float(sys.argv[1]) if len(sys.argv) > 1 else 15.0
DEMO = "src/main/resources/demo/demo-events.csv"


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def load_gazetteer():
    by_name = defaultdict(list)
    rows = []
    with gzip.open("gazetteer/places.tsv.gz", "rt", encoding="utf-8") as f:
        rows += list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    with open("gazetteer/supplement.tsv", encoding="utf-8") as f:
        rows += list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    points = {r["id"]: (float(r["latitude"]), float(r["longitude"]), r["id"], r["kind"]) for r in rows if r.get("latitude")}
    for r in rows:
        point = points.get(r["id"])  # a supplement row without coordinates adds names to its id
        if point is None:
            continue
        for name in [r["name"]] + (r.get("names") or "").split("|"):
            if name:
                by_name[name.casefold()].append(point)
    return by_name


def main():
    gazetteer = load_gazetteer()
    with open(DEMO, encoding="utf-8", newline="") as f:
        events = list(csv.DictReader(f))
    off, unknown, vague = [], set(), set()
    seen = set()
    for e in events:
        key = (e["place_name"], e["latitude"], e["longitude"])
        if key in seen:
            continue
        seen.add(key)
        lat, lon = float(e["latitude"]), float(e["longitude"])
        if e["geo_precision"] == "3":
            vague.add(e["place_name"])
            continue
        candidates = gazetteer.get(e["place_name"].casefold(), [])
        if not candidates:
            unknown.add(e["place_name"])
            continue
        if all(c[3] == "river" for c in candidates):
            vague.add(e["place_name"])  # a river is a line: the pin marks the stretch the event is on
            continue
        best = min(candidates, key=lambda c: km(lat, lon, c[0], c[1]))
        d = km(lat, lon, best[0], best[1])
        if d > MAX_KM:
            off.append((d, e["place_name"], lat, lon, best))
    for d, name, lat, lon, best in sorted(off, reverse=True):
        print(f"OFF {d:6.1f} km  {name} {lat},{lon}  gazetteer {best[2]} {best[0]},{best[1]}")
    print(f"{len(seen)} distinct pins, {len(off)} more than {MAX_KM:g} km off the gazetteer")
    print("not in the gazetteer (review by hand):", ", ".join(sorted(unknown)) or "none")
    print("representative points (geo_precision 3, rivers):", ", ".join(sorted(vague)) or "none")
    return 1 if off else 0


if __name__ == "__main__":
    sys.exit(main())
