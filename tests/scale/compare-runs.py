#!/usr/bin/env python3
"""compare-runs.py REFERENCE.jsonl OTHER.jsonl [--same-order]

Checks that OTHER holds exactly the lines of REFERENCE (one docsift run):
every line a whole JSON object, the same lines as a multiset, the same
sequence once both are sorted by "id" (stable, so documents sharing an id
keep their order), and with --same-order the same bytes. Exit 1 with what
differs."""
import json
import sys


def load(path):
    with open(path, "rb") as f:
        data = f.read()
    if data and not data.endswith(b"\n"):
        sys.exit("%s: the last line is cut short" % path)
    lines = data.split(b"\n")[:-1]
    for i, line in enumerate(lines, 1):
        try:
            obj = json.loads(line)
        except ValueError as e:
            sys.exit("%s:%d: not a whole JSON line (%s): %r" % (path, i, e, line[:80]))
        if not isinstance(obj, dict) or "id" not in obj:
            sys.exit("%s:%d: not a docsift record" % (path, i))
    return lines


def by_id(lines):
    return sorted(lines, key=lambda l: str(json.loads(l)["id"]))


ref, other = load(sys.argv[1]), load(sys.argv[2])
if len(ref) != len(other):
    sys.exit("%d lines, the reference has %d" % (len(other), len(ref)))
if sorted(ref) != sorted(other):
    missing = set(ref) - set(other)
    sys.exit("different lines: %d of the reference's are missing, e.g. id %s" % (
        len(missing), json.loads(next(iter(missing)))["id"] if missing else "?"))
if by_id(ref) != by_id(other):
    sys.exit("the same lines, but not in the same order once sorted by id")
if "--same-order" in sys.argv[3:] and ref != other:
    sys.exit("the same lines in another order")
print("%d lines, identical as sets and sorted by id%s" % (
    len(ref), " and in order" if "--same-order" in sys.argv[3:] else ""))
