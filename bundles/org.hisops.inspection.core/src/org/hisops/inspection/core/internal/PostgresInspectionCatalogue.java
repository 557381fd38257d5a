package org.hisops.inspection.core.internal;

import static org.hisops.checks.api.Severity.ERROR;
import static org.hisops.checks.api.Severity.INFO;
import static org.hisops.checks.api.Severity.WARNING;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hisops.checks.api.Check;
import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckEvaluator;
import org.hisops.checks.api.Fixup;
import org.hisops.checks.api.Severity;
import org.hisops.checks.api.Stage;
import org.hisops.db.api.DbVersionRange;
import org.hisops.db.api.Engine;
import org.hisops.checks.api.Finding;
import org.hisops.dataguard.api.ReplicationMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The PostgreSQL (and KingbaseES) inspection checks; sources per check in docs/inspection.md. */
@Component(property = CheckCatalogue.ID_PROPERTY + "=" + PostgresInspectionCatalogue.ID)
public class PostgresInspectionCatalogue implements CheckCatalogue {

    public static final String ID = "inspection.postgresql";
    private static final String COURSE = "training:postgresql-inspection#";
    private static final String DOCS = "PostgreSQL documentation, ";
    private static final DbVersionRange ALL = DbVersionRange.parse("[9.6,)");
    private static final DbVersionRange TEN = DbVersionRange.parse("[10,)");
    private static final Set<Stage> DAILY_AND_MONTHLY = Set.of(Stage.DAILY, Stage.MONTHLY);
    private static final Set<Stage> MONTHLY = Set.of(Stage.MONTHLY);

    private static final DbVersionRange TWELVE = DbVersionRange.parse("[12,)");

    private volatile ReplicationMonitor monitor;

    private final List<Check> checks = List.of(
            check("pg.insp.database.size", "space", ALL, INFO, MONTHLY, "inspection.pg.database.size",
                    InspectionEvaluators::databaseSizes, null, DOCS + "Database Object Size Functions (pg_database_size)"),
            check("pg.insp.long.transactions", "sessions", ALL, WARNING, DAILY_AND_MONTHLY,
                    "inspection.pg.long.transactions", InspectionEvaluators::longTransactions, null,
                    DOCS + "The Cumulative Statistics System: pg_stat_activity"),
            check("pg.insp.connections", "sessions", TEN, ERROR, DAILY_AND_MONTHLY, "inspection.pg.connections",
                    InspectionEvaluators::connections, null, DOCS + "Connection Settings (max_connections); pg_stat_activity"),
            check("pg.insp.archiver", "recovery", ALL, ERROR, DAILY_AND_MONTHLY, "inspection.pg.archiver",
                    InspectionEvaluators::archiver, null, DOCS + "pg_stat_archiver; Continuous Archiving and Point-in-Time Recovery"),
            check("pg.insp.replication.slots", "replication", TEN, ERROR, DAILY_AND_MONTHLY,
                    "inspection.pg.replication.slots", InspectionEvaluators::replicationSlots, null,
                    DOCS + "Replication Slots; pg_replication_slots"),
            check("pg.insp.dead.tuples", "maintenance", ALL, WARNING, MONTHLY, "inspection.pg.dead.tuples",
                    InspectionEvaluators::deadTuples, new Fixup("fixup.vacuum", false, false),
                    DOCS + "Routine Vacuuming; pg_stat_user_tables"),
            check("pg.insp.checkpoints", "maintenance", ALL, WARNING, MONTHLY, "inspection.pg.checkpoints",
                    InspectionEvaluators::checkpoints, null,
                    DOCS + "WAL Configuration; pg_stat_checkpointer (17), pg_stat_bgwriter (before 17)"),
            new Check("pg.insp.replication", "replication", Set.of(Engine.POSTGRESQL), TWELVE, ERROR,
                    DAILY_AND_MONTHLY, List.of("inspection.pg.replication.role", "inspection.pg.replication.senders",
                            "inspection.pg.replication.idle.slots"),
                    ReplicationEvaluators::replication, null, COURSE + "replication",
                    DOCS + "Log-Shipping Standby Servers (Streaming Replication, Monitoring); pg_stat_replication, "
                            + "pg_stat_wal_receiver, pg_replication_slots"),
            check("pg.insp.base.backup", "backup", TWELVE, ERROR, DAILY_AND_MONTHLY, "inspection.pg.base.backup",
                    ReplicationEvaluators::baseBackup, null,
                    DOCS + "Continuous Archiving and Point-in-Time Recovery (Making a Base Backup Using the Low Level "
                            + "API: the backup history file); System Administration Functions (pg_ls_waldir)"),
            new Check("pg.insp.dataguard", "replication", Set.of(Engine.POSTGRESQL), TWELVE, ERROR,
                    DAILY_AND_MONTHLY, List.of(), c -> DataGuardState.evaluate(c, monitor), null,
                    COURSE + "dataguard", "HisOps Data Guard console (docs/dataguard.md): the provider's verdict"));

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setMonitor(ReplicationMonitor monitor) {
        this.monitor = monitor;
    }

    void unsetMonitor(ReplicationMonitor gone) {
        if (monitor == gone) {
            monitor = null;
        }
    }

    @Override
    public String message(Locale locale, Finding finding) {
        return DataGuardState.LINK_KEY.equals(finding.messageKey())
                ? DataGuardState.message(this, locale, finding, monitor)
                : CheckCatalogue.super.message(locale, finding);
    }

    private static Check check(String id, String category, DbVersionRange versions, Severity severity,
            Set<Stage> stages, String sqlId, CheckEvaluator evaluator, Fixup fixup, String source) {
        return new Check(id, category, Set.of(Engine.POSTGRESQL), versions, severity, stages, List.of(sqlId),
                evaluator, fixup, COURSE + id.substring("pg.insp.".length()), source);
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
