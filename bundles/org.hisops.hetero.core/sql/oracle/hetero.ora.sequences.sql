-- id: hetero.ora.sequences
-- engine: oracle
-- versions: [10.2,11.2]
SELECT sequence_name, min_value, max_value, increment_by, cycle_flag, order_flag, cache_size, last_number
FROM dba_sequences
WHERE sequence_owner = ?
ORDER BY sequence_name
