#!/usr/bin/env python3
"""Sample figures of the numbers layer for judging their metric by reading.

    contrib/metric/sample.py [--docs DIR] [--n 140] [--seed 15] [--judgements FILE] > sample.tsv

Runs `docsift -p numbers` (through `meson devenv -C build`) on every document of
DIR (default ../shared/corpus/docs), draws N figures of a measuring kind (not
durations, ranks, ages or bare numbers) with a fixed seed, whether or not they
have a metric, and writes one TSV row per figure: doc, start, end, text, kind,
metric, verdict, note, sentence. The draw depends only on the figures' spans, so
the same figures are drawn before and after a change of the metric rules (as
long as the figures themselves stay). With --judgements, verdicts are taken
from that TSV (doc, start, end, metric, verdict, note), matched on doc, span and
metric: a changed metric comes out unjudged ("?"), to be read again.
The corpus is read at run time and never copied into the repository; keep the
judgement file outside it.
"""
import argparse
import csv
import json
import os
import random
import subprocess
import sys

SKIP_KINDS = {"duration", "rank", "age", "number"}
BREAKS = set("。！？；\n!?;")


def run_numbers(build, docs):
    files = sorted(os.path.join(docs, f) for f in os.listdir(docs) if f.endswith(".txt"))
    cmd = ["meson", "devenv", "-C", build, "-w", ".", "docsift", "-p", "numbers", "--compact", "-j", "1"] + files
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        rec = json.loads(line)
        yield os.path.basename(rec["source"]), rec["text"], rec["layers"]["numbers"]["items"]


def sentence(text, s, e):
    a = s
    while a > 0 and text[a - 1] not in BREAKS:
        a -= 1
    b = e
    while b < len(text) and text[b] not in BREAKS:
        b += 1
    return (text[a:s] + "【" + text[s:e] + "】" + text[e:b + 1]).replace("\t", " ").replace("\r", "").replace("\n", " ")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", default="../shared/corpus/docs")
    ap.add_argument("--build", default="build")
    ap.add_argument("--n", type=int, default=140)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--judgements")
    a = ap.parse_args()
    if not os.path.isdir(a.docs):
        print(f"skip: no corpus at {a.docs}", file=sys.stderr)
        return 77
    pool = []
    for doc, text, items in run_numbers(a.build, a.docs):
        for it in items:
            if it.get("kind") in SKIP_KINDS:
                continue
            pool.append((doc, it["start"], it["end"], it["text"], it.get("kind", ""), it.get("metric", ""),
                         sentence(text, it["start"], it["end"])))
    # draw on the spans alone, so that a change of metrics draws the same figures
    keys = sorted({(p[0], p[1], p[2]) for p in pool})
    chosen = set(random.Random(a.seed).sample(keys, min(a.n, len(keys))))
    judged = {}
    if a.judgements and os.path.exists(a.judgements):
        with open(a.judgements, encoding="utf-8") as f:
            for r in csv.reader(f, delimiter="\t"):
                if len(r) >= 5 and r[0] != "doc":
                    judged[(r[0], int(r[1]), int(r[2]), r[3])] = (r[4], r[5] if len(r) > 5 else "")
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    w.writerow(["doc", "start", "end", "text", "kind", "metric", "verdict", "note", "sentence"])
    right = total = unjudged = 0
    for p in sorted(pool):
        if (p[0], p[1], p[2]) not in chosen:
            continue
        v, note = judged.get((p[0], p[1], p[2], p[5]), ("?", ""))
        total += 1
        right += v == "1"
        unjudged += v == "?"
        w.writerow([p[0], p[1], p[2], p[3], p[4], p[5], v, note, p[6]])
    print(f"{total} figures of {len(keys)}: {right} right, {total - right - unjudged} wrong, {unjudged} unjudged",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
