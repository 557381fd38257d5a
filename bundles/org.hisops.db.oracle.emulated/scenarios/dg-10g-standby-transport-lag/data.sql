-- dg-10g-standby-transport-lag (emulated): what differs from dg-10g-standby.

UPDATE v$dataguard_stats SET value = '+00 00:01:10', time_computed = '10/21/2024 09:44:14' WHERE name = 'transport lag';
UPDATE v$dataguard_stats SET value = '+00 00:01:12', time_computed = '10/21/2024 09:44:14' WHERE name = 'apply lag';
UPDATE v$dataguard_stats SET time_computed = '10/21/2024 09:43:05';
UPDATE v$dataguard_stats SET value = '+00 00:00:04.000' WHERE name = 'apply finish time';
DELETE FROM v$archived_log WHERE sequence# >= 30213;
UPDATE v$managed_standby SET sequence# = 30213, status = 'WAIT_FOR_LOG' WHERE process = 'MRP0';
UPDATE v$managed_standby SET sequence# = 30213 WHERE process = 'RFS';
