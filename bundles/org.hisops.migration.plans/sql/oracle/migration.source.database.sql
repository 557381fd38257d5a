-- id: migration.source.database
-- engine: oracle
-- versions: [10.2,11.2]
SELECT name, current_scn, platform_name, log_mode FROM v$database
