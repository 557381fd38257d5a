-- id: checks.fixup.database_name
-- engine: postgresql
-- versions: [12,)
-- The name an administrator types to confirm a fixup.
SELECT current_database()
