package org.hisops.assessment.core.internal;

import static org.hisops.checks.api.Severity.ERROR;
import static org.hisops.checks.api.Severity.INFO;
import static org.hisops.checks.api.Severity.RECOMMEND;
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
 * Oracle 10.2 -> 11.2 upgrade readiness: what utlu112i.sql checks, plus what Chinese hospital databases meet
 * (character set, NLS, the client drivers of the LIS/PACS/EMR interfaces). Sources per check in docs/assessment.md.
 */
@Component(property = CheckCatalogue.ID_PROPERTY + "=" + OracleUpgradeCatalogue.ID)
public class OracleUpgradeCatalogue implements CheckCatalogue {

    public static final String ID = "oracle.upgrade.11.2";
    private static final String COURSE = "training:oracle-11g-upgrade#";
    private static final String GUIDE = "Oracle Database Upgrade Guide 11g Release 2 (E23633)";
    private static final String UTLU = "utlu112i.sql (" + GUIDE + ", 3.3 Using the Pre-Upgrade Information Tool)";
    /** The source release: the readiness checks read a 10.2 database before its upgrade. */
    private static final DbVersionRange SOURCE = DbVersionRange.parse("[10.2,11.1)");
    private static final DbVersionRange BOTH = DbVersionRange.parse("[10.2,11.2]");
    private static final DbVersionRange TARGET = DbVersionRange.parse("[11.2,11.2]");
    private static final Set<Stage> BEFORE = Set.of(Stage.BEFORE_UPGRADE);
    private static final Set<Stage> AFTER = Set.of(Stage.AFTER_UPGRADE);

