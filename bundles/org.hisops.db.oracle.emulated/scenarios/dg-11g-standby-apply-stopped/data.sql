-- dg-11g-standby-apply-stopped (emulated): what differs from dg-11g-standby.

DELETE FROM v$managed_standby WHERE process = 'MRP0';
UPDATE v$dataguard_stats SET value = '+00 00:25:00' WHERE name = 'apply lag';
UPDATE v$dataguard_stats SET value = '+00 00:06:40.000' WHERE name = 'apply finish time';
UPDATE v$archived_log SET applied = 'NO' WHERE sequence# >= 30207;
