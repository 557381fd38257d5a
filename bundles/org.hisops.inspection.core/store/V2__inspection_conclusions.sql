-- The monthly report's conclusions and recommendations as the inspector edited them (drafted from the findings by
-- the report); saved with the run, read-only once the run is signed off like the rest of it.
CREATE TABLE IF NOT EXISTS INSPECTION.CONCLUSION (
    RUN_ID BIGINT NOT NULL PRIMARY KEY REFERENCES INSPECTION.RUN (RUN_ID) ON DELETE CASCADE,
    BODY CLOB NOT NULL,
    SAVED_AT TIMESTAMP WITH TIME ZONE NOT NULL
);
