-- id: assessment.ora.registry
-- engine: oracle
-- versions: [10.2,11.2]
SELECT comp_id, comp_name, version, status FROM dba_registry ORDER BY comp_id
