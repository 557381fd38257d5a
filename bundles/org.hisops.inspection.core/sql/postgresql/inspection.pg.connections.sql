-- id: inspection.pg.connections
-- engine: postgresql
-- versions: [10,)
SELECT COUNT(*) FILTER (WHERE backend_type = 'client backend') used,
       current_setting('max_connections')::int max_connections,
       current_setting('superuser_reserved_connections')::int reserved
FROM pg_stat_activity
