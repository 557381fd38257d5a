-- id: hetero.ora.objects
-- engine: oracle
-- versions: [10.2,11.2]
SELECT object_name, object_type, status
FROM dba_objects
WHERE owner = ?
  AND object_type IN ('TABLE', 'VIEW', 'TYPE', 'PACKAGE', 'PROCEDURE', 'FUNCTION', 'TRIGGER', 'SEQUENCE', 'SYNONYM',
                      'MATERIALIZED VIEW')
ORDER BY object_type, object_name
