-- id: copy.oracle.constraints
-- engine: oracle
-- versions: [10.2,)
-- Primary (P), unique (U), foreign (R) and check (C) constraints. SEARCH_CONDITION is LONG; a NOT NULL column's
-- SYS_C check is recognised by its text and left to the column.
SELECT constraint_name, constraint_type, table_name, search_condition, r_owner, r_constraint_name, delete_rule,
       validated
FROM dba_constraints
WHERE owner = ? AND constraint_type IN ('P', 'U', 'R', 'C') AND table_name NOT LIKE 'BIN$%'
ORDER BY table_name, constraint_name
