-- id: assessment.ora.dblinks
-- engine: oracle
-- versions: [10.2,11.2]
SELECT owner, db_link, username, host FROM dba_db_links WHERE username IS NOT NULL ORDER BY owner, db_link
