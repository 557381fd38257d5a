-- id: assessment.perf.pg.statements
-- engine: postgresql
-- versions: [13,)
SELECT s.queryid::text, left(s.query, 1000), s.calls, (s.total_exec_time * 1000)::bigint elapsed_micros,
       s.shared_blks_hit + s.shared_blks_read buffer_gets, s.shared_blks_read
FROM pg_stat_statements s
WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
ORDER BY s.total_exec_time DESC
LIMIT 200
