-- id: dataguard.ops.drill.count
-- engine: postgresql
-- versions: [12,)
-- Exact row count of one key table, named by schema and table; format('%I') quotes the names, so the statement
-- stays fixed whatever the user typed. NULL when the table does not exist.
SELECT CASE WHEN to_regclass(format('%I.%I', ?::text, ?::text)) IS NULL THEN NULL
            ELSE (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', ?::text, ?::text),
                  false, true, '')))[1]::text::bigint END
