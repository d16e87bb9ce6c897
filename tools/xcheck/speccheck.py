#!/usr/bin/env python3
"""Independent implementation of SPEC.md figures, for cross-checking `salesctl --json`.

Developer tool only (see README.md). Standard library only; exact arithmetic with Fraction.
Money is held as Fraction/int cents.

Usage: speccheck.py DIR [--workspace FILE] COMMAND ARGS...   (prints JSON in salesctl's field names)
  receivables --as-of D
  funnel --as-of D [--from D --to D]
  weekly --week 2026-W47
  targets --period P [--today D]
  kpi --period Q
  incentive --period M|Q
  decompose --owner unit:ID --metric M --period P --amount X --method equal|weights|capacity
            [--weights FILE] [--existing-share S] [--to-reps]
"""
import csv
import datetime as dt
import json
import math
import os
import sys
from fractions import Fraction as F

D = dt.date


def pdate(s):
    return dt.date.fromisoformat(s) if s else None


def pmoney(s):
    s = s.strip()
    neg = s.startswith('-')
    if neg:
        s = s[1:]
    if '.' in s:
        a, b = s.split('.')
        b = (b + '00')[:2]
    else:
        a, b = s, '00'
    v = int(a) * 100 + int(b)
    return -v if neg else v


def pdec(x):
    return F(str(x))


def rnd(x):
    """Round a Fraction half away from zero to an int."""
    x = F(x)
    s = -1 if x < 0 else 1
    return s * math.floor(abs(x) + F(1, 2))


def rnd_to(x, places):
    return rnd(F(x) * 10 ** places) / 10 ** places


def mstr(c):
    c = int(c)
    s = '-' if c < 0 else ''
    c = abs(c)
    return f"{s}{c // 100}.{c % 100:02d}"


def split(total, weights):
    """SPEC §2: weights in stable order; returns ints summing to total."""
    sw = sum(weights)
    if sw == 0:
        raise ValueError('all-zero weights')
    q = [F(total) * F(w) / sw for w in weights]
    parts = [math.floor(x) for x in q]
    left = total - sum(parts)
    order = sorted(range(len(q)), key=lambda i: (-(q[i] - parts[i]), i))
    for i in order[:left]:
        parts[i] += 1
    return parts


def add_months(y, m, k):
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def month_end(y, m):
    ny, nm = add_months(y, m, 1)
    return D(ny, nm, 1) - dt.timedelta(days=1)


