-- id: migration.source.segments
-- engine: oracle
-- versions: [10.2,11.2]
SELECT owner, segment_type, SUM(bytes) AS bytes FROM dba_segments GROUP BY owner, segment_type ORDER BY owner, segment_type
