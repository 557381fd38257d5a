-- id: assessment.data.pg.partitions
-- engine: postgresql
-- versions: [12,)
SELECT n.nspname, c.relname,
       CASE p.partstrat WHEN 'r' THEN 'RANGE' WHEN 'l' THEN 'LIST' WHEN 'h' THEN 'HASH' ELSE p.partstrat::text END strategy,
       (SELECT COUNT(*) FROM pg_partition_tree(c.oid) t WHERE t.level = 1) partitions,
       (SELECT COUNT(*) FROM pg_partition_tree(c.oid) t WHERE t.level = 2) subpartitions,
       (SELECT COALESCE(SUM(pg_table_size(t.relid)), 0) FROM pg_partition_tree(c.oid) t) bytes
FROM pg_partitioned_table p
JOIN pg_class c ON c.oid = p.partrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT c.relispartition
