-- id: inspection.ora.accounts
-- engine: oracle
-- versions: [10.2,11.2]
-- Accounts not OPEN, and OPEN accounts with an expiry date (the 11g DEFAULT profile expires passwords after 180
-- days, the classic way a HIS interface account stops working on a Monday morning).
SELECT username, account_status, lock_date, expiry_date, SYSDATE server_time
FROM dba_users
WHERE account_status <> 'OPEN' OR expiry_date IS NOT NULL
ORDER BY username
