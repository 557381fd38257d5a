-- id: hetero.ora.schemas
-- engine: oracle
-- versions: [10.2,11.2]
-- Every owner with objects; Oracle's own accounts are left out by the caller (data/oracle-schemas.txt).
SELECT owner, COUNT(*) object_count
FROM dba_objects
GROUP BY owner
ORDER BY owner
