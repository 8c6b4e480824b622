#!/usr/bin/env python3
"""Checks a docsift-report page against the JSON Lines it was made from.

  check-report.py JSONL HTML [--layers a,b] [--max-chars N] [--max-docs N]
                  [--summary SUMMARY.json]

HTML is the page as written or as a browser serialised it (chromium
--dump-dom). For every document section the text is rebuilt from the page
(the labels after marks left out) and must equal the document's text (up to
the cap); every occurrence of every item of the chosen layers (an item's
start/end, or each of its "spans") must be one mark (pieces joined by
data-occ) covering exactly those code points. Tags must nest. With
--summary (docsift-summary's JSON) the slogans-by-year bars must carry the
same totals. Exits 1 with the first differences.
"""
import argparse
import collections
import html.parser
import json
import sys

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
DEFAULT_LAYERS = ["numbers", "timeline", "slogans", "facts"]


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # open tags
        self.errors = []
        self.docs = {}           # section number -> {"text": str, "occ": {occ: [layer, item, start, end]}}
        self.cur = None          # current section's record
        self.in_text = 0         # depth inside div.r-text
        self.in_ref = 0          # inside a.r-ref (label, not text)
        self.marks = []          # open marks in the text: occ ids
        self.scripts = 0
        self.bars = {}           # year -> (mentions, docs)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag not in VOID:
            self.stack.append((tag, cls))
        if tag == "script":
            self.scripts += 1
        if tag == "section" and (a.get("id") or "").startswith("doc"):
            self.cur = {"text": [], "occ": {}}
            self.docs[int(a["id"][3:])] = self.cur
        elif tag == "div" and "r-text" in cls:
            self.in_text = len(self.stack)
        elif tag == "a" and "r-ref" in cls and self.in_text:
            self.in_ref = len(self.stack)
        elif tag == "mark" and self.in_text:
            occ = a.get("data-occ")
            pos = sum(len(t) for t in self.cur["text"])
            rec = self.cur["occ"].get(occ)
            if rec is None:
                if "r-cont" in cls:
                    self.errors.append("continuation piece %s before its first piece" % occ)
                rec = self.cur["occ"][occ] = [a.get("data-layer"), int(a.get("data-item")), pos, pos, 0]
            elif "r-cont" not in cls:
                self.errors.append("occurrence %s has two first pieces" % occ)
            elif rec[3] != pos:
                self.errors.append("occurrence %s: a gap between its pieces" % occ)
            rec[4] += 1
            self.marks.append(occ)
        elif tag == "rect" and a.get("data-year") is not None:
            self.bars[a["data-year"]] = (int(a["data-mentions"]), int(a["data-docs"]))

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append("</%s> closes <%s>" % (tag, self.stack[-1][0] if self.stack else "nothing"))
            return
        depth = len(self.stack)
        self.stack.pop()
        if tag == "mark" and self.in_text:
            occ = self.marks.pop()
            self.cur["occ"][occ][3] = sum(len(t) for t in self.cur["text"])
        if depth == self.in_ref:
            self.in_ref = 0
        if depth == self.in_text:
            self.in_text = 0

    def handle_data(self, data):
        if self.in_text and not self.in_ref:
            self.cur["text"].append(data)


def expected_occurrences(doc, layers):
    occ = collections.Counter()
    for name in layers:
        items = ((doc.get("layers") or {}).get(name) or {}).get("items") or []
        for i, it in enumerate(items):
            if not isinstance(it, dict):
                continue
            spans = [s for s in it.get("spans") or [] if isinstance(s, dict) and "start" in s]
            for s in spans or ([it] if "start" in it else []):
                occ[(name, i, s["start"], s["end"])] += 1
    return occ


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jsonl")
    ap.add_argument("html")
    ap.add_argument("--layers")
    ap.add_argument("--max-chars", type=int, default=20000)
    ap.add_argument("--max-docs", type=int, default=200)
    ap.add_argument("--summary")
    args = ap.parse_args()
    docs = []
    with open(args.jsonl, encoding="utf-8") as f:
        for line in f:
            line = line.strip("\r\n")
            if not line:
                continue
            try:
                d = json.loads(line)
            except ValueError:
                continue
            if isinstance(d, dict) and d.get("version", 1) <= 1:
                docs.append(d)
    page = Page()
    with open(args.html, encoding="utf-8", newline="") as f:  # keep CR as written
        page.feed(f.read())
    page.close()
    errors = list(page.errors)
    if page.stack:
        errors.append("unclosed at the end: %s" % [t for t, _ in page.stack])
    if page.scripts != 1:
        errors.append("%d <script> elements (the page has exactly one)" % page.scripts)
    shown = docs[: args.max_docs]
    if sorted(page.docs) != list(range(1, len(shown) + 1)):
        errors.append("sections %s, expected 1..%d" % (sorted(page.docs), len(shown)))
    total = 0
    for n, doc in enumerate(shown, 1):
        sec = page.docs.get(n)
        if sec is None or "text" not in doc:
            continue
        # controls other than tab and line breaks are shown as U+FFFD (one code point each)
        text = "".join("\ufffd" if (ord(c) < 0x20 and c not in "\t\n\r") or 0x7f <= ord(c) < 0xa0 else c
                       for c in doc["text"][: args.max_chars])
        got_text = "".join(sec["text"])
        if got_text != text:
            k = next((i for i, (a, b) in enumerate(zip(got_text, text)) if a != b), min(len(got_text), len(text)))
            errors.append("doc %d: text differs at code point %d: page %r, JSON %r" % (n, k, got_text[k:k + 20], text[k:k + 20]))
        if args.layers is not None:
            layers = [x for x in args.layers.split(",") if x]
        else:
            layers = [x for x in DEFAULT_LAYERS if x in (doc.get("layers") or {})]
        want = expected_occurrences(doc, layers)
        # an occurrence past the cap is not shown; one across it is cut there
        cut = collections.Counter()
        for (l, i, s, e), c in want.items():
            if s < len(text) or (s == len(text) and e == s):
                cut[(l, i, s, min(e, len(text)))] += c
        want = cut
        got = collections.Counter((l, i, s, e) for l, i, s, e, _ in sec["occ"].values())
        total += sum(got.values())
        if got != want:
            missing = list((want - got).elements())[:5]
            extra = list((got - want).elements())[:5]
            errors.append("doc %d: %d marked occurrences, %d expected; missing %s, unexpected %s"
                          % (n, sum(got.values()), sum(want.values()), missing, extra))
    if args.summary:
        with open(args.summary, encoding="utf-8") as f:
            summary = json.load(f)
        want = {}
        for s in summary["slogans"]:
            for y, c in s["by_year"].items():
                want[y] = want.get(y, 0) + c
        got = {y: m for y, (m, _) in page.bars.items()}
        if {y: c for y, c in want.items() if c} != {y: c for y, c in got.items() if c}:
            errors.append("slogans by year: page %s, docsift-summary %s" % (got, want))
        docs_got = {y: d for y, (_, d) in page.bars.items()}
        if docs_got != summary["years"]:
            errors.append("documents by year: page %s, docsift-summary %s" % (docs_got, summary["years"]))
    for e in errors[:20]:
        print("FAIL:", e)
    if errors:
        return 1
    print("ok: %d sections, %d marked occurrences match the JSON, tags nest" % (len(page.docs), total))
    return 0


if __name__ == "__main__":
    sys.exit(main())
