-- id: assessment.ora.connect.grants
-- engine: oracle
-- versions: [10.2,11.2]
SELECT grantee FROM dba_role_privs WHERE granted_role = 'CONNECT' ORDER BY grantee