class Ctx:
    def __init__(self, folder, wsfile):
        self.ws = json.load(open(wsfile, encoding='utf-8')) if wsfile else {}
        self.fy = int(self.ws.get('fiscal_year_start_month', 1))
        self.stall = int(self.ws.get('stall_days', 30))
        st = self.ws.get('stages') or [
            {'code': 'lead', 'probability': 10}, {'code': 'qualify', 'probability': 25},
            {'code': 'proposal', 'probability': 50}, {'code': 'negotiate', 'probability': 75},
            {'code': 'commit', 'probability': 90}]
        self.stages = [(s['code'], pdec(s['probability'])) for s in st]
        self.sidx = {c: i + 1 for i, (c, _) in enumerate(self.stages)}
        self.sidx['lost'] = 0
        self.sidx['won'] = len(self.stages) + 1

        def rd(name):
            p = os.path.join(folder, name)
            if not os.path.exists(p):
                return []
            with open(p, encoding='utf-8-sig', newline='') as f:
                return [{k: (v if v != '' else None) for k, v in r.items()} for r in csv.DictReader(f)]

        self.units = {r['id']: r for r in rd('org_units.csv')}
        self.reps = {r['id']: r for r in rd('reps.csv')}
        self.products = {r['id']: r for r in rd('products.csv')}
        self.customers = {r['id']: r for r in rd('customers.csv')}
        self.opps = {r['id']: r for r in rd('opportunities.csv')}
        for o in self.opps.values():
            o['amount_c'] = pmoney(o['amount'])
            o['created'] = pdate(o['created_on'])
            o['hist'] = []
        for h in rd('stage_history.csv'):
            self.opps[h['opportunity_id']]['hist'].append((h['stage'], pdate(h['entered_on'])))
        for o in self.opps.values():
            if not o['hist']:
                o['hist'] = [(o['stage'], o['created'])]
        self.orders = {r['id']: r for r in rd('orders.csv')}
        for o in self.orders.values():
            o['amt'] = pmoney(o['amount'])
            o['gp'] = pmoney(o['gross_profit'])
            o['date'] = pdate(o['order_date'])
            o['canc'] = pdate(o['cancelled_on'])
            o['credits'] = []
            o['pays'] = []
        for c in rd('order_credits.csv'):
            self.orders[c['order_id']]['credits'].append((c['rep_id'], pdec(c['share']), c.get('overlay') == '1'))
        self.payments = {r['id']: r for r in rd('payments.csv')}
        for p in self.payments.values():
            p['amt'] = pmoney(p['amount'])
            p['date'] = pdate(p['paid_on'])
            self.orders[p['order_id']]['pays'].append(p)
        self.activities = rd('activities.csv')
        for a in self.activities:
            a['d'] = pdate(a['date'])
        self.targets = {}
        for t in rd('targets.csv'):
            key = (t['owner_kind'], t['owner_id'], t['metric'], t['period'], t.get('segment') or 'all')
            self.targets[key] = t['amount']
        self.kpi_values = {(r['rep_id'], r['period'], r['code']): pdec(r['value']) for r in rd('kpi_values.csv')}
        self.reviews = rd('reviews.csv')
        self.root = [u for u in self.units.values() if not u.get('parent_id')][0]['id']
        # first order ever per customer (non-cancelled)
        self.first_order = {}
        for o in sorted(self.orders.values(), key=lambda o: (o['date'], o['id'])):
            if o['canc'] is None and o['customer_id'] not in self.first_order:
                self.first_order[o['customer_id']] = o

    # ---------- periods ----------
    def period(self, label):
        """(first, last, kind)."""
        s = self.fy
        if '-W' in label:
            y, w = label.split('-W')
            mon = D.fromisocalendar(int(y), int(w), 1)
            return mon, mon + dt.timedelta(days=6), 'week'
        if 'Q' in label:
            y, q = label.split('Q')
            y, q = int(y), int(q)
            sy = y if s == 1 else y - 1
            fy, fm = add_months(sy, s, 3 * (q - 1))
            ly, lm = add_months(fy, fm, 2)
            return D(fy, fm, 1), month_end(ly, lm), 'quarter'
        if '-' in label:
            y, m = map(int, label.split('-'))
            return D(y, m, 1), month_end(y, m), 'month'
        y = int(label)
        sy = y if s == 1 else y - 1
        ly, lm = add_months(sy, s, 11)
        return D(sy, s, 1), month_end(ly, lm), 'year'

    def fiscal_year_of(self, d):
        s = self.fy
        if s == 1:
            return d.year
        return d.year + 1 if d.month >= s else d.year

    def months_of(self, label):
        a, b, _ = self.period(label)
        out = []
        y, m = a.year, a.month
        while D(y, m, 1) <= b:
            out.append(f"{y:04d}-{m:02d}")
            y, m = add_months(y, m, 1)
        return out

    # ---------- org ----------
    def subtree(self, uid):
        out = [uid]
        for u in sorted(self.units):
            if self.units[u].get('parent_id') == uid:
                out += self.subtree(u)
        return out

    def reps_under(self, uid):
        us = set(self.subtree(uid))
        return sorted(r for r, v in self.reps.items() if v['org_unit_id'] in us)

    def active_in(self, rid, a, b):
        r = self.reps[rid]
        if pdate(r['hire_date']) > b:
            return False
        lo = pdate(r.get('left_on'))
        if lo is not None:
            return lo >= a
        return (r.get('active') or '1') != '0'

    # ---------- credits ----------
    def credit(self, order, field_val):
        """{rep: cents} of a value (order amount, gp or payment) by the order's credit shares."""
        key = (order['id'], field_val)
        cache = self.__dict__.setdefault('_ccache', {})
        if key not in cache:
            cache[key] = self._credit(order, field_val)
        return cache[key]

    def orders_of(self, rid):
        if not hasattr(self, '_byrep'):
            self._byrep = {}
            for o in self.orders.values():
                for r in {o['rep_id']} | {c[0] for c in o['credits']}:
                    self._byrep.setdefault(r, []).append(o)
        return self._byrep.get(rid, [])

    def _credit(self, order, field_val):
        cr = order['credits']
        if not cr:
            return {order['rep_id']: field_val}
        base = [(r, s) for r, s, ov in cr if not ov]
        out = {}
        parts = split(field_val, [s for _, s in sorted(base)]) if base else []
        for (r, s), p in zip(sorted(base), parts):
            out[r] = out.get(r, 0) + p
        for r, s, ov in cr:
            if ov:
                out[r] = out.get(r, 0) + rnd(field_val * s)
        return out

    # ---------- actuals (§6) ----------
    def rep_actual(self, rid, metric, a, b, for_commission=False, segment='all', seg_period_start=None):
        tot = 0
        if metric in ('revenue', 'gross_profit'):
            for o in self.orders_of(rid):
                val = o['amt'] if metric == 'revenue' else o['gp']
                c = self.credit(o, val).get(rid)
                if c is None:
                    continue
                if segment != 'all':
                    ex = self.is_existing(o['customer_id'], seg_period_start or a)
                    if (segment == 'existing') != ex:
                        continue
                if a <= o['date'] <= b:
                    if o['canc'] is not None and o['canc'] <= b:
                        continue
                    tot += c
                elif o['date'] < a and o['canc'] is not None and a <= o['canc'] <= b and not for_commission:
                    tot -= c
            return tot
        if metric == 'collections':
            for o in self.orders_of(rid):
                if segment != 'all':
                    ex = self.is_existing(o['customer_id'], seg_period_start or a)
                    if (segment == 'existing') != ex:
                        continue
                for p in o['pays']:
                    if a <= p['date'] <= b:
                        c = self.credit(o, p['amt']).get(rid)
                        if c is not None:
                            tot += c
            return tot
        if metric == 'new_customers':
            n = 0
            for cid, o in self.first_order.items():
                if o['rep_id'] == rid and a <= o['date'] <= b:
                    n += 1
            return n
        if metric == 'visits':
            if not hasattr(self, '_acts'):
                self._acts = {}
                for x in self.activities:
                    self._acts.setdefault(x['rep_id'], []).append(x)
            return sum(1 for x in self._acts.get(rid, []) if x['rep_id'] == rid and x['kind'] == 'visit' and a <= x['d'] <= b)
        raise KeyError(metric)

    def is_existing(self, cid, p_first):
        o = self.first_order.get(cid)
        return o is not None and o['date'] < p_first

    def owner_actual(self, owner, metric, a, b, segment='all', seg_start=None):
        kind, oid = owner
        reps = [oid] if kind == 'rep' else self.reps_under(oid)
        return sum(self.rep_actual(r, metric, a, b, segment=segment, seg_period_start=seg_start) for r in reps)

    def collection_rate(self, rid, a, b):
        due = 0
        coll = 0
        n = 0
        for o in self.orders_of(rid):
            if o['rep_id'] != rid:
                continue
            if o['canc'] is not None and o['canc'] <= b:
                continue
            terms = int(self.customers[o['customer_id']].get('payment_terms_days') or 30)
            if o['date'] + dt.timedelta(days=terms) > b:
                continue
            bal = o['amt'] - sum(p['amt'] for p in o['pays'] if p['date'] < a) if o['date'] < a else o['amt']
            if bal <= 0:
                continue
            n += 1
            due += bal
            coll += min(bal, sum(p['amt'] for p in o['pays'] if a <= p['date'] <= b))
        return (F(coll, due) if due else None), due, coll

    def target(self, owner, metric, label, segment='all'):
        k = (owner[0], owner[1], metric, label, segment)
        if k in self.targets:
            return self.pt(metric, self.targets[k])
        a, b, kind = self.period(label)
        if kind in ('quarter', 'year'):
            vals = [self.targets.get((owner[0], owner[1], metric, m, segment)) for m in self.months_of(label)]
            vals = [self.pt(metric, v) for v in vals if v is not None]
            if vals:
                return sum(vals)
        return None

    def pt(self, metric, v):
        return int(v) if metric == 'new_customers' else pmoney(v)

    # ---------- receivables (§5) ----------
    def receivables(self, asof):
        buckets = ['current', '1-30', '31-60', '61-90', '91-180', '>180']

        def bk(d):
            if d <= 0:
                return 'current'
            if d <= 30:
                return '1-30'
            if d <= 60:
                return '31-60'
            if d <= 90:
                return '61-90'
            if d <= 180:
                return '91-180'
            return '>180'
        tot = {b: 0 for b in buckets}
        cust = {}
        for o in self.orders.values():
            if o['date'] > asof or (o['canc'] is not None and o['canc'] <= asof):
                continue
            bal = o['amt'] - sum(p['amt'] for p in o['pays'] if p['date'] <= asof)
            if bal == 0:
                continue
            terms = int(self.customers[o['customer_id']].get('payment_terms_days') or 30)
            b = bk((asof - (o['date'] + dt.timedelta(days=terms))).days)
            tot[b] += bal
            c = cust.setdefault(o['customer_id'], {x: 0 for x in buckets})
            c[b] += bal
        return {'total': {b: mstr(v) for b, v in tot.items()},
                'customers': [dict(id=k, **{b: mstr(v) for b, v in cust[k].items()})
                              for k in sorted(cust) if any(cust[k].values())]}

    # ---------- funnel (§4) ----------
    def state(self, o, d):
        if o['created'] > d:
            return None
        s = None
        for st, ed in o['hist']:
            if ed <= d:
                s = st
        return s

    def terminal_entry(self, o, d):
        t = None
        for st, ed in o['hist']:
            if ed <= d and st in ('won', 'lost'):
                t = (st, ed)
        return t

    def funnel(self, asof, a=None, b=None, owner=None):
        if a is None:
            fa, _, _ = self.period(str(self.fiscal_year_of(asof)))
            a, b = fa, asof
        reps = set(self.reps_under(self.root)) if owner is None else (
            {owner[1]} if owner[0] == 'rep' else set(self.reps_under(owner[1])))
        opps = [o for o in self.opps.values() if o['owner_rep_id'] in reps]
        st = {c: [0, 0, F(0)] for c, _ in self.stages}
        prob = dict(self.stages)
        wt = F(0)
        for o in opps:
            s = self.state(o, asof)
            if s in st:
                st[s][0] += 1
                st[s][1] += o['amount_c']
                st[s][2] += o['amount_c'] * prob[s] / 100
                wt += o['amount_c'] * prob[s] / 100
        res = {'stages': [{'code': c, 'count': st[c][0], 'amount': mstr(st[c][1]), 'weighted': mstr(rnd(st[c][2]))}
                          for c, _ in self.stages],
               'weighted_total': mstr(rnd(wt)), 'from': a.isoformat(), 'to': b.isoformat()}
        n = len(self.stages)
        cohort = [o for o in opps if a <= o['created'] <= b]
        reached = [0] * (n + 2)
        cwon = 0
        for o in cohort:
            hi = max(self.sidx.get(s, 0) for s, ed in o['hist'] if ed <= b)
            for k in range(1, n + 1):
                if hi >= k:
                    reached[k] += 1
            t = self.terminal_entry(o, b)
            if t and t[0] == 'won':
                cwon += 1
        conv = []
        for k in range(1, n):
            conv.append({'from': self.stages[k - 1][0], 'to': self.stages[k][0],
                         'rate': rnd_to(F(reached[k + 1], reached[k]), 4) if reached[k] else None})
        conv.append({'from': self.stages[n - 1][0], 'to': 'won',
                     'rate': rnd_to(F(cwon, reached[n]), 4) if reached[n] else None})
        res['conversion'] = conv
        res['cohort'] = len(cohort)
        won, lost = [], []
        for o in opps:
            t = self.terminal_entry(o, b)
            if t and a <= t[1] <= b:
                (won if t[0] == 'won' else lost).append((o, t[1]))
        wr = F(len(won), len(won) + len(lost)) if won or lost else None
        res['won'] = len(won)
        res['lost'] = len(lost)
        res['win_rate'] = rnd_to(wr, 4) if wr is not None else None
        avg_amt = F(sum(o['amount_c'] for o, _ in won), len(won)) if won else None
        avg_cyc = F(sum((d - o['created']).days for o, d in won), len(won)) if won else None
        res['avg_won_amount'] = mstr(rnd(avg_amt)) if avg_amt is not None else None
        res['avg_cycle_days'] = rnd_to(avg_cyc, 2) if avg_cyc is not None else None
        open_to = sum(1 for o in opps if self.state(o, b) in prob)
        res['open_count_at_to'] = open_to
        if wr is not None and avg_cyc:
            v = open_to * wr * avg_amt / avg_cyc
            res['velocity_per_day'] = mstr(rnd(v))
            # alternative reading: from the displayed (rounded) inputs
            v2 = open_to * F(rnd_to(wr, 4)).limit_denominator(10 ** 4) * rnd(avg_amt) / F(
                rnd_to(avg_cyc, 2)).limit_denominator(100)
            res['velocity_per_day_alt_rounded_inputs'] = mstr(rnd(v2))
        else:
            res['velocity_per_day'] = None
        sd = {c: [] for c, _ in self.stages}
        for o in opps:
            h = o['hist']
            for i in range(len(h) - 1):
                if h[i][0] in sd and a <= h[i + 1][1] <= b:
                    sd[h[i][0]].append((h[i + 1][1] - h[i][1]).days)
        res['stage_days'] = [{'code': c, 'avg_days': rnd_to(F(sum(v), len(v)), 2) if v else None, 'moves': len(v)}
                             for c, v in sd.items()]
        return res

    def weekly(self, label, owner=None):
        mon, sun, _ = self.period(label)
        s0 = mon - dt.timedelta(days=1)
        reps = set(self.reps_under(self.root)) if owner is None else (
            {owner[1]} if owner[0] == 'rep' else set(self.reps_under(owner[1])))
        cats = {k: [] for k in ['won', 'lost', 'new', 'advanced', 'regressed', 'stalled', 'unchanged']}
        prob = dict(self.stages)
        for o in sorted(self.opps.values(), key=lambda o: o['id']):
            if o['owner_rep_id'] not in reps:
                continue
            e = self.state(o, sun)
            if e is None:
                continue
            s = self.state(o, s0)
            term = ('won', 'lost')
            if s in term and e in term:
                continue
            if e == 'won' and s != 'won':
                c = 'won'
            elif e == 'lost' and s != 'lost':
                c = 'lost'
            elif mon <= o['created'] <= sun and e in prob:
                c = 'new'
            elif s is not None and self.sidx[e] > self.sidx[s]:
                c = 'advanced'
            elif s is not None and self.sidx[e] < self.sidx[s]:
                c = 'regressed'
            else:
                inforce = [ed for st, ed in o['hist'] if ed <= sun][-1]
                c = 'stalled' if e in prob and (sun - inforce).days >= self.stall else 'unchanged'
            cats[c].append(o)
        return {'categories': {k: {'count': len(v), 'amount': mstr(sum(o['amount_c'] for o in v)),
                                   'ids': [o['id'] for o in v]} for k, v in cats.items()}}

    # ---------- targets show ----------
    def working_days(self, a, b):
        out = []
        d = a
        while d <= b:
            if d.weekday() < 5:
                out.append(d)
            d += dt.timedelta(days=1)
        return out

    def week_target(self, owner, metric, label, segment):
        a, b, _ = self.period(label)
        tot = None
        seen = set()
        d = a
        while d <= b:
            ml = f'{d.year:04d}-{d.month:02d}'
            if ml not in seen:
                seen.add(ml)
                mt = self.targets.get((owner[0], owner[1], metric, ml, segment))
                if mt is not None:
                    ma, mb, _ = self.period(ml)
                    days = self.working_days(ma, mb)
                    parts = split(self.pt(metric, mt), [1] * len(days))
                    tot = (tot or 0) + sum(p for dd, p in zip(days, parts) if a <= dd <= b)
            d += dt.timedelta(days=1)
        return tot

    def targets_show(self, label, today=None):
        a, b, kind = self.period(label)
        to = min(today, b) if today else b
        owners = set()
        for (ok, oid, met, per, seg) in self.targets:
            owners.add((ok, oid, met, seg))
        rows = []
        morder = ['revenue', 'gross_profit', 'collections', 'new_customers']
        sorder = ['all', 'existing', 'new']
        for ok, oid, met, seg in sorted(owners, key=lambda x: (x[0] != 'unit', x[1], morder.index(x[2]),
                                                              sorder.index(x[3]))):
            t = self.target((ok, oid), met, label, seg) if kind != 'week' else self.week_target((ok, oid), met,
                                                                                                  label, seg)
            if t is None:
                continue
            act = self.owner_actual((ok, oid), met, a, to, seg, a)
            el = len(self.working_days(a, to))
            wd = len(self.working_days(a, b))
            rr = rnd(F(act) * wd / el) if el else None
            rows.append({'owner': f'{ok}:{oid}', 'metric': met, 'segment': seg,
                         'amount': t if met == 'new_customers' else mstr(t),
                         'actual': act if met == 'new_customers' else mstr(act),
                         'attainment': rnd_to(F(act, t), 4) if t else None,
                         'run_rate': None if rr is None else (rr if met == 'new_customers' else mstr(rr))})
        return {'targets': rows}

    # ---------- KPI (§6) ----------
    def template_for(self, rid, kind='kpi_templates'):
        r = self.reps[rid]
        best = None
        for t in self.ws.get(kind, []):
            if t['role'] != r['role']:
                continue
            if t.get('level') == r['level']:
                return t
            if t.get('level') is None and best is None:
                best = t
        return best

    def review360(self, rid, label):
        w = {k: pdec(v) for k, v in (self.ws.get('review_weights') or
                                     {'supervisor': 50, 'peer': 20, 'customer': 20, 'self': 10}).items()}
        by = {}
        for r in self.reviews:
            if r['subject_rep_id'] == rid and r['period'] == label:
                by.setdefault(r['reviewer_kind'], []).append(pdec(r['score']))
        if not by:
            return None
        num = sum(w[k] * sum(v) / len(v) for k, v in by.items())
        return num / sum(w[k] for k in by)

    def kpi_actual(self, rid, code, label, a, b):
        if code in ('revenue', 'gross_profit', 'collections'):
            return F(self.rep_actual(rid, code, a, b)), 'money'
        if code in ('new_customers', 'visits'):
            return F(self.rep_actual(rid, code, a, b)), 'count'
        if code == 'collection_rate':
            return self.collection_rate(rid, a, b)[0], 'ratio'
        if code == 'win_rate':
            won = lost = 0
            for o in self.opps.values():
                if o['owner_rep_id'] != rid:
                    continue
                t = self.terminal_entry(o, b)
                if t and a <= t[1] <= b:
                    won += t[0] == 'won'
                    lost += t[0] == 'lost'
            return (F(won, won + lost) if won + lost else None), 'ratio'
        if code == 'review_360':
            return self.review360(rid, label), 'score'
        v = self.kpi_values.get((rid, label, code))
        return v, 'value'

    def kpi_score(self, label):
        a, b, _ = self.period(label)
        lib = {k['code']: k.get('lower_is_better', False) for k in self.ws.get('kpis', [])}
        grades = self.ws.get('grades') or [['S', 110], ['A', 95], ['B', 80], ['C', 60], ['D', 0]]
        out = []
        for rid in sorted(self.reps):
            if not self.active_in(rid, a, b):
                continue
            t = self.template_for(rid)
            if not t:
                continue
            items = []
            num = F(0)
            den = F(0)
            for it in t['items']:
                code = it['kpi']
                rule = it['rule']
                act, unit = self.kpi_actual(rid, code, label, a, b)
                tgt = None
                att = None
                score = None
                if rule['type'] in ('direct', 'anchored'):
                    if act is not None:
                        score = act if rule['type'] == 'direct' else 20 * act
                else:
                    tv = it.get('target')
                    if tv == 'target':
                        tt = self.target(('rep', rid), code, label)
                        tgt = F(tt) if tt is not None else None
                    elif tv is not None:
                        tgt = pdec(tv) * (100 if unit == 'money' else 1)
                    if act is not None and tgt:
                        if lib.get(code):
                            att = tgt / act if act else None
                        else:
                            att = act / tgt
                    if att is not None:
                        fl = pdec(rule.get('floor', 0))
                        cp = pdec(rule.get('cap', 120))
                        if rule['type'] == 'linear':
                            score = min(max(100 * att, fl), cp)
                        elif rule['type'] == 'threshold':
                            score = F(0) if att < pdec(rule['threshold']) else min(max(100 * att, fl), cp)
                        elif rule['type'] == 'bands':
                            best = None
                            for mn, sc in rule['bands']:
                                if att >= pdec(mn) and (best is None or pdec(mn) > best[0]):
                                    best = (pdec(mn), pdec(sc))
                            score = best[1] if best else F(0)
                if score is not None:
                    num += pdec(it['weight']) * score
                    den += pdec(it['weight'])
                items.append({'kpi': code,
                              'actual': None if act is None else (mstr(act) if unit == 'money' else float(rnd_to(act, 2 if unit == 'score' else 4))),
                              'target': None if tgt is None else (mstr(tgt) if unit == 'money' else float(tgt)),
                              'attainment': None if att is None else float(rnd_to(att, 4)),
                              'score': None if score is None else float(rnd_to(score, 2)),
                              '_score_exact': score})
            total = rnd_to(num / den, 2) if den else None
            grade = None
            if total is not None:
                for g, m in grades:
                    if total >= m:
                        grade = g
                        break
            out.append({'rep_id': rid, 'items': items, 'total': None if total is None else float(total),
                        'grade': grade})
        for r in out:
            for it in r['items']:
                del it['_score_exact']
        return {'reps': out}

    # ---------- incentives (§7) ----------
    def commission(self, rid, comp, label):
        a, b, _ = self.period(label)
        base = comp['base']
        lines = []
        mult = {k: pdec(v) for k, v in (comp.get('category_multipliers') or {}).items()}
        if base in ('revenue', 'gross_profit'):
            for o in sorted(self.orders_of(rid), key=lambda o: o['id']):
                if not (a <= o['date'] <= b) or (o['canc'] is not None and o['canc'] <= b):
                    continue
                c = self.credit(o, o['amt'] if base == 'revenue' else o['gp']).get(rid)
                if c is None:
                    continue
                cat = self.products[o['product_id']]['category']
                lines.append((o['id'], c, mult.get(cat, F(1))))
        else:
            for p in sorted((p for o in self.orders_of(rid) for p in o['pays']), key=lambda p: p['id']):
                if not (a <= p['date'] <= b):
                    continue
                o = self.orders[p['order_id']]
                c = self.credit(o, p['amt']).get(rid)
                if c is None:
                    continue
                cat = self.products[o['product_id']]['category']
                lines.append((p['id'], c, mult.get(cat, F(1))))
        A = sum(x[1] for x in lines)
        T = self.target(('rep', rid), base, label)
        if not T:
            return {'type': 'commission', 'amount': None, 'error': 'no target', 'actual': mstr(A)}, {}
        att = F(A, T)
        tiers = [(pdec(f), pdec(r)) for f, r in comp['tiers']]
        C = 0
        if A > 0 and not (comp.get('threshold') is not None and att < pdec(comp['threshold'])):
            if comp['mode'] == 'marginal':
                c0 = F(0)
                for k, (fk, rk) in enumerate(tiers):
                    hi = F(A) if k + 1 == len(tiers) else min(F(A), tiers[k + 1][0] * T)
                    c0 += rk * max(F(0), hi - fk * T)
            else:
                rk = [r for f, r in tiers if f <= att][-1]
                c0 = rk * A
            e = c0 / A
            wb = sum(F(x[1]) * x[2] for x in lines)
            Cx = e * wb
            if comp.get('cap') is not None:
                Cx = min(F(pmoney(comp['cap'])), Cx)
            C = rnd(Cx)
        shares = {}
        ws = [F(x[1]) * x[2] for x in lines]
        if lines and sum(ws) != 0:
            for (lid, _, _), s in zip(lines, split(C, ws)):
                shares[lid] = s
        return {'type': 'commission', 'amount': mstr(C), 'actual': mstr(A), 'target': mstr(T),
                'attainment': float(rnd_to(att, 4))}, shares

    def plan_for(self, rid, kind):
        r = self.reps[rid]
        best = None
        for p in self.ws.get('incentive_plans', []):
            if p['period'] != kind or p['role'] != r['role']:
                continue
            if p.get('level') == r['level']:
                return p
            if p.get('level') is None and best is None:
                best = p
        return best

    def incentive(self, label):
        a, b, kind = self.period(label)
        reps = [r for r in sorted(self.reps) if self.active_in(r, a, b) and self.plan_for(r, kind)]
        kpi = None
        out = []
        contest_vals = {}
        for rid in reps:
            plan = self.plan_for(rid, kind)
            comps = []
            has_rev_comm = False
            for ci, comp in enumerate(plan['components']):
                ty = comp['type']
                if ty == 'commission':
                    c, _ = self.commission(rid, comp, label)
                    comps.append(c)
                    if comp['base'] in ('revenue', 'gross_profit'):
                        has_rev_comm = comp
                elif ty == 'bonus':
                    m = comp['metric']
                    A = self.rep_actual(rid, m, a, b)
                    T = self.target(('rep', rid), m, label)
                    if not T:
                        comps.append({'type': 'bonus', 'amount': None, 'error': 'no target'})
                        continue
                    att = F(A, T)
                    amt = 0
                    best = None
                    for st, am in comp['steps']:
                        if pdec(st) <= att and (best is None or pdec(st) > best):
                            best, amt = pdec(st), pmoney(am)
                    comps.append({'type': 'bonus', 'amount': mstr(amt), 'attainment': float(rnd_to(att, 4))})
                elif ty == 'grade_bonus':
                    if kpi is None:
                        kpi = {r['rep_id']: r for r in self.kpi_score(label)['reps']}
                    g = kpi.get(rid, {}).get('grade')
                    co = {'S': 1.5, 'A': 1.2, 'B': 1.0, 'C': 0.5, 'D': 0}
                    co.update(comp.get('coefficients') or {})
                    amt = rnd(pmoney(comp['base']) * pdec(co[g])) if g else None
                    comps.append({'type': 'grade_bonus', 'amount': mstr(amt) if amt is not None else None,
                                  'grade': g})
                elif ty == 'contest':
                    key = (plan['code'], ci)
                    if key not in contest_vals:
                        vals = {}
                        for r2 in reps:
                            if self.plan_for(r2, kind)['code'] == plan['code']:
                                vals[r2] = self.rep_actual(r2, comp['metric'], a, b)
                        contest_vals[key] = self.contest(vals, comp['prizes'])
                    comps.append(dict(type='contest', **contest_vals[key].get(rid, {'amount': '0.00'})))
            # clawback
            if has_rev_comm:
                cl = 0
                for o in sorted(self.orders_of(rid), key=lambda o: o['id']):
                    if o['canc'] is not None and a <= o['canc'] <= b and o['date'] < a:
                        if rid not in self.credit(o, o['amt']):
                            continue
                        bl = self.label_of(o['date'], kind)
                        _, sh = self.commission(rid, has_rev_comm, bl)
                        cl -= sh.get(o['id'], 0)
                comps.append({'type': 'clawback', 'amount': mstr(cl)})
            total = sum(pmoney(c['amount']) for c in comps if c.get('amount') is not None)
            out.append({'rep_id': rid, 'components': comps, 'total': mstr(total)})
        return {'reps': out}

    def label_of(self, d, kind):
        if kind == 'month':
            return f'{d.year:04d}-{d.month:02d}'
        y = self.fiscal_year_of(d)
        a, _, _ = self.period(str(y))
        q = ((d.year * 12 + d.month) - (a.year * 12 + a.month)) // 3 + 1
        return f'{y}Q{q}'

    def contest(self, vals, prizes):
        ranked = sorted([(-v, r) for r, v in vals.items() if v > 0])
        res = {}
        i = 0
        while i < len(ranked):
            j = i
            while j < len(ranked) and ranked[j][0] == ranked[i][0]:
                j += 1
            group = sorted(r for _, r in ranked[i:j])
            money = 0
            titles = []
            for k in range(i, j):
                if k < len(prizes):
                    p = prizes[k]
                    try:
                        money += pmoney(p)
                    except ValueError:
                        titles.append(p)
            parts = split(money, [1] * len(group))
            for r, p in zip(group, parts):
                res[r] = {'amount': mstr(p), 'rank': i + 1, 'titles': titles}
            i = j
        return res

    # ---------- decompose (§3) ----------
    def children_of(self, owner, a, b):
        kind, oid = owner
        if kind == 'rep':
            return []
        kids = sorted(u for u in self.units if self.units[u].get('parent_id') == oid)
        if kids:
            return [('unit', k) for k in kids]
        return [('rep', r) for r in sorted(self.reps) if self.reps[r]['org_unit_id'] == oid and self.active_in(r, a, b)]

    def cap_weight(self, node, a, b):
        cap = self.ws.get('capacity') or {}
        lf = {k: pdec(v) for k, v in (cap.get('level_factor') or {'junior': 0.6, 'mid': 1.0, 'senior': 1.3}).items()}
        ramp = [(int(m), pdec(f)) for m, f in (cap.get('ramp') or [[3, 0.25], [6, 0.5], [12, 0.75]])]
        if node[0] == 'rep':
            r = self.reps[node[1]]
            h = pdate(r['hire_date'])
            ten = (a.year - h.year) * 12 + (a.month - h.month) - (1 if a.day < h.day else 0)
            rf = F(1)
            for m, f in ramp:
                if ten < m:
                    rf = f
                    break
            return lf[r['level']] * rf
        return sum(self.cap_weight(c, a, b) for c in self.children_of(node, a, b))

    def prev_label(self, label):
        if 'Q' in label:
            y, q = label.split('Q')
            return f'{int(y) - 1}Q{q}'
        if '-' in label:
            y, m = label.split('-')
            return f'{int(y) - 1}-{m}'
        return str(int(label) - 1)

    def hist_actual(self, node, metric, label, segment='all', seg_start=None):
        a, b, _ = self.period(label)
        if metric == 'new_customers' and segment == 'existing':
            return 0
        return self.owner_actual(node, metric, a, b, segment, seg_start)

    def decompose(self, owner, metric, label, amount, method, weights=None, share=None, to_reps=False,
                  seasonality='equal'):
        a, b, _ = self.period(label)
        months = self.months_of(label)
        fy_label = str(self.fiscal_year_of(a) - 1)
        fy_start = self.period(fy_label)[0]

        def grid(node, amt, level, parent):
            kids = self.children_of(node, a, b) if (level == 0 or to_reps) else []
            if level > 0 and (not kids):
                mw = [1] * len(months)
                if seasonality == 'history':
                    mw = [max(0, self.hist_actual(node, metric, self.prev_label(m))) for m in months]
                    if sum(mw) == 0:
                        mw = [1] * len(months)
                ms = split(amt, mw)
                g = {}
                sh = share
                if sh is None:
                    tot = self.hist_actual(node, metric, fy_label)
                    if tot > 0:
                        ex = self.hist_actual(node, metric, fy_label, 'existing', fy_start)
                        sh = min(F(1), max(F(0), F(ex, tot)))
                    else:
                        sh = F(7, 10)
                for m, v in zip(months, ms):
                    ex, nw = split(v, [sh, 1 - sh]) if v or True else (0, 0)
                    g[m] = {'all': v, 'existing': ex, 'new': nw}
                g[label] = {s: sum(g[m][s] for m in months) for s in ('all', 'existing', 'new')}
                mine = [(p, s, g[p][s]) for p in [label] + months for s in ('all', 'existing', 'new')]
                return g, [(node, parent, level, mine)]
            if method == 'equal':
                w = [1] * len(kids)
            elif method == 'weights':
                w = [pdec(weights[k[1]]) for k in kids]
            elif method == 'capacity':
                w = [self.cap_weight(k, a, b) for k in kids]
            elif method == 'history':
                w = [max(0, self.hist_actual(k, metric, self.prev_label(label))) for k in kids]
                if sum(w) == 0:
                    w = [1] * len(kids)
            parts = split(amt, w)
            g = {p: {'all': 0, 'existing': 0, 'new': 0} for p in [label] + months}
            out = []
            for k, p in zip(kids, parts):
                kg, kr = grid(k, p, level + 1, node)
                out += kr
                for per in g:
                    for s in g[per]:
                        g[per][s] += kg[per][s]
            mine = [(p, s, g[p][s]) for p in [label] + months for s in ('all', 'existing', 'new')]
            return g, ([(node, parent, level, mine)] if level > 0 else []) + out

        g, rs = grid(owner, amount, 0, None)
        ch = []
        for node, parent, level, mine in rs:
            for p, s, v in mine:
                ch.append({'owner': f'{node[0]}:{node[1]}', 'parent': f'{parent[0]}:{parent[1]}', 'level': level,
                           'period': p, 'segment': s, 'amount': v if metric == 'new_customers' else mstr(v)})
        return {'children': ch}


