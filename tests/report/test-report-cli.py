#!/usr/bin/env python3
"""docsift-report on hand-made input: hostile text and fields are escaped,
crossing and nested spans around 4-byte characters give well-formed marks
over exactly the right code points, caps are said on the page, bad input is
reported with file and line, exit statuses.

  test-report-cli.py DOCSIFT-REPORT DOCSIFT-SUMMARY
"""
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPORT, SUMMARY = sys.argv[1], sys.argv[2]
failures = 0
count = 0


def check(ok, what):
    global failures, count
    count += 1
    print("%s %d - %s" % ("ok" if ok else "not ok", count, what))
    if not ok:
        failures += 1


def span(text, needle, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "text": needle}


HOSTILE = '<script>alert("x")</script>'
text = ('T' + HOSTILE + "\n"
        "A & B 'q' \u2028 \U00020000\U00020000 增长12.1%\r\n2023年1—11月 “一优两高” \U00020000末 "
        "“一优两高”</mark></div>")
n1 = span(text, "\U00020000 增长12")         # crosses the timeline item below
n2 = span(text, "12.1%")
n2.update(value=HOSTILE, unit='"><img src=x onerror=alert(1)>', metric="</mark><script>bad()</script>")
t1 = span(text, "12.1%\r\n2023年")
t1.update({"from": "2023-01-01", "to": "2023-11-30", "event": "\u2028</q>" + HOSTILE})
t2 = span(text, "2023年1—11月")
t2.update({"from": "2023-01-01", "to": "2023-11-30"})
s1 = span(text, "一优两高")
s1.update(slogan='一优两高" onmouseover="alert(1)', count=2, quoted=2, kind="numeral",
          spans=[span(text, "一优两高"), span(text, "一优两高", 1)])
s2 = span(text, "</mark></div>")
s2.update(slogan="</mark></div>", count=1, spans=[span(text, "</mark></div>")])
empty = {"start": len(text), "end": len(text), "text": ""}
fact = dict(span(text, "12.1%"), metric=HOSTILE, period={"from": "2023-01-01", "to": "2023-11-30"},
            change={"value": 12.1, "unit": "<b>%</b>", "direction": "up"}, modality="actual")
doc1 = {"format": "docsift", "version": 1, "id": 'doc"<1>&amp;', "source": "<src>", "offsets": "codepoint",
        "length": len(text), "text": text,
        "meta": {"published": "2023-12-01<script>", "published_source": "header:<img src=x>",
                 "title": "Title " + HOSTILE + "\u2028"},
        "layers": {"normalize": {"script": "<i>simplified</i>", "items": []},
                   "numbers": {"items": [n1, n2, empty]},
                   "timeline": {"items": [t1, t2]},
                   "slogans": {"items": [s1, s2]},
                   "facts": {"items": [fact]},
                   "<b>bold</b>": {"items": [span(text, "A")]}}}
doc2 = {"format": "docsift", "version": 1, "id": "failed<script>",
        "error": {"plugin": "numbers", "domain": "x", "code": 1, "message": "<script>boom()</script>"}}
text3 = "\U00020000\U00020001 2022年，“六稳”“六保”。"
doc3 = {"id": "plain", "text": text3, "meta": {"published": "2022-03-01"},
        "layers": {"timeline": {"items": [dict(span(text3, "2022年"), **{"from": "2022-01-01", "to": "2022-12-31"})]},
                   "slogans": {"items": [dict(span(text3, "六稳"), slogan="六稳", count=1),
                                         dict(span(text3, "六保"), slogan="六保", count=1)]}}}

tmp = tempfile.mkdtemp(prefix="report-cli-")
jsonl = os.path.join(tmp, "hostile.jsonl")
with open(jsonl, "w", encoding="utf-8") as f:
    for d in (doc1, doc2, doc3):
        f.write(json.dumps(d, ensure_ascii=False) + "\n")


def run(*args, stdin=None):
    return subprocess.run([REPORT, *args], input=stdin, capture_output=True)


def checker(html_path, *extra):
    summary = os.path.join(tmp, "summary.json")
    with open(summary, "wb") as f:
        f.write(subprocess.run([SUMMARY, jsonl], capture_output=True, check=True).stdout)
    r = subprocess.run([sys.executable, os.path.join(HERE, "check-report.py"), jsonl, html_path,
                        "--summary", summary, *extra], capture_output=True, text=True)
    sys.stdout.write("".join("# " + line + "\n" for line in r.stdout.splitlines()))
    return r.returncode == 0


