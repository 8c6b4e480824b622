#!/usr/bin/env python3
"""Facts against the facts written by reading the text.

EXPECTED_DIR/NAME.tsv holds the facts a reader writes for the input
INPUTS_DIR/NAME.txt or NAME.jsonl (an envelope with meta.published), one row
per fact (see tests/facts/expected/README.md); this runs `docsift -p facts` on
each input, projects every fact to the TSV's columns (text, metric, period,
value, change, modality; `subject` too when the TSV has that column; `note` is
not compared) and compares exactly. Differences the plugin cannot avoid today
are listed, by class, in EXPECTED_DIR/known-differences.tsv (none allowed when
it is absent): each listed difference must still occur with exactly the listed
plugin value (a listed difference that went away fails, so the list only
shrinks when it is edited), and any other difference fails.

Usage: test-read-facts.py DOCSIFT INPUTS_DIR EXPECTED_DIR [--list]
  --list  print the current differences in the known-differences format
          (class and why empty) instead of checking
"""
import collections
import json
import os
import subprocess
import sys

COLUMNS = ['text', 'metric', 'period_from', 'period_to', 'value', 'unit',
           'change_value', 'change_unit', 'change_direction', 'change_basis',
           'modality']
OPTIONAL = ['subject']
KNOWN_COLUMNS = ['seed', 'text', 'field', 'plugin', 'class', 'why']


def num(v):
    if v is None:
        return ''
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return json.dumps(v)


def project(it):
    period = it.get('period') or {}
    change = it.get('change') or {}
    return {
        'text': it.get('text') or '',
        'metric': it.get('metric') or '',
        'period_from': period.get('from') or '',
        'period_to': period.get('to') or '',
        'value': num(it.get('value')),
        'unit': (it.get('unit') or '') if it.get('value') is not None else '',
        'change_value': num(change.get('value')),
        'change_unit': change.get('unit') or '',
        'change_direction': change.get('direction') or '',
        'change_basis': change.get('basis') or '',
        'modality': it.get('modality') or '',
        'subject': it.get('subject') or '',
    }


def read_tsv(path, columns, min_fields):
    rows = []
    with open(path, encoding='utf-8') as f:
        header = None
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            fields = line.split('\t')
            if header is None:
                header = fields
                if header[:len(columns)] != columns:
                    sys.exit(f'{path}: header {header} is not {columns}')
                continue
            if len(fields) < min_fields:
                sys.exit(f'{path}:{n}: {len(fields)} fields, want at least {min_fields}')
            rows.append(dict(zip(header, fields + [''] * (len(header) - len(fields)))))
    return rows


def keyed(rows):
    """(text, k) for the k-th row with that text, k from 1; shown as text or text#k."""
    seen = collections.Counter()
    out = collections.OrderedDict()
    for r in rows:
        seen[r['text']] += 1
        k = seen[r['text']]
        out[r['text'] if k == 1 else f"{r['text']}#{k}"] = r
    return out


def main():
    args = [a for a in sys.argv[1:] if a != '--list']
    listing = '--list' in sys.argv[1:]
    docsift, cases, expected_dir = args
    seeds = sorted(f[:-4] for f in os.listdir(expected_dir)
                   if f.endswith('.tsv') and f != 'known-differences.tsv')
    if not seeds:
        sys.exit(f'no expected facts (NAME.tsv) in {expected_dir}')

    diffs = {}   # (seed, text, field) -> plugin's value
    stats = []
    for seed in seeds:
        rows = read_tsv(os.path.join(expected_dir, seed + '.tsv'), COLUMNS, len(COLUMNS))
        compared = COLUMNS[1:] + [c for c in OPTIONAL if rows and c in rows[0]]
        want = keyed(rows)
        inp = os.path.join(cases, seed + '.txt')
        if not os.path.exists(inp):
            inp = os.path.join(cases, seed + '.jsonl')
        p = subprocess.run([docsift, '-q', '-p', 'facts', inp], capture_output=True)
        if p.returncode != 0:
            sys.exit(f'docsift on {seed} exited {p.returncode}: {p.stderr.decode()}')
        items = json.loads(p.stdout)['layers']['facts']['items']
        got = keyed([project(it) for it in sorted(items, key=lambda it: it['start'])])
        exact = 0
        for text, w in want.items():
            g = got.get(text)
            if g is None:
                diffs[(seed, text, 'missing')] = ''
                continue
            bad = [c for c in compared if g[c] != w[c]]
            for c in bad:
                diffs[(seed, text, c)] = g[c]
            exact += not bad
        for text, g in got.items():
            if text not in want:
                diffs[(seed, text, 'extra')] = g['metric']
        stats.append((seed, len(want), exact, len(got)))

    if listing:
        print('\t'.join(KNOWN_COLUMNS))
        for (seed, text, field), v in diffs.items():
            print('\t'.join([seed, text, field, v, '', '']))
        return 0

    known_path = os.path.join(expected_dir, 'known-differences.tsv')
    known = read_tsv(known_path, KNOWN_COLUMNS, 5) if os.path.exists(known_path) else []
    failures = []
    listed = set()
    classes = collections.Counter()
    class_facts = collections.defaultdict(set)
    for k in known:
        key = (k['seed'], k['text'], k['field'])
        if not k['class']:
            failures.append(f'known difference without a class: {key}')
        if key in listed:
            failures.append(f'known difference listed twice: {key}')
        listed.add(key)
        if key not in diffs:
            failures.append(f'listed difference no longer occurs (remove it): {key}')
        elif diffs[key] != k['plugin']:
            failures.append(f'listed difference changed: {key}: plugin now gives {diffs[key]!r}, '
                            f'the list says {k["plugin"]!r}')
        classes[k['class']] += 1
        class_facts[k['class']].add((k['seed'], k['text']))
    for key, v in diffs.items():
        if key not in listed:
            failures.append(f'difference not in the known list: {key}: plugin gives {v!r}')

    print('# case: facts read / exactly matched / facts the plugin gives')
    for seed, n, exact, g in stats:
        print(f'# {seed}: {n} / {exact} / {g}')
    total = sum(s[1] for s in stats)
    print(f'# all: {total} / {sum(s[2] for s in stats)} / {sum(s[3] for s in stats)}')
    print('# known differences by class: facts (fields)')
    for c, n in classes.most_common():
        print(f'#   {len(class_facts[c]):3d} ({n:3d})  {c}')
    for f in failures:
        print('FAIL', f)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
