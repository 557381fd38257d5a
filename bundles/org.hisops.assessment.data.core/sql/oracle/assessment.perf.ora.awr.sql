-- id: assessment.perf.ora.awr
-- engine: oracle
-- versions: [10.2,11.2]
SELECT COUNT(*) snapshots, MIN(begin_interval_time) first_time, MAX(end_interval_time) last_time FROM dba_hist_snapshot
