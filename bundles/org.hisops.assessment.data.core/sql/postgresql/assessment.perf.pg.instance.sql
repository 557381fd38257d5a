-- id: assessment.perf.pg.instance
-- engine: postgresql
-- versions: [12,)
SELECT pg_postmaster_start_time(), now()
