-- id: assessment.perf.pg.memory
-- engine: postgresql
-- versions: [12,)
SELECT name, (setting::numeric * pg_size_bytes(CASE WHEN unit ~ '^[0-9]' THEN unit ELSE '1' || unit END))::bigint bytes
FROM pg_settings
WHERE name IN ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'effective_cache_size', 'wal_buffers')
