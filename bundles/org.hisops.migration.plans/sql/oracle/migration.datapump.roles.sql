-- id: migration.datapump.roles
-- engine: oracle
-- versions: [10.2,11.2]
SELECT granted_role FROM dba_role_privs WHERE grantee = ? ORDER BY granted_role
