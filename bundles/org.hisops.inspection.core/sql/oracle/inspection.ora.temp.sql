-- id: inspection.ora.temp
-- engine: oracle
-- versions: [10.2,11.2]
-- Extents allocated in the temporary files (a high-water mark: Oracle keeps temporary extents cached, so this is
-- how far the temporary tablespace has had to grow, not what sorts use at this moment).
SELECT tablespace_name, SUM(bytes_used) used_bytes, SUM(bytes_free) free_bytes
FROM v$temp_space_header
GROUP BY tablespace_name
ORDER BY tablespace_name
