#!/usr/bin/env python3
"""Lists the scored cases where specgen and the peer's test disagree, after run.sh (the relocated variants
replace their originals, as score.py counts them).

  python3 tests/conformance/disagreements.py [spectral|redocly] [RULE]
"""
import collections
import csv
import os
import sys

MIRROR = os.environ.get('CONFORMANCE_MIRROR') or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), '..', '..', 'target', 'conformance')


def rows(p):
    with open(p) as f:
        return list(csv.DictReader(f, delimiter='\t'))


def scored(peer):
    res = rows(os.path.join(MIRROR, peer, 'results.tsv'))
    vexp = rows(os.path.join(MIRROR, 'variants', peer, 'expected.tsv'))
    if not vexp or 'original' not in vexp[0]:
        return res
    vres = rows(os.path.join(MIRROR, 'variants', peer, 'results.tsv'))
    for r in vres:
        r['file'] = 'variants/' + peer + '/' + r['file']
    replaced = {r['original'] for r in vexp}
    return [r for r in res if r['file'] not in replaced] + vres


def main():
    peers = [a for a in sys.argv[1:2] if a in ('spectral', 'redocly')] or ['spectral', 'redocly']
    only = sys.argv[2] if len(sys.argv) > 2 else None
    for peer in peers:
        per_rule = collections.Counter()
        for r in scored(peer):
            if r['verdict'] == 'agree' or (only and r['rule'] != only):
                continue
            per_rule[r['rule']] += 1
            print(f"{peer}\t{r['file']}\t{r['rule']}\t{r['version']}\texpected {r['expected']}, specgen "
                  f"{r['specgen']}\t{r['specgen_findings'][:400]}")
        print(f'# {peer}: {sum(per_rule.values())} disagreements: {per_rule.most_common()}')


if __name__ == '__main__':
    main()