    private final List<Check> checks = List.of(
            check("ora.upg.path", "release", SOURCE, ERROR, BEFORE, List.of("assessment.ora.instance"),
                    UpgradeEvaluators::upgradePath, null, UTLU + "; " + GUIDE + " 1.4 Upgrade paths"),
            check("ora.upg.registry", "components", BOTH, ERROR, Set.of(Stage.BEFORE_UPGRADE, Stage.AFTER_UPGRADE),
                    List.of("assessment.ora.registry"), UpgradeEvaluators::registry,
                    new Fixup("fixup.recompile", false, true), UTLU + " (Components); utlu112s.sql after"),
            check("ora.upg.tablespaces", "space", SOURCE, ERROR, BEFORE,
                    List.of("assessment.ora.datafiles", "assessment.ora.tempfiles", "assessment.ora.parameters"),
                    UpgradeEvaluators::tablespaces, new Fixup("fixup.autoextend", false, true),
                    UTLU + " (Tablespaces); data/oracle-11.2-sizing.tsv"),
            check("ora.upg.redo", "space", SOURCE, ERROR, BEFORE, List.of("assessment.ora.redo"),
                    UpgradeEvaluators::redo, null, UTLU + " (Logfiles)"),
            check("ora.upg.recovery.area", "space", SOURCE, WARNING, BEFORE,
                    List.of("assessment.ora.recovery.area", "assessment.ora.parameters"),
                    UpgradeEvaluators::recoveryArea, null, UTLU + " (Flashback/recovery area); " + GUIDE + " 3.2"),
            check("ora.upg.parameters", "parameters", SOURCE, WARNING, BEFORE, List.of("assessment.ora.parameters"),
                    UpgradeEvaluators::parameterLists, null,
                    UTLU + " (Update, Renamed, Obsolete/Deprecated Parameters); " + GUIDE
                            + " Appendix A; data/oracle-11.2-parameters.tsv"),
            check("ora.upg.timezone", "timezone", SOURCE, ERROR, BEFORE, List.of("assessment.ora.timezone"),
                    UpgradeEvaluators::timezoneBefore, null,
                    UTLU + " (time zone file version); " + GUIDE + " 3.4 Upgrading the Time Zone File"),
            check("ora.upg.timezone.after", "timezone", TARGET, RECOMMEND, AFTER, List.of("assessment.ora.timezone"),
                    UpgradeEvaluators::timezoneAfter, new Fixup("fixup.dbms_dst", true, false),
                    GUIDE + " 4 After Upgrading (DBMS_DST)"),
            check("ora.upg.invalid.objects", "objects", BOTH, WARNING, Set.of(Stage.BEFORE_UPGRADE, Stage.AFTER_UPGRADE),
                    List.of("assessment.ora.invalid.objects"), UpgradeEvaluators::invalidObjects,
                    new Fixup("fixup.recompile", false, true), UTLU + " (invalid objects); utlrp.sql"),
            check("ora.upg.dblink.passwords", "security", SOURCE, WARNING, BEFORE, List.of("assessment.ora.dblinks"),
                    UpgradeEvaluators::dblinkPasswords, null, UTLU + " (database links with passwords)"),
            check("ora.upg.connect.role", "security", SOURCE, INFO, BEFORE, List.of("assessment.ora.connect.grants"),
                    UpgradeEvaluators::connectRole, null, UTLU + " (CONNECT role); " + GUIDE + " Appendix A"),
            check("ora.upg.recover.files", "recovery", SOURCE, ERROR, BEFORE, List.of("assessment.ora.recover.files"),
                    UpgradeEvaluators::recoverFiles, null, UTLU + " (files need media recovery, V$RECOVER_FILE)"),
            check("ora.upg.backup.mode", "recovery", SOURCE, ERROR, BEFORE, List.of("assessment.ora.backup.mode"),
                    UpgradeEvaluators::backupMode, new Fixup("fixup.end_backup", false, true),
                    UTLU + " (files in backup mode, V$BACKUP)"),
            check("ora.upg.pending.2pc", "recovery", SOURCE, ERROR, BEFORE, List.of("assessment.ora.pending.2pc"),
                    UpgradeEvaluators::pending2pc, new Fixup("fixup.2pc", false, true),
                    UTLU + " (pending distributed transactions, DBA_2PC_PENDING)"),
            check("ora.upg.standby.sync", "dataguard", SOURCE, WARNING, BEFORE, List.of("assessment.ora.parameters"),
                    UpgradeEvaluators::synchronousStandby, null,
                    UTLU + " (synchronous standby); " + GUIDE + " 3.2 Data Guard"),
            check("ora.upg.remote.redo", "dataguard", SOURCE, WARNING, BEFORE, List.of("assessment.ora.parameters"),
                    UpgradeEvaluators::remoteRedo, null, UTLU + " (remote redo, LOG_ARCHIVE_DEST_n SERVICE=)"),
            check("ora.upg.log.archive.format", "parameters", SOURCE, WARNING, BEFORE,
                    List.of("assessment.ora.parameters"), UpgradeEvaluators::logArchiveFormat, null,
                    UTLU + " (log_archive_format)"),
            check("ora.upg.recyclebin", "objects", SOURCE, WARNING, BEFORE, List.of("assessment.ora.recyclebin"),
                    UpgradeEvaluators::recycleBin, new Fixup("fixup.purge_recyclebin", false, true),
                    UTLU + " (recycle bin); " + GUIDE + " 3.2 Purge the recycle bin"),
            check("ora.upg.timed.statistics", "parameters", SOURCE, WARNING, BEFORE,
                    List.of("assessment.ora.parameters"), UpgradeEvaluators::timedStatistics,
                    new Fixup("fixup.timed_statistics", false, true), UTLU + " (timed_statistics)"),
            check("ora.upg.dictionary.stats", "statistics", SOURCE, RECOMMEND, BEFORE,
                    List.of("assessment.ora.dictionary.stats"), UpgradeEvaluators::dictionaryStatistics,
                    new Fixup("fixup.dictionary_stats", false, true),
                    UTLU + " (Recommendations: gather dictionary statistics); " + GUIDE + " 3.2"),
            check("ora.upg.hidden.parameters", "parameters", SOURCE, RECOMMEND, BEFORE,
                    List.of("assessment.ora.parameters"), UpgradeEvaluators::hiddenParameters, null,
                    UTLU + " (Recommendations: hidden parameters and events)"),
            check("ora.upg.dmsys", "components", SOURCE, RECOMMEND, BEFORE, List.of("assessment.ora.dmsys"),
                    UpgradeEvaluators::dmsys, new Fixup("fixup.drop_dmsys", false, true),
                    UTLU + " (Recommendations: DMSYS schema)"),
            check("ora.upg.audit.volume", "space", SOURCE, RECOMMEND, BEFORE, List.of("assessment.ora.audit.volume"),
                    UpgradeEvaluators::auditVolume, null,
                    UTLU + " (Recommendations: AUD$/FGA_LOG$); My Oracle Support note 1329590.1"),
            check("ora.upg.charset", "nls", BOTH, WARNING, Set.of(Stage.BEFORE_UPGRADE, Stage.AFTER_UPGRADE),
                    List.of("assessment.ora.nls"), UpgradeEvaluators::characterSet, null,
                    "Oracle Database Globalization Support Guide 10.2/11.2 (B14225, E10729), character set migration"),
            check("ora.upg.nls", "nls", SOURCE, WARNING, BEFORE, List.of("assessment.ora.parameters"),
                    UpgradeEvaluators::nlsSettings, null,
                    GUIDE + " 3.5 (NLS_LENGTH_SEMANTICS during the upgrade)"),
            check("ora.upg.clients", "clients", BOTH, WARNING, Set.of(Stage.BEFORE_UPGRADE, Stage.AFTER_UPGRADE),
                    List.of("assessment.ora.clients"), UpgradeEvaluators::clients, null,
                    "Client/server interoperability (My Oracle Support note 207303.1); V$SESSION, "
                            + "V$SESSION_CONNECT_INFO (11.2 CLIENT_DRIVER, CLIENT_VERSION)"));

    private static Check check(String id, String category, DbVersionRange versions, Severity severity,
            Set<Stage> stages, List<String> sqlIds, CheckEvaluator evaluator, Fixup fixup, String source) {
        return new Check(id, category, Set.of(Engine.ORACLE), versions, severity, stages, sqlIds, evaluator, fixup,
                COURSE + id.substring("ora.upg.".length()), source);
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
