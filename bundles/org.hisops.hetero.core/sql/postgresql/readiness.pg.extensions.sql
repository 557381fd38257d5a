-- id: readiness.pg.extensions
-- engine: postgresql
-- versions: [9.6,)
-- Installed extensions against what this installation ships: missing from pg_available_extensions means its files
-- are gone; an installed version other than the default needs ALTER EXTENSION ... UPDATE, possible only when
-- pg_extension_update_paths() knows a path.
SELECT x.extname AS extension_name, x.extversion AS installed_version, a.default_version,
       (a.name IS NOT NULL) AS available,
       (SELECT p.path FROM pg_extension_update_paths(x.extname) p
        WHERE p.source = x.extversion AND p.target = a.default_version) AS update_path
FROM pg_extension x LEFT JOIN pg_available_extensions a ON a.name = x.extname
ORDER BY 1
