#!/usr/bin/env python3
"""Builds a mirror of ../shared/conformance in which each case's specgen rule comes from rule-map.tsv.

The shared folder is read-only data: its expected.tsv names, per peer rule, the specgen rule(s) that
corresponded when the cases were transcribed, and `-` for rules specgen lacked then. rule-map.tsv here is
the current mapping; its rows replace the `specgen_rule` (and `specgen_config`) of every case of that peer
rule, and case-configs.tsv gives single cases the config their own peer config amounts to (rule options).
Everything else is a symlink to the shared files, the scripts included, so the peers' official
compare.py and score.py run unchanged on the mirror.

  python3 mirror.py SHARED_CONFORMANCE MIRROR_DIR
"""
import csv
import os
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FOLDERS = {'spectral': 'spectral', 'redocly': 'redocly',
           'variants/spectral': 'spectral', 'variants/redocly': 'redocly'}


def load_map():
    with open(os.path.join(HERE, 'rule-map.tsv')) as f:
        rows = [r for r in csv.DictReader((l for l in f if not l.startswith('#')), delimiter='\t')]
    out = {}
    for r in rows:
        key = (r['peer'], r['rule'])
        if key in out:
            sys.exit(f'rule-map.tsv: {key} is mapped twice')
        cfg = r.get('specgen_config', '-').strip() or '-'
        out[key] = (r['specgen_rule'].strip(), os.path.join(HERE, 'configs', cfg) if cfg != '-' else None)
    return out


def load_case_configs():
    with open(os.path.join(HERE, 'case-configs.tsv')) as f:
        rows = [r for r in csv.DictReader((l for l in f if not l.startswith('#')), delimiter='\t')]
    return {(r['peer'], r['file']): os.path.join(HERE, 'configs', r['specgen_config']) for r in rows}


def link_tree(src, dst, skip):
    os.makedirs(dst, exist_ok=True)
    for name in os.listdir(src):
        if name in skip:
            continue
        os.symlink(os.path.join(src, name), os.path.join(dst, name))


def rewrite(src, dst, peer, mapping, used, cases):
    with open(src) as f:
        rows = list(csv.DictReader(f, delimiter='\t'))
    fields = list(rows[0].keys()) if rows else []
    if 'specgen_config' not in fields:
        fields.append('specgen_config')
    for r in rows:
        r.setdefault('specgen_config', '-')
        m = mapping.get((peer, r['rule']))
        if m is None:
            continue
        used.add((peer, r['rule']))
        r['specgen_rule'] = m[0]
        if m[1]:
            r['specgen_config'] = m[1]
    for r in rows:
        if (peer, r['file']) in cases:
            used.add((peer, r['file']))
            r['specgen_config'] = cases[(peer, r['file'])]
    with open(dst, 'w') as f:
        w = csv.DictWriter(f, fieldnames=fields, delimiter='\t', lineterminator='\n')
        w.writeheader()
        w.writerows(rows)


def main():
    shared, mirror = (os.path.abspath(a) for a in sys.argv[1:3])
    mapping, cases, used = load_map(), load_case_configs(), set()
    shutil.rmtree(mirror, ignore_errors=True)
    link_tree(shared, mirror, skip={'spectral', 'redocly', 'variants'})
    for folder, peer in FOLDERS.items():
        src = os.path.join(shared, folder)
        link_tree(src, os.path.join(mirror, folder), skip={'expected.tsv', 'results.tsv'})
        rewrite(os.path.join(src, 'expected.tsv'), os.path.join(mirror, folder, 'expected.tsv'), peer, mapping, used,
                cases)
    unused = sorted((set(mapping) | set(cases)) - used)
    if unused:
        sys.exit(f'rule-map.tsv / case-configs.tsv: no case has these: {unused}')


if __name__ == '__main__':
    main()
