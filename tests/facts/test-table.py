#!/usr/bin/env python3
"""docsift --format=csv|tsv: the seeds' facts parse with Python's csv module
into as many rows as the layer has items, with the same values; a field
holding a comma, a quote and a line break survives; --fields and --table
choose columns and layer.

Usage: test-table.py DOCSIFT EXAMPLES_DIR
"""
import csv
import io
import json
import subprocess
import sys

docsift, examples = sys.argv[1], sys.argv[2]


def run(*args, stdin=None):
    p = subprocess.run([docsift, '-q', *args], input=stdin, capture_output=True)
    if p.returncode != 0:
        sys.exit(f'docsift {" ".join(args)} exited {p.returncode}: {p.stderr.decode()}')
    return p.stdout


def rows(data, delimiter=','):
    # newline='' as the csv module wants: quoted fields keep their line breaks
    return list(csv.DictReader(io.StringIO(data.decode('utf-8'), newline=''), delimiter=delimiter))


failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


# the layer, as JSON
docs = [json.loads(line) for line in run('-p', 'facts', examples).splitlines()]
items = [(d['id'], it) for d in docs for it in d['layers']['facts']['items']]
check(len(items) > 50, f'too few facts on the seeds: {len(items)}')

for fmt, delim in (('csv', ','), ('tsv', '\t')):
    out = run('-p', 'facts', f'--format={fmt}', examples)
    table = rows(out, delim)
    check(len(table) == len(items), f'{fmt}: {len(table)} rows for {len(items)} items')
    head = out.split(b'\n', 1)[0].rstrip(b'\r').decode().split(delim)
    check(head[:2] == ['id', 'source'], f'{fmt}: header starts {head[:2]}')
    for (doc_id, it), row in zip(items, table):
        check(row['id'] == doc_id, f'{fmt}: id {row["id"]} != {doc_id}')
        check(row['text'] == it['text'], f'{fmt}: text {row["text"]} != {it["text"]}')
        check(row['metric'] == (it['metric'] or ''), f'{fmt}: metric {row["metric"]}')
        period = it.get('period') or {}
        check(row['period_from'] == (period.get('from') or ''), f'{fmt}: period_from {row["period_from"]}')
        change = it.get('change') or {}
        want = '' if change.get('value') is None else change['value']
        check(row['change_value'] == ('' if want == '' else json.dumps(want)), f'{fmt}: change_value {row["change_value"]}')
        check(row['value'] == ('' if it['value'] is None else json.dumps(it['value'])), f'{fmt}: value {row["value"]}')
    if fmt == 'csv':
        check(out.split(b'\n', 1)[0].endswith(b'\r'), 'csv rows end with CRLF')

# pandas, when installed, reads the same table (LibreOffice Calc reads RFC 4180
# CSV the same way; neither is a dependency)
try:
    import pandas
except ImportError:
    pandas = None
    print('pandas not installed: read_csv check skipped')
if pandas is not None:
    frame = pandas.read_csv(io.BytesIO(run('-p', 'facts', '--format=csv', examples)), dtype=str,
                            keep_default_na=False, encoding='utf-8')
    check(len(frame) == len(items), f'pandas: {len(frame)} rows for {len(items)} items')
    check(list(frame['text']) == [it['text'] for _, it in items], 'pandas: text column')

# a field with a comma, a quote and a line break: the document id
tricky = 'a,"b"\nc 嘉峪关'
record = json.dumps({'id': tricky, 'text': '2023年，园区实现工业总产值769.6亿元，同比增长12.1%。',
                     'meta': {'published': '2024-01-01'}}, ensure_ascii=False) + '\n'
for fmt, delim in (('csv', ','), ('tsv', '\t')):
    table = rows(run('-p', 'facts', f'--format={fmt}', '-', stdin=record.encode()), delim)
    check(len(table) == 1, f'{fmt} tricky: {len(table)} rows')
    check(table and table[0]['id'] == tricky, f'{fmt} tricky id: {table and table[0]["id"]!r}')
    check(table and table[0]['change_basis'] == 'yoy', f'{fmt} tricky change_basis')

# --isolate: the worker processes write the same rows (the parent the header)
check(run('-p', 'facts', '--format=csv', '--isolate', '-j', '2', examples) == run('-p', 'facts', '--format=csv', examples),
      '--isolate changes the table')

# --fields and --table
out = run('-p', 'facts', '--format=csv', '--fields', 'text,period_from,change_value', examples)
table = rows(out)
check(list(table[0].keys()) == ['id', 'source', 'text', 'period_from', 'change_value'], f'--fields: {list(table[0].keys())}')
tl = run('-p', 'facts', '--format=csv', '--table', 'timeline', examples)
n_tl = sum(len(d['layers']['timeline']['items']) for d in docs)
check(len(rows(tl)) == n_tl, f'--table timeline: {len(rows(tl))} rows for {n_tl} items')

# usage errors: a layer without default columns, --fields without a table format
p = subprocess.run([docsift, '-q', '-p', 'stats', '--format=csv', examples], capture_output=True)
check(p.returncode == 2 and b'--fields' in p.stderr, f'stats without --fields: {p.returncode} {p.stderr!r}')
p = subprocess.run([docsift, '-q', '--fields', 'a', examples], capture_output=True)
check(p.returncode == 2, f'--fields with json: {p.returncode}')

for f in failures:
    print('FAIL:', f)
print(f'{len(items)} facts, {len(failures)} failures')
sys.exit(1 if failures else 0)
