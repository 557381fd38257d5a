-- id: inspection.ora.unusable.indexes
-- engine: oracle
-- versions: [10.2,11.2]
-- Indexes marked UNUSABLE (after a partition operation, a direct-path load or a table move): the optimizer ignores
-- them, and DML on a table with an unusable unique index fails with ORA-01502. Partitioned indexes report their
-- state per partition (inspection.ora.unusable.index.partitions); DBA_INDEXES says N/A for them.
SELECT owner, index_name, table_owner, table_name, uniqueness
FROM dba_indexes
WHERE status = 'UNUSABLE'
ORDER BY owner, index_name
