-- id: assessment.data.ora.partitions
-- engine: oracle
-- versions: [10.2,11.2]
SELECT owner, table_name, partitioning_type, subpartitioning_type, partition_count
FROM dba_part_tables
