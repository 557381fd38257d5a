-- id: hetero.ora.dblinks
-- engine: oracle
-- versions: [10.2,11.2]
SELECT db_link, username, host
FROM dba_db_links
WHERE owner = ?
ORDER BY db_link
