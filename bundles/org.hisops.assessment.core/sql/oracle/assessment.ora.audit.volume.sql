-- id: assessment.ora.audit.volume
-- engine: oracle
-- versions: [10.2,11.2]
SELECT segment_name, bytes FROM dba_segments WHERE owner = 'SYS' AND segment_name IN ('AUD$', 'FGA_LOG$') ORDER BY segment_name
