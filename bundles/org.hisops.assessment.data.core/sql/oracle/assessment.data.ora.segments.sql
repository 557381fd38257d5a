-- id: assessment.data.ora.segments
-- engine: oracle
-- versions: [10.2,11.2]
SELECT owner, segment_name, segment_type, COUNT(*) segments, SUM(bytes) bytes
FROM dba_segments
WHERE segment_type IN ('TABLE', 'TABLE PARTITION', 'TABLE SUBPARTITION', 'INDEX', 'INDEX PARTITION',
    'INDEX SUBPARTITION', 'LOBSEGMENT', 'LOB PARTITION', 'LOB SUBPARTITION', 'LOBINDEX')
GROUP BY owner, segment_name, segment_type
