-- id: inspection.ora.default.passwords
-- engine: oracle
-- versions: [11.2,11.2]
-- DBA_USERS_WITH_DEFPWD is new in 11.1; 10.2 has no equivalent view (see docs/inspection.md).
SELECT d.username, u.account_status
FROM dba_users_with_defpwd d
JOIN dba_users u ON u.username = d.username
ORDER BY d.username
