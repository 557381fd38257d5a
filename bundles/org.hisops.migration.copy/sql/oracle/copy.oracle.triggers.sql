-- id: copy.oracle.triggers
-- engine: oracle
-- versions: [10.2,)
-- Table triggers with their body (LONG): a body that takes a sequence's NEXTVAL is how 10g/11g fill keys, which
-- the target does with a column default instead.
SELECT trigger_name, table_name, trigger_body
FROM dba_triggers
WHERE owner = ? AND base_object_type = 'TABLE'
