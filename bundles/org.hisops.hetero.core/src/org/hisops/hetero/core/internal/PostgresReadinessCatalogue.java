package org.hisops.hetero.core.internal;

import static org.hisops.checks.api.Severity.ERROR;
import static org.hisops.checks.api.Severity.INFO;
import static org.hisops.checks.api.Severity.WARNING;

import java.util.List;
import java.util.Set;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckEvaluator;
import org.hisops.checks.api.Fixup;
import org.hisops.checks.api.Severity;
import org.hisops.checks.api.Stage;
import org.hisops.db.api.DbVersionRange;
import org.hisops.db.api.Engine;
import org.osgi.service.component.annotations.Component;

/**
 * PostgreSQL/KingbaseES-side readiness: what stops a major-version upgrade (the checks pg_upgrade itself makes,
 * src/bin/pg_upgrade/check.c), and what a target must not carry into a migration (invalid indexes, prepared
 * transactions, sequences near their end, bloat). Sources per check in docs/heterogeneous.md and docs/checks.md.
 */
@Component(property = CheckCatalogue.ID_PROPERTY + "=" + PostgresReadinessCatalogue.ID)
public class PostgresReadinessCatalogue implements CheckCatalogue {

    public static final String ID = "postgresql.readiness";
    private static final String COURSE = "training:postgresql-upgrade#";
    private static final String PG_UPGRADE = "pg_upgrade, src/bin/pg_upgrade/check.c ";
    private static final String DOCS = "PostgreSQL documentation, ";
    private static final DbVersionRange ALL = DbVersionRange.parse("[9.6,)");
    private static final Set<Stage> BEFORE = Set.of(Stage.BEFORE_UPGRADE);

    private final List<Check> checks = List.of(
            check("pg.rdy.inventory", "inventory", ALL, INFO, "readiness.pg.inventory", ReadinessEvaluators::inventory,
                    null, DOCS + "pg_class (relkind), pg_proc"),
            check("pg.rdy.reg.types", "upgrade", ALL, ERROR, "readiness.pg.reg.types",
                    ReadinessEvaluators.columns("readiness.pg.reg.types"),
                    null, PG_UPGRADE + "(check_for_reg_data_type_usage); " + DOCS + "pg_upgrade, Notes"),
            check("pg.rdy.unknown.type", "upgrade", DbVersionRange.parse("[9.6,10)"), ERROR,
                    "readiness.pg.unknown.type",
                    ReadinessEvaluators.columns("readiness.pg.unknown.type"), null,
                    PG_UPGRADE + "(unknown data type, old cluster 9.6 and before)"),
            check("pg.rdy.removed.types", "upgrade", DbVersionRange.parse("[9.6,12)"), ERROR,
                    "readiness.pg.removed.types",
                    ReadinessEvaluators.columns("readiness.pg.removed.types"), null,
                    PG_UPGRADE + "(check_for_removed_data_type_usage: abstime, reltime, tinterval; sql_identifier); "
                            + DOCS + "Release 12, Migration to Version 12"),
            check("pg.rdy.with.oids", "upgrade", DbVersionRange.parse("[9.6,12)"), ERROR, "readiness.pg.with.oids",
                    ReadinessEvaluators::withOids, new Fixup("fixup.without.oids", false, true),
                    PG_UPGRADE + "(check_for_tables_with_oids); " + DOCS + "Release 12 (WITH OIDS removed)"),
            check("pg.rdy.postfix.operators", "upgrade", DbVersionRange.parse("[9.6,14)"), ERROR,
                    "readiness.pg.postfix.operators", ReadinessEvaluators::postfixOperators, null,
                    PG_UPGRADE + "(check_for_user_defined_postfix_ops); " + DOCS + "Release 14 (postfix operators removed)"),
            check("pg.rdy.extensions", "extensions", ALL, ERROR, "readiness.pg.extensions",
                    ReadinessEvaluators::extensions, new Fixup("fixup.extension.update", false, true),
                    DOCS + "ALTER EXTENSION; pg_available_extensions, pg_extension_update_paths(); pg_upgrade, Notes "
                            + "(extensions must be installed in the new cluster)"),
            check("pg.rdy.invalid.indexes", "objects", ALL, ERROR, "readiness.pg.invalid.indexes",
                    ReadinessEvaluators::invalidIndexes, new Fixup("fixup.reindex", false, true),
                    DOCS + "CREATE INDEX, Building Indexes Concurrently; pg_index.indisvalid"),
            check("pg.rdy.prepared.xacts", "transactions", ALL, ERROR, "readiness.pg.prepared.xacts",
                    ReadinessEvaluators::preparedTransactions, null,
                    PG_UPGRADE + "(check_for_prepared_transactions); " + DOCS + "pg_prepared_xacts, PREPARE TRANSACTION"),
            check("pg.rdy.sequences", "objects", DbVersionRange.parse("[10,)"), ERROR, "readiness.pg.sequences",
                    ReadinessEvaluators::sequences, null, DOCS + "pg_sequences; CREATE SEQUENCE, ALTER SEQUENCE"),
            check("pg.rdy.bloat", "maintenance", ALL, WARNING, "readiness.pg.bloat", ReadinessEvaluators::bloat,
                    new Fixup("fixup.vacuum", false, true),
                    DOCS + "Routine Vacuuming; The Cumulative Statistics System: pg_stat_user_tables"));

    private static Check check(String id, String category, DbVersionRange versions, Severity severity, String sqlId,
            CheckEvaluator evaluator, Fixup fixup, String source) {
        return new Check(id, category, Set.of(Engine.POSTGRESQL), versions, severity, BEFORE, List.of(sqlId),
                evaluator, fixup, COURSE + id.substring("pg.rdy.".length()), source);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Check> checks() {
        return checks;
    }
}
