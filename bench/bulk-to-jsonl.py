#!/usr/bin/env python3
"""Turns ../shared/corpus/bulk files (title line, date line, body, blank line)
into docsift JSON Lines input, one document per record, at run time.

usage: bulk-to-jsonl.py OUT.jsonl MEGABYTES FILE...
Stops once MEGABYTES of UTF-8 text were written (0 = everything).
The corpus is not redistributable: write OUT outside the repository.
"""
import json
import re
import sys

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def records(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    starts = [i for i in range(len(lines) - 1) if DATE.match(lines[i + 1]) and lines[i].strip()
              and (i == 0 or not lines[i - 1].strip())]
    for n, s in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        yield lines[s], lines[s + 1], "\n".join(lines[s:end]).rstrip("\n") + "\n"


def main():
    out, limit, files = sys.argv[1], float(sys.argv[2]) * 1e6, sys.argv[3:]
    written = 0
    count = 0
    with open(out, "w", encoding="utf-8") as o:
        for path in files:
            for title, date, text in records(path):
                rec = {"id": f"{path.rsplit('/', 1)[-1]}#{count}", "text": text,
                       "meta": {"title": title, "published": date}}
                o.write(json.dumps(rec, ensure_ascii=False) + "\n")
                written += len(text.encode("utf-8"))
                count += 1
                if limit and written >= limit:
                    break
            if limit and written >= limit:
                break
    print(f"{count} documents, {written / 1e6:.1f} MB of text", file=sys.stderr)


if __name__ == "__main__":
    main()
