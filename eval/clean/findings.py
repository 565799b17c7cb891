#!/usr/bin/env python3
"""Findings per check on a precision pool: the false-alarm measure.

Runs the release CLI over every text of a pool and prints, per check id, the number of
findings and findings per 10,000 characters; `--list` also prints every finding with its line
and context, for review by hand. Pools: eval/clean/ (k*.txt, professionally edited text,
eval/clean/REVIEW.md) and, with `--dir eval/clean2`, eval/clean2/ (m*.txt, unedited web
pastes of work reports, eval/clean2/REVIEW.md).

    python3 eval/clean/findings.py [--dir eval/clean2] [--cmd '... {file}'] [--list]
"""
import argparse, collections, glob, json, os, shlex, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--cmd", default="target/release/report-lens analyse --json {file}")
ap.add_argument("--list", action="store_true", help="print every finding with its context")
ap.add_argument("--dir", default=here, help="the pool: a folder of [a-z]NN.txt texts")
args = ap.parse_args()

files = sorted(glob.glob(os.path.join(args.dir, "[a-z][0-9]*.txt")))
per_check = collections.Counter()
chars = 0
for f in files:
    text = open(f, encoding="utf-8").read()
    chars += len(text)
    out = subprocess.run(shlex.split(args.cmd.format(file=f)), capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"{f}: {out.stderr.strip()}")
    # Offsets in the JSON are UTF-16 code units (the contract at the edge).
    u16 = text.encode("utf-16-le")
    def sl(a, b):
        return u16[2 * a:2 * b].decode("utf-16-le", errors="replace")
    for fd in json.loads(out.stdout).get("findings", []):
        per_check[fd["check"]] += 1
        if args.list:
            a, b = fd["start"], fd["end"]
            line = sl(0, a).count("\n") + 1
            ctx = (sl(max(0, a - 12), a) + "【" + sl(a, b) + "】" + sl(b, b + 12)).replace("\n", "⏎")
            print(f"{os.path.basename(f)}:{line}\t{fd['check']}\t{fd['message']}\t{ctx}\t→ {fd.get('suggestion')}")

print(f"\n{len(files)} texts, {chars} characters")
print(f"{'check':24} {'findings':>8} {'per 10k chars':>14}")
for c, n in sorted(per_check.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{c:24} {n:>8} {n * 10000 / chars:>14.2f}")
total = sum(per_check.values())
print(f"{'all':24} {total:>8} {total * 10000 / chars:>14.2f}")
