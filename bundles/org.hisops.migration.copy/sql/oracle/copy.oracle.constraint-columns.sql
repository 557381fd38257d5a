-- id: copy.oracle.constraint-columns
-- engine: oracle
-- versions: [10.2,)
-- The key columns of each constraint in key order.
SELECT constraint_name, column_name, position
FROM dba_cons_columns
WHERE owner = ?
ORDER BY constraint_name, position
