-- id: hetero.ora.triggers
-- engine: oracle
-- versions: [10.2,11.2]
SELECT trigger_name, trigger_type, triggering_event, table_name
FROM dba_triggers
WHERE owner = ?
ORDER BY trigger_name
