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
import org.hisops.platform.api.EmbeddedStore;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The Oracle 10.2/11.2 inspection checks (巡检); sources per check in docs/inspection.md. */
@Component(property = CheckCatalogue.ID_PROPERTY + "=" + OracleInspectionCatalogue.ID)
public class OracleInspectionCatalogue implements CheckCatalogue {

    public static final String ID = "inspection.oracle";
    private static final String COURSE = "training:oracle-11g-inspection#";
    private static final String REFERENCE = "Oracle Database Reference 10g Release 2 (B14237) and 11g Release 2 (E17110)";
    private static final DbVersionRange BOTH = DbVersionRange.parse("[10.2,11.2]");
    /** DBA_USERS_WITH_DEFPWD is new in 11.1; HisOps claims 11.2. */
    private static final DbVersionRange ELEVEN = DbVersionRange.parse("[11.2,11.2]");
    private static final Set<Stage> DAILY_AND_MONTHLY = Set.of(Stage.DAILY, Stage.MONTHLY);
    private static final Set<Stage> MONTHLY = Set.of(Stage.MONTHLY);

    private volatile ReplicationMonitor monitor;

    private final List<Check> checks;

    @Activate
    public OracleInspectionCatalogue(@Reference EmbeddedStore store, BundleContext context) {
        ParameterChanges parameters = new ParameterChanges(new ParameterBaselines(store, context.getBundle()));
        checks = List.of(
            check("ora.insp.tablespaces", "space", BOTH, ERROR, DAILY_AND_MONTHLY, List.of("inspection.ora.tablespaces"),
                    InspectionEvaluators::tablespaces, null, REFERENCE + ": DBA_DATA_FILES, DBA_FREE_SPACE"),
            check("ora.insp.temp", "space", BOTH, WARNING, MONTHLY, List.of("inspection.ora.temp"),
                    InspectionEvaluators::temp, null, REFERENCE + ": V$TEMP_SPACE_HEADER"),
            check("ora.insp.recovery.area", "recovery", BOTH, ERROR, DAILY_AND_MONTHLY,
                    List.of("inspection.ora.recovery.area"), InspectionEvaluators::recoveryArea, null,
                    REFERENCE + ": V$RECOVERY_FILE_DEST; Backup and Recovery Basics (B14192) 5"),
            check("ora.insp.archive.dest", "recovery", BOTH, ERROR, DAILY_AND_MONTHLY,
                    List.of("inspection.ora.archive.dest"), InspectionEvaluators::archiveDestinations, null,
                    REFERENCE + ": V$ARCHIVE_DEST (STATUS)"),
            check("ora.insp.log.switches", "redo", BOTH, WARNING, DAILY_AND_MONTHLY,
                    List.of("inspection.ora.log.switches"), InspectionEvaluators::logSwitches, null,
                    REFERENCE + ": V$LOG_HISTORY; Performance Tuning Guide (sizing redo log files)"),
            check("ora.insp.archive.generation", "redo", BOTH, INFO, MONTHLY,
                    List.of("inspection.ora.log.switches", "inspection.ora.log.size"),
                    InspectionEvaluators::archiveGeneration, null, REFERENCE + ": V$LOG_HISTORY, V$LOG"),
            check("ora.insp.rman.backup", "backup", BOTH, ERROR, DAILY_AND_MONTHLY,
                    List.of("inspection.ora.rman.jobs", "inspection.ora.server.time"), InspectionEvaluators::rmanBackups,
                    null, REFERENCE + ": V$RMAN_BACKUP_JOB_DETAILS (new in 10.2)"),
            check("ora.insp.invalid.objects", "objects", BOTH, WARNING, MONTHLY,
                    List.of("inspection.ora.invalid.objects"), InspectionEvaluators::invalidObjects,
                    new Fixup("fixup.recompile", false, false), REFERENCE + ": DBA_OBJECTS; utlrp.sql"),
            check("ora.insp.accounts", "security", BOTH, WARNING, MONTHLY, List.of("inspection.ora.accounts"),
                    InspectionEvaluators::accounts, null, REFERENCE + ": DBA_USERS (ACCOUNT_STATUS, EXPIRY_DATE)"),
            check("ora.insp.default.passwords", "security", ELEVEN, ERROR, MONTHLY,
                    List.of("inspection.ora.default.passwords"), InspectionEvaluators::defaultPasswords,
                    new Fixup("fixup.expire_password", false, false),
                    "Oracle Database Reference 11g Release 2 (E17110): DBA_USERS_WITH_DEFPWD; "
                            + "Security Guide 11g Release 2 (E16543) 3, default passwords"),
            check("ora.insp.failed.jobs", "jobs", BOTH, WARNING, DAILY_AND_MONTHLY, List.of("inspection.ora.failed.jobs"),
                    InspectionEvaluators::failedJobs, null, REFERENCE + ": DBA_SCHEDULER_JOB_RUN_DETAILS"),
            check("ora.insp.unusable.indexes", "objects", BOTH, ERROR, DAILY_AND_MONTHLY,
                    List.of("inspection.ora.unusable.indexes", "inspection.ora.unusable.index.partitions"),
                    ActivityEvaluators::unusableIndexes, new Fixup("fixup.rebuild_index", false, false),
                    REFERENCE + ": DBA_INDEXES, DBA_IND_PARTITIONS (STATUS); Administrator's Guide, Managing Indexes"),
            check("ora.insp.blocking.sessions", "sessions", BOTH, ERROR, DAILY_AND_MONTHLY,
                    List.of("inspection.ora.blocking.sessions"), ActivityEvaluators::blockingSessions,
                    new Fixup("fixup.kill_blocker", false, false), REFERENCE + ": V$LOCK, V$SESSION"),
            check("ora.insp.wait.events", "performance", BOTH, WARNING, MONTHLY, List.of("inspection.ora.wait.events"),
                    ActivityEvaluators::waitEvents, null,
                    REFERENCE + ": V$SYSTEM_EVENT (WAIT_CLASS, new in 10.1); Performance Tuning Guide, wait events"),
            check("ora.insp.parameters.changed", "parameters", BOTH, WARNING, MONTHLY,
                    List.of("inspection.ora.parameters"), parameters::evaluate, null,
                    REFERENCE + ": V$PARAMETER (NAME, VALUE)"),
            check("ora.insp.dataguard", "replication", BOTH, ERROR, DAILY_AND_MONTHLY, List.of(),
                    c -> DataGuardState.evaluate(c, monitor), null,
                    "HisOps Data Guard console (docs/dataguard.md): the provider's verdict"));
    }

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
            Set<Stage> stages, List<String> sqlIds, CheckEvaluator evaluator, Fixup fixup, String source) {
        return new Check(id, category, Set.of(Engine.ORACLE), versions, severity, stages, sqlIds, evaluator, fixup,
                COURSE + id.substring("ora.insp.".length()), source);
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