class Tags(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = set()
        self.handlers = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.handlers += [k for k, _ in attrs if k.startswith("on")]


out = os.path.join(tmp, "report.html")
r = run("-o", out, "--title", "<title>&\"", jsonl)
check(r.returncode == 0, "hostile input: exit 0 (%d, %s)" % (r.returncode, r.stderr.decode()[:200]))
page = open(out, encoding="utf-8").read()
check(checker(out), "every occurrence marked over its code points, text intact, tags nest, slogan totals = docsift-summary")
tags = Tags()
tags.feed(page)
check(tags.tags <= {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3", "h4", "p", "main",
                    "section", "dl", "dt", "dd", "div", "ul", "li", "a", "mark", "span", "svg", "rect", "text", "line",
                    "table", "thead", "tbody", "tr", "th", "td", "button", "details", "summary", "b", "q", "code",
                    "strong", "script"},
      "no element from the input (img, i, script…): %s" % sorted(tags.tags))
check(page.lower().count("<script") == 1 and not tags.handlers, "one script element (the page's own), no on* attributes")
check("\u2028" not in page and "&#x2028;" in page, "U+2028 written as &#x2028;")
check("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page, "document text shown as text")
check("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page, "layer value shown as text (in title and notes)")
check("&lt;b&gt;bold&lt;/b&gt;" in page, "a hostile layer name is escaped in the overview")
check("&lt;title&gt;&amp;&quot;" in page, "--title is escaped")
check("&#13;" in page, "CR kept as a character reference (a raw CR would turn into LF)")
check('class="numbers r-cont"' in page or 'class="timeline r-cont"' in page,
      "crossing spans are split into a continuation piece")

out2 = os.path.join(tmp, "numbers.html")
r = run("--layers", "numbers", "-o", out2, jsonl)
check(r.returncode == 0 and checker(out2, "--layers", "numbers"), "--layers numbers marks numbers only")
page2 = open(out2, encoding="utf-8").read()
check("<mark class=\"slogans" not in page2, "no slogans mark with --layers numbers")

out3 = os.path.join(tmp, "cut.html")
cap = str(n2["start"] + 2)  # inside four marks, two of them crossing
r = run("--max-chars", cap, "--max-docs", "1", "-o", out3, jsonl)
page3 = open(out3, encoding="utf-8").read()
check(r.returncode == 0 and checker(out3, "--max-chars", cap, "--max-docs", "1"), "caps: marks cut at the cap still well-formed")
check(("Text cut after %s of" % cap) in page3 and "first 1 of 3 documents" in page3, "caps are said on the page")

bad = os.path.join(tmp, "bad.jsonl")
with open(bad, "w", encoding="utf-8") as f:
    f.write(json.dumps(doc3, ensure_ascii=False) + "\n")
    f.write("{not json\n[1,2]\n")
    f.write(json.dumps({"format": "docsift", "version": 2, "text": "x"}) + "\n")
    f.write(json.dumps({"id": "oob", "text": "短", "layers": {"numbers": {"items": [{"start": 0, "end": 5}]}}}) + "\n")
    f.write('{"id": "deep", "x": ' + "[" * 100000 + "]" * 100000 + "}\n")  # json-glib's stack
    f.write('{"id": "nul", "text": "a\\u0000b"}\n')
r = run("-o", os.path.join(tmp, "bad.html"), bad)
err = r.stderr.decode()
check(r.returncode == 1, "bad input: exit 1 (%d)" % r.returncode)
check(all(("bad.jsonl:%d:" % n) in err for n in (2, 3, 4, 5, 6, 7)) and "layers.numbers.items[0]" in err,
      "bad input: every bad line and item named with file and line:\n# " + err.replace("\n", "\n# "))
check(os.path.exists(os.path.join(tmp, "bad.html")), "bad input: the page is still written")

# Random spans (fixed seed): nested, crossing, equal, empty, on 4-byte
# characters, CR and hostile characters; whole texts and cut ones.
import random
rnd = random.Random(16)
alphabet = ["一", "二", "\U00020000", "\U0002A6D6", "<", "&", "\r", "\n", "\u2028", "a", " ", "\"", "é",
            "\x01", "\x85", "\t"]
fuzz = os.path.join(tmp, "fuzz.jsonl")
with open(fuzz, "w", encoding="utf-8") as f:
    for d in range(60):
        t = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
        layers = {}
        for name in ("numbers", "timeline", "slogans", "facts"):
            items = []
            for _ in range(rnd.randint(0, 6)):
                a = rnd.randint(0, len(t))
                b = rnd.randint(a, min(len(t), a + 12))
                items.append({"start": a, "end": b, "text": t[a:b], "value": "<%d>" % a})
            if name == "slogans" and items:
                items = [dict(items[0], slogan="s", count=len(items),
                              spans=[{"start": i["start"], "end": i["end"]} for i in items])]
            layers[name] = {"items": items}
        f.write(json.dumps({"id": "fuzz%d" % d, "text": t, "layers": layers}, ensure_ascii=False) + "\n")
ok = True
for cap in ("1000", "7", "0"):
    out4 = os.path.join(tmp, "fuzz.html")
    r = run("--max-chars", cap, "-o", out4, fuzz)
    ok &= r.returncode == 0 and subprocess.run(
        [sys.executable, os.path.join(HERE, "check-report.py"), fuzz, out4, "--max-chars", cap],
        capture_output=True).returncode == 0
check(ok, "60 documents of random overlapping spans, whole and cut at 7 and 0 characters: every mark right, tags nest")

r = run("-o", "-", stdin=open(jsonl, "rb").read())
check(r.returncode == 0 and r.stdout.startswith(b"<!DOCTYPE html>"), "reads stdin, writes stdout with -o -")
r = run("--help")
check(r.returncode == 0 and b"--layers" in r.stdout and b"Exit status" in r.stdout, "--help: exit 0, options and exit status")
for args in (["--max-docs", "-1", jsonl], ["--layers", "a b", jsonl], ["--no-such-option"]):
    r = run("-o", os.path.join(tmp, "x.html"), *args)
    check(r.returncode == 2 and r.stderr, "usage error %s: exit 2" % args)
r = run("-o", os.path.join(tmp, "no", "such", "dir.html"), jsonl)
check(r.returncode == 4, "unwritable output: exit 4 (%d)" % r.returncode)
r = run("-o", os.path.join(tmp, "y.html"), os.path.join(tmp, "missing.jsonl"))
check(r.returncode == 1 and b"missing.jsonl" in r.stderr, "missing input file: exit 1, named")

shutil.rmtree(tmp, ignore_errors=True)
print("1..%d" % count)
sys.exit(1 if failures else 0)
