-- The bases of a month's incentives for every rep, aggregated by hand in SQL (tests/bench/incentive_bench.sh):
-- what `salesctl incentive calc` reads for the rep_monthly plan of the demo workspace, without the tier arithmetic.
-- Per rep: commission base A (credits of the orders booked in the month and not cancelled in it), Σ amount ×
-- category multiplier, KPI revenue (minus cancellations of earlier orders), the clawback lines and the commission
-- base of their booking months, new customers (first order ever in the month), the revenue target.
-- Parameters are inlined by the script: :first, :last.
WITH
p(first, last) AS (SELECT :first, :last),
rel AS (
    SELECT o.* FROM orders o, p WHERE o.order_date BETWEEN p.first AND p.last
    UNION ALL
    SELECT o.* FROM orders o, p WHERE o.cancelled_on BETWEEN p.first AND p.last AND o.order_date < p.first
),
cred AS (
    SELECT r.id, r.order_date, r.cancelled_on, r.amount, r.product_id, c.rep_id, CAST(c.share AS REAL) AS share
      FROM rel r JOIN order_credits c ON c.order_id = r.id
    UNION ALL
    SELECT r.id, r.order_date, r.cancelled_on, r.amount, r.product_id, r.rep_id, 1.0
      FROM rel r WHERE NOT EXISTS (SELECT 1 FROM order_credits c WHERE c.order_id = r.id)
),
lines AS (
    SELECT cred.rep_id, cred.id, substr(cred.order_date, 1, 7) AS booked_month,
           ROUND(cred.amount * cred.share) AS credit,
           CASE WHEN pr.category = 'strategic' THEN 1.5 ELSE 1.0 END AS mult,
           cred.order_date >= p.first AS booked,
           cred.cancelled_on IS NOT NULL AND cred.cancelled_on <= p.last AS cancelled
      FROM cred JOIN products pr ON pr.id = cred.product_id, p
),
per_rep AS (
    SELECT rep_id,
           SUM(CASE WHEN booked AND NOT cancelled THEN credit ELSE 0 END) AS commission_base,
           SUM(CASE WHEN booked AND NOT cancelled THEN credit * mult ELSE 0 END) AS weighted_base,
           SUM(CASE WHEN booked AND NOT cancelled THEN credit WHEN NOT booked THEN -credit ELSE 0 END) AS kpi_revenue,
           SUM(CASE WHEN NOT booked THEN 1 ELSE 0 END) AS clawback_lines
      FROM lines GROUP BY rep_id
),
claw AS (SELECT DISTINCT rep_id, booked_month FROM lines WHERE NOT booked),
claw_base AS (
    SELECT claw.rep_id, claw.booked_month, SUM(o.amount) AS booked_base
      FROM claw JOIN orders o ON o.rep_id = claw.rep_id
           AND o.order_date BETWEEN claw.booked_month || '-01' AND claw.booked_month || '-31'
           AND (o.cancelled_on IS NULL OR o.cancelled_on > claw.booked_month || '-31')
     GROUP BY claw.rep_id, claw.booked_month
),
new_customers AS (
    SELECT o.rep_id, COUNT(*) AS n FROM orders o, p
     WHERE o.cancelled_on IS NULL AND o.order_date BETWEEN p.first AND p.last
       AND NOT EXISTS (SELECT 1 FROM orders e WHERE e.customer_id = o.customer_id AND e.cancelled_on IS NULL
                       AND (e.order_date < o.order_date OR (e.order_date = o.order_date AND e.id < o.id)))
     GROUP BY o.rep_id
)
SELECT COUNT(*), SUM(pr.commission_base), SUM(pr.weighted_base), SUM(pr.kpi_revenue), SUM(pr.clawback_lines),
       (SELECT SUM(booked_base) FROM claw_base), SUM(nc.n), SUM(t.amount)
  FROM reps r, p
  LEFT JOIN per_rep pr ON pr.rep_id = r.id
  LEFT JOIN new_customers nc ON nc.rep_id = r.id
  LEFT JOIN targets t ON t.owner_kind = 'rep' AND t.owner_id = r.id AND t.metric = 'revenue'
       AND t.period = substr(p.first, 1, 7) AND t.segment = 'all'
 WHERE r.role = 'rep' AND r.hire_date <= p.last AND (r.left_on IS NULL OR r.left_on >= p.first)
   AND (r.active = 1 OR r.left_on IS NOT NULL);
