-- id: assessment.perf.ora.statspack
-- engine: oracle
-- versions: [10.2,11.2]
SELECT COUNT(*) snapshots, MIN(snap_time) first_time, MAX(snap_time) last_time FROM perfstat.stats$snapshot
