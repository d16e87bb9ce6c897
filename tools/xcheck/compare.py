#!/usr/bin/env python3
"""Compare speccheck.py output with salesctl --json output, printing differing figures.

Usage: compare.py KIND SPEC.json SALESCTL.json   (KIND: receivables funnel weekly targets kpi incentive decompose)
"""
import json
import sys


def norm(v):
    if isinstance(v, float) and v == int(v):
        return int(v) if abs(v) < 1e15 else v
    return v


def diff(path, mine, theirs, out):
    if isinstance(mine, dict):
        if not isinstance(theirs, dict):
            out.append((path, mine, theirs))
            return
        for k, v in mine.items():
            if k.endswith('_alt_rounded_inputs'):
                continue
            diff(f'{path}.{k}', v, theirs.get(k, '<missing>'), out)
    elif isinstance(mine, list):
        if not isinstance(theirs, list) or len(mine) != len(theirs):
            out.append((path + '(len)', len(mine) if isinstance(mine, list) else mine,
                        len(theirs) if isinstance(theirs, list) else theirs))
            if not isinstance(theirs, list):
                return
        for i, (a, b) in enumerate(zip(mine, theirs)):
            diff(f'{path}[{i}]', a, b, out)
    else:
        if norm(mine) != norm(theirs) and not (isinstance(mine, (int, float)) and isinstance(theirs, (int, float))
                                               and abs(mine - theirs) < 1e-9):
            out.append((path, mine, theirs))


def keyed(lst, key):
    return {x[key]: x for x in lst}


def main():
    kind, a, b = sys.argv[1:4]
    mine = json.load(open(a))
    theirs = json.load(open(b))
    out = []
    if kind == 'receivables':
        diff('total', mine['total'], theirs['total'], out)
        tm = keyed(theirs['customers'], 'id')
        mm = keyed(mine['customers'], 'id')
        for k in sorted(set(tm) | set(mm)):
            if k not in mm or k not in tm:
                out.append((f'customer {k}', 'present' if k in mm else 'absent', 'present' if k in tm else 'absent'))
            else:
                diff(f'customer {k}', {x: mm[k][x] for x in mm[k]}, tm[k], out)
    elif kind in ('targets',):
        tm = {(x['owner'], x['metric'], x['segment']): x for x in theirs['targets']}
        mm = {(x['owner'], x['metric'], x['segment']): x for x in mine['targets']}
        for k in sorted(set(tm) | set(mm)):
            if k not in mm or k not in tm:
                out.append((str(k), 'present' if k in mm else 'absent', 'present' if k in tm else 'absent'))
            else:
                diff(str(k), mm[k], tm[k], out)
    elif kind in ('kpi', 'incentive'):
        tm = keyed(theirs['reps'], 'rep_id')
        mm = keyed(mine['reps'], 'rep_id')
        for k in sorted(set(tm) | set(mm)):
            if k not in mm or k not in tm:
                out.append((k, 'present' if k in mm else 'absent', 'present' if k in tm else 'absent'))
            elif kind == 'kpi':
                diff(k, mm[k], tm[k], out)
            else:
                diff(k + '.total', mm[k]['total'], tm[k]['total'], out)
                tcs = tm[k]['components']
                if len(tcs) != len(mm[k]['components']):
                    out.append((k + '.components(len)', len(mm[k]['components']), len(tcs)))
                for c, tc in zip(mm[k]['components'], tcs):
                    diff(f"{k}.{c['type']}", c, tc, out)
    else:
        diff('', mine, theirs, out)
    for p, m, t in out:
        print(f'{p}: spec={m!r} salesctl={t!r}')
    print(f'# {len(out)} differences')


if __name__ == '__main__':
    main()
