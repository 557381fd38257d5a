-- dg-10g-standby-gap (emulated): what differs from dg-10g-standby.

INSERT INTO v$archive_gap (thread#, low_sequence#, high_sequence#) VALUES (1, 30210, 30212);
DELETE FROM v$archived_log WHERE sequence# BETWEEN 30210 AND 30212;
UPDATE v$archived_log SET applied = 'NO' WHERE sequence# > 30212;
UPDATE v$managed_standby SET status = 'WAIT_FOR_GAP', sequence# = 30210 WHERE process = 'MRP0';
UPDATE v$dataguard_stats SET value = '+00 00:12:00' WHERE name IN ('transport lag', 'apply lag');
