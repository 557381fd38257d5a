-- id: inspection.ora.tablespaces
-- engine: oracle
-- versions: [10.2,11.2]
-- Per permanent tablespace: allocated bytes, the bytes autoextend can reach, and the free bytes. A tablespace
-- without free extents has no DBA_FREE_SPACE rows, hence the outer join.
SELECT d.tablespace_name,
       SUM(d.bytes) allocated_bytes,
       SUM(CASE WHEN d.autoextensible = 'YES' AND d.maxbytes > d.bytes THEN d.maxbytes ELSE d.bytes END) reachable_bytes,
       NVL(MAX(f.free_bytes), 0) free_bytes
FROM dba_data_files d
LEFT JOIN (SELECT tablespace_name, SUM(bytes) free_bytes FROM dba_free_space GROUP BY tablespace_name) f
  ON f.tablespace_name = d.tablespace_name
GROUP BY d.tablespace_name
ORDER BY d.tablespace_name
