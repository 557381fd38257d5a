-- The store's own table: which schema scripts of which owner were applied, with the SHA-256 of their text
-- (line endings normalised to LF). Created on every open if missing; see EmbeddedStore.migrate.
CREATE TABLE IF NOT EXISTS HISOPS_SCHEMA_VERSION (
    OWNER VARCHAR(100) NOT NULL,
    VERSION INTEGER NOT NULL,
    SCRIPT VARCHAR(200) NOT NULL,
    CHECKSUM CHAR(64) NOT NULL,
    APPLIED_AT TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    PRIMARY KEY (OWNER, VERSION)
);
