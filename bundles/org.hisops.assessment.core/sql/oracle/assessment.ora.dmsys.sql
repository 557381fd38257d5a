-- id: assessment.ora.dmsys
-- engine: oracle
-- versions: [10.2,11.2]
SELECT username, account_status FROM dba_users WHERE username = 'DMSYS'
