-- id: dataguard.oracle.parameters
-- engine: oracle
-- versions: [10.2,)
-- The parameters a switchover depends on.
SELECT name, value
  FROM v$parameter
 WHERE name IN ('db_file_name_convert', 'log_file_name_convert', 'standby_file_management', 'fal_server',
                'log_archive_config', 'db_unique_name')
