-- id: readiness.pg.postfix.operators
-- engine: postgresql
-- versions: [9.6,14)
-- pg_upgrade's check_for_user_defined_postfix_ops: PostgreSQL 14 removed postfix operators.
SELECT o.oid::regoperator::text AS operator_name, n.nspname AS schema_name
FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
WHERE o.oprright = 0 AND o.oid >= 16384
ORDER BY 1
