-- id: assessment.perf.pg.extension
-- engine: postgresql
-- versions: [12,)
SELECT e.extversion, n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_stat_statements'
