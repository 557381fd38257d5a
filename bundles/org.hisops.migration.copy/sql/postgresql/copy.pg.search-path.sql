-- id: copy.pg.search-path
-- engine: postgresql
-- versions: [10,)
-- The copy's catalogue reads and DDL name the schema's own objects unqualified (pg_get_indexdef,
-- pg_get_constraintdef and pg_get_expr qualify only what the search path does not show).
SELECT set_config('search_path', quote_ident(?), false)
