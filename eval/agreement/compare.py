#!/usr/bin/env python3
"""Agreement between the second annotation (eval/agreement/<pool>.json) and a pool's gold.

Takes pool names (default tune3 tune4 tune5); reads eval/<pool>/*.gold.json and
eval/agreement/<pool>.json; compares title and salutation through score.py's norm_title and
prints per pool and overall: titles agreed, salutations agreed, and parts agreed as score.py
counts them (a part counts when either side has it). --show lists every disagreement.
"""
import argparse
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
SCORE = os.environ.get("SCORE_PY", "/work/shared/eval/score.py")


def load_norm_title():
    # score.py is the one definition of "the same title"; import it rather than copy it.
    spec = importlib.util.spec_from_file_location("score", SCORE)
    mod = importlib.util.module_from_spec(spec)
    argv, sys.argv = sys.argv, [SCORE]
    try:
        spec.loader.exec_module(mod)
    finally:
        sys.argv = argv
    return mod.norm_title


def compare(pool, norm_title):
    mine = json.load(open(os.path.join(HERE, pool + ".json"), encoding="utf-8"))
    t = {"title": [0, 0], "salutation": [0, 0], "parts": [0, 0]}
    diffs = []
    for key in sorted(mine):
        gold = json.load(open(os.path.join(EVAL, pool, key + ".gold.json"), encoding="utf-8"))
        for part in ("title", "salutation"):
            g, m = gold.get(part), mine[key].get(part)
            same = norm_title(g) == norm_title(m) if (g and m) else (not g and not m)
            t[part][0] += same
            t[part][1] += 1
            if g or m:  # score.py counts a part when either side has it
                t["parts"][0] += bool(g and m and same)
                t["parts"][1] += 1
            if not same:
                diffs.append((key, part, g, m))
    return t, diffs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pools", nargs="*", default=["tune3", "tune4", "tune5"])
    ap.add_argument("--show", action="store_true", help="list the disagreements")
    args = ap.parse_args()
    norm_title = load_norm_title()
    total = {"title": [0, 0], "salutation": [0, 0], "parts": [0, 0]}
    print("%-8s %-14s %-14s %-14s" % ("pool", "titles", "salutations", "parts (score.py)"))
    for pool in args.pools:
        t, diffs = compare(pool, norm_title)
        for k in total:
            total[k][0] += t[k][0]
            total[k][1] += t[k][1]
        print("%-8s %-14s %-14s %-14s" % (pool, *("%d/%d %.3f" % (a, b, a / b if b else 1) for a, b in t.values())))
        if args.show:
            for key, part, g, m in diffs:
                print("   %s %-10s gold %r | second %r" % (key, part, g, m))
    if len(args.pools) > 1:
        print("%-8s %-14s %-14s %-14s" % ("all", *("%d/%d %.3f" % (a, b, a / b if b else 1) for a, b in total.values())))


if __name__ == "__main__":
    main()
