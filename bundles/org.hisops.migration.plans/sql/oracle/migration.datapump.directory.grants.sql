-- id: migration.datapump.directory.grants
-- engine: oracle
-- versions: [10.2,11.2]
SELECT grantee, privilege FROM dba_tab_privs WHERE owner = 'SYS' AND table_name = ? ORDER BY grantee, privilege
