-- id: hetero.ora.mviews
-- engine: oracle
-- versions: [10.2,11.2]
SELECT mview_name, refresh_mode, refresh_method, master_link
FROM dba_mviews
WHERE owner = ?
ORDER BY mview_name
