#!/usr/bin/env python3
"""bench/facts-sample.py: a stable random sample of the facts layer on the
corpus documents, judged by reading, and the precision per field.

    bench/facts-sample.py --judgements /work/facts-judgements.tsv            # what needs judging
    bench/facts-sample.py --judgements /work/facts-judgements.tsv --report   # precision, error kinds
    bench/facts-sample.py --show                                             # every sampled fact

Runs `docsift -p facts` (from the build dir --build, default build) over the
documents of --docs (default ../shared/corpus/docs), and draws --n facts
(default 120) with --seed (default 15): not stratified; every fact gets the
key sha256(seed, doc, start) and the n smallest keys are the sample, so a
fact keeps its key when others come or go, and after a change of the plugin
most of the same figures are drawn again.

Judgements live OUTSIDE the repository (they quote corpus words): a TSV of
    doc  start  end  field  value  verdict  kind  reason
with start/end the fact's span (code points of the original text, as in
docsift's JSON), field one of fact, metric, period, change, subject, value
the field as rendered here (a judgement counts only while the value is the
same: a changed metric needs a new one), verdict ok, wrong or na (the field
does not apply: the figure is no measurement), kind an error kind naming the
mechanism (metric:verb-inside, period:comparison-base, fact:not-a-measurement...)
and a short reason. Lines starting with # are comments; a later line for the
same key overrides an earlier one.

Without --report it prints, for each sampled fact with a field not judged
(or judged for another value), the fact in context and ready-to-fill TSV
lines (verdict `?`); --template prints only those lines (append them to the
file and edit). Python 3 standard library only.
"""
import argparse
import collections
import csv
import hashlib
import json
import os
import subprocess
import sys

FIELDS = ("fact", "metric", "period", "change", "subject")
REPORTED = ("fact", "metric", "period", "change", "subject")
SENT_END = "。！？!?\n"