def main(argv):
    folder = argv[0]
    args = argv[1:]
    ws = None
    if '--workspace' in args:
        i = args.index('--workspace')
        ws = args[i + 1]
        del args[i:i + 2]
    elif os.path.exists(os.path.join(folder, 'workspace.json')):
        ws = os.path.join(folder, 'workspace.json')
    cmd = args[0]
    opt = {}
    i = 1
    while i < len(args):
        if args[i] == '--to-reps':
            opt['to-reps'] = True
            i += 1
        else:
            opt[args[i][2:]] = args[i + 1]
            i += 2
    c = Ctx(folder, ws)
    if cmd == 'receivables':
        r = c.receivables(pdate(opt['as-of']))
    elif cmd == 'funnel':
        own = tuple(opt['owner'].split(':')) if 'owner' in opt else None
        r = c.funnel(pdate(opt['as-of']), pdate(opt.get('from')), pdate(opt.get('to')), own)
    elif cmd == 'weekly':
        own = tuple(opt['owner'].split(':')) if 'owner' in opt else None
        r = c.weekly(opt['week'], own)
    elif cmd == 'targets':
        r = c.targets_show(opt['period'], pdate(opt.get('today')))
    elif cmd == 'kpi':
        r = c.kpi_score(opt['period'])
    elif cmd == 'incentive':
        r = c.incentive(opt['period'])
    elif cmd == 'decompose':
        met = opt['metric']
        amt = int(opt['amount']) if met == 'new_customers' else pmoney(opt['amount'])
        w = None
        if 'weights' in opt:
            w = {}
            for row in csv.DictReader(open(opt['weights'])):
                w[row['owner'].split(':')[-1]] = row['weight']
        sh = pdec(opt['existing-share']) if 'existing-share' in opt else None
        r = c.decompose(tuple(opt['owner'].split(':')), met, opt['period'], amt, opt.get('method', 'equal'), w, sh,
                        opt.get('to-reps', False), opt.get('seasonality', 'equal'))
    else:
        raise SystemExit('unknown command ' + cmd)
    json.dump(r, sys.stdout, ensure_ascii=False, indent=1, default=float)
    print()


if __name__ == '__main__':
    main(sys.argv[1:])
