-- id: migration.columns
-- engine: oracle
-- versions: [10.2,)
-- The columns of a table in order: name, type (ALL_TAB_COLUMNS.DATA_TYPE, e.g. NUMBER, VARCHAR2, DATE,
-- TIMESTAMP(6) WITH TIME ZONE, CLOB) and the declared length in bytes. NUMBER's scale decides integer keys.
SELECT COLUMN_NAME, DATA_TYPE, DATA_LENGTH, DATA_SCALE
FROM ALL_TAB_COLUMNS
WHERE OWNER = ? AND TABLE_NAME = ?
ORDER BY COLUMN_ID
