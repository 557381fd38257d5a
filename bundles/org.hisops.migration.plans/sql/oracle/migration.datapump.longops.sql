-- id: migration.datapump.longops
-- engine: oracle
-- versions: [10.2,11.2]
SELECT sofar, totalwork, units, start_time, last_update_time FROM v$session_longops WHERE opname = ? ORDER BY start_time DESC
