-- id: migration.snapshot.export
-- engine: postgresql
-- versions: [9.6,)
-- The verification's first session exports its snapshot; the other sessions of the same side adopt it.
SELECT pg_export_snapshot()
