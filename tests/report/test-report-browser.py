#!/usr/bin/env python3
"""The seeds' report in headless Chromium.

  test-report-browser.py DOCSIFT DOCSIFT-REPORT DOCSIFT-SUMMARY SOURCE-DIR OUTDIR

Runs docsift (default plugins) on the seeds, renders the page, loads it in
headless Chromium and checks the DOM it built (chromium --dump-dom) with
check-report.py: a <mark> for every occurrence of every item of the marked
layers, over the right code points, and the slogan totals of
docsift-summary. Chromium's log must hold no console message (script error,
refused script or fetch). Writes OUTDIR/report-seeds.html and
OUTDIR/report-seeds.png (1280x2000). Skips (77) where Chromium is missing.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCSIFT, REPORT, SUMMARY, SOURCE, OUTDIR = map(os.path.abspath, sys.argv[1:6])

chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
if not chromium:
    print("SKIP: Chromium is not installed (Debian package chromium; .ci/install-deps installs it)")
    sys.exit(77)

os.makedirs(OUTDIR, exist_ok=True)
jsonl = os.path.join(OUTDIR, "report-seeds.jsonl")
page = os.path.join(OUTDIR, "report-seeds.html")
dom = os.path.join(OUTDIR, "report-seeds.dom.html")
png = os.path.join(OUTDIR, "report-seeds.png")
summary = os.path.join(OUTDIR, "report-seeds.summary.json")
with open(jsonl, "wb") as f:
    # from the source folder, so the ids read examples/…, as in the README
    subprocess.run([DOCSIFT, "--compact", "-q", "examples/"], stdout=f, check=True, cwd=SOURCE)
with open(summary, "wb") as f:
    subprocess.run([SUMMARY, jsonl], stdout=f, check=True)
subprocess.run([REPORT, "--title", "docsift: the seed documents", "-o", page, jsonl], check=True)


def check(path, what):
    r = subprocess.run([sys.executable, os.path.join(HERE, "check-report.py"), jsonl, path, "--summary", summary],
                       capture_output=True, text=True)
    print(r.stdout.rstrip())
    if r.returncode != 0:
        print("FAIL: %s" % what)
        sys.exit(1)


check(page, "the page as written")

# Chromium is not built with the sanitizers of an ASan test run.
env = {k: v for k, v in os.environ.items() if k not in ("LD_PRELOAD", "ASAN_OPTIONS", "LSAN_OPTIONS", "UBSAN_OPTIONS")}
profile = tempfile.mkdtemp(prefix="report-chromium-")
base = [chromium, "--headless", "--disable-gpu", "--no-first-run", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"]
if os.geteuid() == 0:
    base.append("--no-sandbox")  # Chromium refuses to run as root otherwise
url = "file://" + os.path.abspath(page)
try:
    r = subprocess.run(base + ["--dump-dom", url], capture_output=True, timeout=120)
    log = r.stderr.decode("utf-8", "replace")
    if r.returncode != 0 or b"<html" not in r.stdout[:300]:
        print("FAIL: chromium --dump-dom exited %d\n%s" % (r.returncode, log[-2000:]))
        sys.exit(1)
    with open(dom, "wb") as f:
        f.write(r.stdout)
    console = [l for l in log.splitlines() if ":CONSOLE" in l or "Uncaught" in l or "Refused to" in l]
    if console:
        print("FAIL: console messages:\n" + "\n".join(console))
        sys.exit(1)
    print("no console messages")
    check(dom, "the DOM Chromium built")
    if os.path.exists(png):
        os.unlink(png)
    r = subprocess.run(base + ["--screenshot=" + png, "--window-size=1280,2000", url], capture_output=True, timeout=120)
    with open(png, "rb") as f:
        head = f.read(8) if os.path.exists(png) else b""
    if head != b"\x89PNG\r\n\x1a\n":
        print("FAIL: no screenshot written (exit %d)\n%s" % (r.returncode, r.stderr.decode("utf-8", "replace")[-2000:]))
        sys.exit(1)
    print("screenshot: %s (%d bytes)" % (png, os.path.getsize(png)))

    # The 58 corpus documents too (CRLF texts, Traditional, 3000 marks), when
    # ../shared is there.
    shared = os.environ.get("DOCSIFT_SHARED_DIR") or os.environ.get("DOCSIFT_SHARED_DIR_DEFAULT", "")
    corpus = os.path.join(shared, "corpus", "docs")
    if not os.path.isdir(corpus):
        print("corpus part skipped: no %s" % corpus)
        sys.exit(0)
    jsonl = os.path.join(OUTDIR, "report-corpus.jsonl")
    page = os.path.join(OUTDIR, "report-corpus.html")
    summary = os.path.join(OUTDIR, "report-corpus.summary.json")
    with open(jsonl, "wb") as f:
        subprocess.run([DOCSIFT, "--compact", "-q", corpus], stdout=f, check=True)
    with open(summary, "wb") as f:
        subprocess.run([SUMMARY, jsonl], stdout=f, check=True)
    subprocess.run([REPORT, "-o", page, jsonl], check=True)
    r = subprocess.run(base + ["--dump-dom", "file://" + page], capture_output=True, timeout=120)
    console = [l for l in r.stderr.decode("utf-8", "replace").splitlines()
               if ":CONSOLE" in l or "Uncaught" in l or "Refused to" in l]
    if r.returncode != 0 or console:
        print("FAIL: corpus page: exit %d, console: %s" % (r.returncode, console))
        sys.exit(1)
    with open(dom, "wb") as f:
        f.write(r.stdout)
    check(dom, "the DOM of the corpus page")
finally:
    shutil.rmtree(profile, ignore_errors=True)
