-- id: hetero.ora.synonyms
-- engine: oracle
-- versions: [10.2,11.2]
-- The schema's own synonyms and the public synonyms that point into it.
SELECT owner, synonym_name, table_owner, table_name, db_link
FROM dba_synonyms
WHERE owner = ? OR (owner = 'PUBLIC' AND table_owner = ?)
ORDER BY owner, synonym_name