def run_docsift(root, build, docs):
    exe = os.path.join(build, "core", "docsift")
    if not os.access(exe, os.X_OK):
        sys.exit(f"facts-sample: {exe} not found: build first (meson setup {build} && meson compile -C {build})")
    plugdir = os.path.join(build, "plugins")
    env = dict(os.environ)
    env["DOCSIFT_PLUGIN_PATH"] = ":".join(
        sorted(os.path.join(plugdir, d) for d in os.listdir(plugdir) if os.path.isdir(os.path.join(plugdir, d))))
    # the word lists of the checkout the build was made from (meson-info), else of this one
    src = root
    try:
        with open(os.path.join(build, "meson-info", "meson-info.json"), encoding="utf-8") as fh:
            src = json.load(fh)["directories"]["source"]
    except (OSError, KeyError, ValueError):
        pass
    env["DOCSIFT_DATA_DIR"] = os.path.join(src, "config")
    out = subprocess.run([exe, "-q", "--compact", "--maps=always", "-p", "facts", docs],
                         env=env, check=True, stdout=subprocess.PIPE).stdout
    for line in out.decode("utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def to_view(segments, pos):
    """Original code point offset -> offset in the view, through its map."""
    if not segments:
        return pos
    o = v = 0
    for ol, vl in segments:
        if pos <= o + ol:
            return v + (pos - o if ol == vl else (0 if pos == o else vl))
        o += ol
        v += vl
    return v + (pos - o)


def sentence(text, s, e, width=90):
    a = s
    while a > 0 and text[a - 1] not in SENT_END and s - a < width:
        a -= 1
    b = e
    while b < len(text) and text[b] not in SENT_END and b - e < width:
        b += 1
    if b < len(text) and text[b] != "\n":
        b += 1
    return (text[a:s] + "【" + text[s:e] + "】" + text[e:b]).replace("\n", " ").strip()


def render(f):
    """The judged fields as strings: a judgement holds for one rendering."""
    p = f.get("period")
    c = f.get("change")
    if c:
        cv = f"{c.get('direction') or '?'} {c.get('value')}{c.get('unit') or ''} {c.get('basis') or '-'}"
    else:
        cv = "none"
    unit = f.get("unit") or ""
    return {
        "fact": f"{f.get('text')} [{f.get('kind')}]",
        "metric": f.get("metric") or "none",
        "period": f"{p.get('from')}..{p.get('to')}" if p else "none",
        "change": cv,
        "subject": f.get("subject") or "none",
        "_value": f"{f.get('value')} {unit}".strip(),
    }


def clean(s):
    return str(s).replace("\t", " ").replace("\n", " ")


def load_judgements(path):
    j = {}
    if not path or not os.path.exists(path):
        return j
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or row[0].startswith("#") or len(row) < 6:
                continue
            row += [""] * (8 - len(row))
            doc, start, end, field, value, verdict, kind, reason = row[:8]
            if verdict.strip() == "?":
                continue
            j[(doc, int(start), int(end), field)] = (value, verdict.strip(), kind.strip(), reason.strip())
    return j


def sample(records, n, seed):
    facts = []
    for d in records:
        doc = os.path.splitext(os.path.basename(d.get("source") or d["id"]))[0]
        layer = d.get("layers", {}).get("facts")
        if not layer:
            continue
        view = d.get("views", {}).get("normalized", {})
        vtext, vmap = view.get("text", d.get("text", "")), view.get("map")
        for f in layer["items"]:
            h = hashlib.sha256(f"{seed}\0{doc}\0{f['start']}".encode()).hexdigest()
            facts.append((h, doc, f, vtext, vmap, d.get("meta", {}).get("published")))
    facts.sort(key=lambda t: (t[0], t[2]["end"]))
    return facts[:n], len(facts)


def show(doc, f, vtext, vmap, published, out):
    r = render(f)
    s, e = to_view(vmap, f["start"]), to_view(vmap, f["end"])
    p = f.get("period") or {}
    c = f.get("change") or {}
    print(f"== {doc} [{f['start']},{f['end']}) published {published or '-'}", file=out)
    print(f"   {sentence(vtext, s, e)}", file=out)
    print(f"   figure {f.get('text')}  value {r['_value']}  kind {f.get('kind')}  modality {f.get('modality')}", file=out)
    inh = " (inherited)" if f.get("metric_inherited") else ""
    print(f"   metric {r['metric']}{inh}  subject {r['subject']} ({f.get('subject_class')}, {f.get('subject_source')})", file=out)
    ptxt = p.get("text")
    where = ""
    if p.get("start") is not None:
        ps, pe = to_view(vmap, p["start"]), to_view(vmap, p["end"])
        if ps < s - 90 or ps > e:
            where = "  at: " + sentence(vtext, ps, pe, 30)
    print(f"   period {r['period']} ({p.get('granularity')}) text {ptxt} scope {p.get('scope')}{where}", file=out)
    print(f"   change {r['change']}" + (f"  text {c.get('text')}" if c else ""), file=out)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", default="build", help="meson build dir (relative to the repo root), default build")
    ap.add_argument("--docs", default=os.path.join(root, "..", "shared", "corpus", "docs"))
    ap.add_argument("-n", "--n", type=int, default=120)
    ap.add_argument("--seed", default="15")
    ap.add_argument("--judgements", help="TSV of judgements (keep it outside the repository)")
    ap.add_argument("--report", action="store_true", help="precision per field and error kinds")
    ap.add_argument("--template", action="store_true", help="only the TSV lines still to judge")
    ap.add_argument("--show", action="store_true", help="every sampled fact, judged or not")
    ap.add_argument("--examples", type=int, default=2, help="examples per error kind in --report")
    a = ap.parse_args()
    build = a.build if os.path.isabs(a.build) else os.path.join(root, a.build)
    if not os.path.isdir(a.docs):
        print(f"facts-sample: {a.docs} not found", file=sys.stderr)
        return 77
    drawn, total = sample(run_docsift(root, build, a.docs), a.n, a.seed)
    judged = load_judgements(a.judgements)
    out = sys.stdout

    todo = 0
    used = set()
    per = {k: collections.Counter() for k in REPORTED}
    kinds = collections.Counter()
    examples = collections.defaultdict(list)
    allok = core_ok = 0
    complete = 0
    for _, doc, f, vtext, vmap, pub in drawn:
        r = render(f)
        missing = []
        verdicts = {}
        for field in FIELDS:
            key = (doc, f["start"], f["end"], field)
            got = judged.get(key)
            if got and got[0] == clean(r[field]):
                used.add(key)
                verdicts[field] = got
            else:
                missing.append((field, got))
        todo += len(missing)
        if a.show or (missing and not a.report):
            if not a.template:
                show(doc, f, vtext, vmap, pub, out)
                for field, got in missing:
                    if got:
                        print(f"   ! {field} was judged for {got[0]!r}: {got[1]} {got[2]} {got[3]}", file=out)
            for field, _ in missing:
                print("\t".join([doc, str(f["start"]), str(f["end"]), field, clean(r[field]), "?", "", ""]), file=out)
        if not missing:
            complete += 1
            if all(v[1] == "ok" for v in verdicts.values()):
                allok += 1
            if all(verdicts[k][1] == "ok" for k in ("fact", "metric", "period", "change")):
                core_ok += 1
        for field, (_, verdict, kind, reason) in verdicts.items():
            per[field][verdict] += 1
            if verdict == "wrong":
                kinds[kind or f"{field}:?"] += 1
                if len(examples[kind]) < a.examples:
                    examples[kind].append(f"{doc}:{f['start']} {clean(r[field])} ({reason})")

    print(f"# {len(drawn)} of {total} facts drawn (seed {a.seed}); {todo} field judgements missing or stale; "
          f"{len(judged) - len(used)} judgement lines unused", file=sys.stderr if not a.report else out)
    if not a.report:
        return 0
    print(f"# {complete} facts fully judged")
    print("field\tok\twrong\tna\tprecision")
    for field in REPORTED:
        c = per[field]
        den = c["ok"] + c["wrong"]
        prec = f"{100 * c['ok'] / den:.0f} % ({c['ok']}/{den})" if den else "-"
        print(f"{field}\t{c['ok']}\t{c['wrong']}\t{c['na']}\t{prec}")
    if complete:
        print(f"fact, metric, period, change all right\t{core_ok}/{complete}\t({100 * core_ok / complete:.0f} %)")
        print(f"and subject right too\t{allok}/{complete}\t({100 * allok / complete:.0f} %)")
    print("\nerror kinds")
    for kind, cnt in kinds.most_common():
        print(f"{cnt:4d}  {kind}")
        for ex in examples[kind]:
            print(f"        {ex}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
