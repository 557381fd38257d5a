-- id: migration.scn
-- engine: oracle
-- versions: [10.2,)
-- The SCN every verification read of the source is made AS OF (needs EXECUTE on DBMS_FLASHBACK; the reads need
-- the FLASHBACK object privilege on the tables or FLASHBACK ANY TABLE).
SELECT DBMS_FLASHBACK.GET_SYSTEM_CHANGE_NUMBER FROM DUAL
