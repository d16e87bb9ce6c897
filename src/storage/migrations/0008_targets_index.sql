-- Schema 8: the Targets view reads one metric and segment of a fiscal year's periods; with only the period index
-- it scanned every metric and segment of those periods (docs/performance.md, Targets).
CREATE INDEX IF NOT EXISTS targets_metric_period ON targets (metric, period, segment);
