-- Since copy 1.1: the migration project a run was made for (so a resumed run still notes itself there) and the id
-- of the verification run made at its end.
ALTER TABLE MIGRATION_COPY.RUN ADD COLUMN IF NOT EXISTS PROJECT_ID VARCHAR(40);
ALTER TABLE MIGRATION_COPY.RUN ADD COLUMN IF NOT EXISTS VERIFICATION_RUN VARCHAR(40);
