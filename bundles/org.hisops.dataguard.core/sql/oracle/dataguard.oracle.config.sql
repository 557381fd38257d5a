-- id: dataguard.oracle.config
-- engine: oracle
-- versions: [10.2,)
-- The DB_UNIQUE_NAMEs of the Data Guard configuration (LOG_ARCHIVE_CONFIG DG_CONFIG).
SELECT db_unique_name FROM v$dataguard_config
