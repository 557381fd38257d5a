-- id: inspection.pg.database.size
-- engine: postgresql
-- versions: [9.6,)
SELECT datname, pg_database_size(datname) size_bytes FROM pg_database WHERE datallowconn ORDER BY datname
