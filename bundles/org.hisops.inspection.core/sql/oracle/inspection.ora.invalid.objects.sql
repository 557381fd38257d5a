-- id: inspection.ora.invalid.objects
-- engine: oracle
-- versions: [10.2,11.2]
SELECT owner, object_type, COUNT(*) objects, MIN(object_name) first_name
FROM dba_objects
WHERE status = 'INVALID'
GROUP BY owner, object_type
ORDER BY owner, object_type
