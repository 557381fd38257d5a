-- The audit log (org.hisops.platform.api.AuditLog): one row per entry, never updated or deleted by HisOps.
-- HASH = SHA-256 over the entry's fields and PREV_HASH (the previous entry's HASH; 64 zeros for entry 1), in the
-- encoding of org.hisops.platform.audit.internal.ChainHash. Texts are cut by the log to the lengths below.
CREATE SCHEMA IF NOT EXISTS AUDIT;

CREATE TABLE IF NOT EXISTS AUDIT.ENTRY (
    SEQ BIGINT NOT NULL PRIMARY KEY,
    ENTRY_TIME TIMESTAMP(3) WITH TIME ZONE NOT NULL,
    USER_NAME VARCHAR(200) NOT NULL,
    ROLE_NAME VARCHAR(40) NOT NULL,
    SITE_ID VARCHAR(200) NOT NULL,
    ACTION_NAME VARCHAR(200) NOT NULL,
    TARGET VARCHAR(200) NOT NULL,
    OUTCOME VARCHAR(40) NOT NULL,
    DETAIL VARCHAR(2000) NOT NULL,
    PREV_HASH CHAR(64) NOT NULL,
    HASH CHAR(64) NOT NULL
);
