-- id: readiness.pg.sequences
-- engine: postgresql
-- versions: [10,)
-- How much of each sequence's range is used (pg_sequences, PostgreSQL 10+), in the direction it counts.
SELECT schemaname AS schema_name, sequencename AS sequence_name, data_type::text AS data_type, last_value,
       min_value, max_value, increment_by, cycle,
       CASE WHEN last_value IS NULL THEN 0
            WHEN increment_by > 0 THEN round(100.0 * (last_value - min_value) / nullif(max_value - min_value, 0), 1)
            ELSE round(100.0 * (max_value - last_value) / nullif(max_value - min_value, 0), 1) END AS used_percent
FROM pg_sequences
ORDER BY used_percent DESC NULLS LAST
