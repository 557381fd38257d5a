-- id: copy.oracle.sequences
-- engine: oracle
-- versions: [10.2,)
-- Sequences; LAST_NUMBER is the last number written to disk (at or beyond the next value when cached).
SELECT sequence_name, min_value, max_value, increment_by, cycle_flag, cache_size, last_number
FROM dba_sequences
WHERE sequence_owner = ?
ORDER BY sequence_name
