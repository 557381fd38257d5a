-- id: migration.primary.key
-- engine: oracle
-- versions: [10.2,)
-- The primary key's columns in key order.
SELECT cc.COLUMN_NAME
FROM ALL_CONSTRAINTS c, ALL_CONS_COLUMNS cc
WHERE c.OWNER = ? AND c.TABLE_NAME = ? AND c.CONSTRAINT_TYPE = 'P'
  AND cc.OWNER = c.OWNER AND cc.CONSTRAINT_NAME = c.CONSTRAINT_NAME
ORDER BY cc.POSITION
