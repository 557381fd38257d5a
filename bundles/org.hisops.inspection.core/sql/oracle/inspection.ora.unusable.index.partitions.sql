-- id: inspection.ora.unusable.index.partitions
-- engine: oracle
-- versions: [10.2,11.2]
-- Index partitions marked UNUSABLE, with the uniqueness of their index.
SELECT p.index_owner, p.index_name, p.partition_name, i.table_name, i.uniqueness
FROM dba_ind_partitions p, dba_indexes i
WHERE p.status = 'UNUSABLE' AND i.owner = p.index_owner AND i.index_name = p.index_name
ORDER BY p.index_owner, p.index_name, p.partition_name
