-- id: dataguard.oracle.database
-- engine: oracle
-- versions: [10.2,)
-- Role, open mode, protection and switchover state of any node (a V$ view: readable on a mounted standby AS
-- SYSDBA). DATAGUARD_BROKER says whether a broker configuration is enabled (10.1+); with the broker on, role changes
-- belong to DGMGRL and HisOps says so.
SELECT name, db_unique_name, database_role, open_mode, protection_mode, protection_level, switchover_status,
       force_logging, flashback_on, dataguard_broker
  FROM v$database
