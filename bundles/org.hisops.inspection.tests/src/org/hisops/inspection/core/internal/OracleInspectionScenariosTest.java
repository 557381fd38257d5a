package org.hisops.inspection.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckRunner;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.Severity;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.inspection.api.InspectionRun;
import org.hisops.inspection.api.Inspections;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.SiteDirectory;
import org.hisops.platform.api.SiteSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Oracle monthly list on the emulated (仿真) 10.2 and 11.2 inspection scenarios: every check's findings, with
 * the figures the scenario files were written to give.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OracleInspectionScenariosTest {

    private Inspections inspections;
    private CheckRunner runner;
    private InspectionRun run;

    static Endpoint oracle(String id, String scenario) {
        return new Endpoint(id, "insp-ora", id, "HIS", Engine.ORACLE, "his-db1", 1521, AddressKind.SERVICE_NAME, "HIS",
                "hisops", ConnectRole.NORMAL, RoleHint.PRIMARY, null, 2, 5, 10, scenario);
    }

    @BeforeAll
    void runTheMonthlyList() throws Exception {
        inspections = Services.get(Inspections.class);
        runner = Services.get(CheckRunner.class);
        CredentialStore credentials = Services.get(CredentialStore.class);
        credentials.store("ora10", "hisops-demo".toCharArray());
        credentials.store("ora11", "hisops-demo".toCharArray());
        List<Endpoint> endpoints = List.of(oracle("ora10", "inspection-10g"), oracle("ora11", "inspection-11g"));
        InspectionRun started = inspections.start("insp-ora", "inspection.oracle.monthly", endpoints, "Wang Li");
        run = inspections.runChecks(started.id(), endpoints, null, null);
    }

    private CheckResult result(String endpoint, String check) {
        return run.outcome(endpoint, check).orElseThrow(() -> new AssertionError(endpoint + " " + check)).result();
    }

    private static List<List<String>> arguments(CheckResult r) {
        return r.findings().stream().map(Finding::arguments).toList();
    }

    @Test
    void everyCheckRanOnBothEndpoints() {
        assertEquals(32, run.outcomes().size());
        assertEquals(0, run.count(CheckStatus.FAILED), () -> run.outcomes().stream()
                .filter(o -> o.result().status() == CheckStatus.FAILED)
                .map(o -> o.endpointId() + " " + o.result().checkId() + ": " + o.result().detail()).toList().toString());
    }

    @Test
    void tenGFindings() {
        assertEquals(List.of(List.of("HIS_DATA", "97", "9940", "10240", "95"), List.of("HIS_INDEX", "88", "3584", "4096", "85")),
                arguments(result("ora10", "ora.insp.tablespaces")));
        assertEquals(Severity.ERROR, result("ora10", "ora.insp.tablespaces").severity());
        assertEquals(List.of(List.of("TEMP", "95", "2000", "95")), arguments(result("ora10", "ora.insp.temp")));
        assertEquals(List.of(List.of("/u01/app/oracle/flash_recovery_area", "96", "98304", "102400", "95")),
                arguments(result("ora10", "ora.insp.recovery.area")));
        assertEquals(List.of(List.of("LOG_ARCHIVE_DEST_2", "ERROR", "STANDBY")),
                arguments(result("ora10", "ora.insp.archive.dest")));
        assertEquals(List.of(List.of("2024-11-19 10", "15", "12")), arguments(result("ora10", "ora.insp.log.switches")));
        assertEquals(List.of(List.of("9216", "7680", "2024-11-19 10")),
                arguments(result("ora10", "ora.insp.archive.generation")));
        CheckResult rman = result("ora10", "ora.insp.rman.backup");
        assertEquals(Severity.ERROR, rman.severity());
        assertEquals(List.of(List.of("DB INCR", "2024-11-19 01:00"), List.of("ARCHIVELOG", "2024-11-19 03:00"),
                List.of("55.5", "2024-11-18 01:30", "26")), arguments(rman));
        assertEquals(List.of(List.of("HIS", "PACKAGE BODY", "2", "PKG_BILLING")),
                arguments(result("ora10", "ora.insp.invalid.objects")));
        assertEquals(List.of("@?/rdbms/admin/utlrp.sql"),
                result("ora10", "ora.insp.invalid.objects").findings().get(0).fixupStatements());
        assertEquals(List.of(List.of("LIS_IF", "7", "2024-11-27 09:00", "14"), List.of("PACS_IF", "EXPIRED(GRACE)")),
                arguments(result("ora10", "ora.insp.accounts")));
        assertEquals(List.of(List.of("HIS", "JOB_DAILY_SETTLE", "2", "2024-11-19 02:00")),
                arguments(result("ora10", "ora.insp.failed.jobs")));
        // 10.2 has no DBA_USERS_WITH_DEFPWD: not applicable, never guessed
        CheckResult defaults = result("ora10", "ora.insp.default.passwords");
        assertEquals(CheckStatus.NOT_APPLICABLE, defaults.status());
        assertEquals("na.version", defaults.reasonKey());
    }

    @Test
    void elevenGPassesAllButTheDefaultPasswords() {
        for (String check : List.of("ora.insp.tablespaces", "ora.insp.temp", "ora.insp.recovery.area",
                "ora.insp.archive.dest", "ora.insp.log.switches", "ora.insp.rman.backup", "ora.insp.invalid.objects",
                "ora.insp.accounts", "ora.insp.failed.jobs", "ora.insp.unusable.indexes",
                "ora.insp.blocking.sessions")) {
            assertEquals(CheckStatus.PASS, result("ora11", check).status(), check + " " + arguments(
                    result("ora11", check)) + " " + result("ora11", check).detail());
        }
        assertEquals(List.of(List.of("10240", "6144", "2024-11-19 20")),
                arguments(result("ora11", "ora.insp.archive.generation")));
        CheckResult defaults = result("ora11", "ora.insp.default.passwords");
        assertEquals(Severity.ERROR, defaults.severity());
        assertEquals(List.of(List.of("OUTLN", "EXPIRED & LOCKED"), List.of("SCOTT")), arguments(defaults));
        assertEquals(Severity.INFO, defaults.findings().get(0).severity());
        assertEquals(List.of("ALTER USER SCOTT PASSWORD EXPIRE"), defaults.findings().get(1).fixupStatements());
    }

    @Test
    void findingsReadInBothLanguages() {
        CheckCatalogue catalogue = runner.catalogue(OracleInspectionCatalogue.ID).orElseThrow();
        Finding data = result("ora10", "ora.insp.tablespaces").findings().get(0);
        assertEquals("Tablespace HIS_DATA is 97 % full: 9940 MB of 10240 MB (threshold 95 %).",
                catalogue.message(Locale.ENGLISH, data));
        assertEquals("\u8868\u7a7a\u95f4 HIS_DATA \u5df2\u7528 97%\uff1a9940 MB / 10240 MB\uff08\u9608\u503c 95%\uff09\u3002",
                catalogue.message(Locale.SIMPLIFIED_CHINESE, data));
        for (var check : catalogue.checks()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                for (String key : List.of(check.titleKey(), check.descriptionKey(), check.recommendationKey(),
                        "category." + check.category())) {
                    assertTrue(!catalogue.text(locale, key).equals(key), key);
                }
            }
        }
    }

    @Test
    void tenGActivityFindings() {
        CheckResult indexes = result("ora10", "ora.insp.unusable.indexes");
        assertEquals(Severity.ERROR, indexes.severity());
        assertEquals(List.of(List.of("HIS.PK_ORDERS", "HIS.ORDERS", "UNIQUE"),
                List.of("HIS.IX_FEE_DATE", "P202411", "FEE_DETAIL", "NONUNIQUE")), arguments(indexes));
        assertEquals(List.of("ALTER INDEX HIS.PK_ORDERS REBUILD ONLINE"), indexes.findings().get(0).fixupStatements());
        assertEquals(List.of("ALTER INDEX HIS.IX_FEE_DATE REBUILD PARTITION P202411 ONLINE"),
                indexes.findings().get(1).fixupStatements());
        assertEquals(Severity.WARNING, indexes.findings().get(1).severity());

        // the 240 s wait is reported, the 5 s one is below the 60 s threshold
        CheckResult blocking = result("ora10", "ora.insp.blocking.sessions");
        assertEquals(List.of(List.of("101", "HIS", "145,877", "LIS_IF", "INACTIVE", "TX", "240", "60")),
                arguments(blocking));
        assertEquals(Severity.WARNING, blocking.severity());
        assertEquals(List.of("ALTER SYSTEM KILL SESSION '145,877' IMMEDIATE"),
                blocking.findings().get(0).fixupStatements());

        CheckResult waits = result("ora10", "ora.insp.wait.events");
        assertEquals(Severity.WARNING, waits.severity());
        assertEquals(List.of("enq: TX - row lock contention", "Application", "52", "5200", "20"),
                waits.findings().get(0).arguments());
        assertEquals(List.of("2", "db file sequential read", "User I/O", "30", "3000", "9000000"),
                waits.findings().get(1).arguments());
        assertEquals(4, waits.findings().size()); // the Idle event is not read

        // the first run of the list on this endpoint records the baseline
        CheckResult parameters = result("ora10", "ora.insp.parameters.changed");
        assertEquals(Severity.INFO, parameters.severity());
        assertEquals("finding.parameters.baseline", parameters.findings().get(0).messageKey());

        // the site has no standby for this endpoint: not applicable, not a pass
        CheckResult dataGuard = result("ora10", "ora.insp.dataguard");
        assertEquals(CheckStatus.NOT_APPLICABLE, dataGuard.status());
        assertEquals("na.dataguard.no.standby", dataGuard.reasonKey());
    }

    @Test
    void elevenGWaitsAreInformationOnly() {
        CheckResult waits = result("ora11", "ora.insp.wait.events");
        assertEquals(Severity.INFO, waits.severity());
        assertEquals(List.of("1", "db file sequential read", "User I/O", "76", "3000", "9000000"),
                waits.findings().get(0).arguments());
    }

    @Test
    void aParameterChangedSinceThePreviousRunIsFound() throws Exception {
        // next month the same endpoint (same id) answers with processes raised from 1000 to 1500
        List<Endpoint> changed = List.of(oracle("ora11", "inspection-11g-changed"));
        InspectionRun next = inspections.start("insp-ora", "inspection.oracle.monthly", changed, "Wang Li");
        next = inspections.runChecks(next.id(), changed, null, null);
        CheckResult parameters = next.outcome("ora11", "ora.insp.parameters.changed").orElseThrow().result();
        assertEquals(Severity.WARNING, parameters.severity(), parameters.toString());
        assertEquals(1, parameters.findings().size(), parameters.toString());
        Finding processes = parameters.findings().get(0);
        assertEquals("processes", processes.subject());
        assertEquals(List.of("processes", "1000", "1500"), processes.arguments().subList(0, 3));
        assertTrue(runner.catalogue(OracleInspectionCatalogue.ID).orElseThrow().message(Locale.ENGLISH, processes)
                .startsWith("Parameter processes changed from 1000 to 1500 since the previous run"));
    }

    @Test
    void aSiteWithAChangedThresholdGetsAnotherVerdictOnTheSameData() throws Exception {
        AccessControl access = Services.get(AccessControl.class);
        SiteSettings settings = Services.get(SiteSettings.class);
        String site = Services.get(SiteDirectory.class).current().id();
        Endpoint endpoint = new Endpoint("ora10-site", site, "ora10-site", "HIS", Engine.ORACLE, "his-db1", 1521,
                AddressKind.SERVICE_NAME, "HIS", "hisops", ConnectRole.NORMAL, RoleHint.PRIMARY, null, 2, 5, 10,
                "inspection-10g");
        Services.get(CredentialStore.class).store("ora10-site", "hisops-demo".toCharArray());
        String key = "inspection.threshold.space.error.percent";
        access.signOut();
        assertThrows(AccessDeniedException.class, () -> settings.set(site, key, "98"));
        if (access.passwordSet()) {
            access.signIn("inspection-test-Pa55".toCharArray());
        } else {
            access.setPassword(null, "inspection-test-Pa55".toCharArray());
        }
        try {
            settings.set(site, key, "98");
            CheckResult tablespaces = daily(site, endpoint).outcome("ora10-site", "ora.insp.tablespaces").orElseThrow()
                    .result();
            // HIS_DATA at 97 %: an ERROR at the default 95 %, a WARNING (at 85 %) under this site's 98 %
            assertEquals(Severity.WARNING, tablespaces.severity(), tablespaces.toString());
            assertEquals(List.of("HIS_DATA", "97", "9940", "10240", "85"), tablespaces.findings().get(0).arguments());

            settings.set(site, key, "ninety");
            CheckResult refused = daily(site, endpoint).outcome("ora10-site", "ora.insp.tablespaces").orElseThrow()
                    .result();
            assertEquals(CheckStatus.NOT_APPLICABLE, refused.status());
            assertEquals("na.threshold", refused.reasonKey());
            assertEquals(List.of(key, "ninety"), refused.reasonArguments());

            settings.set(site, key, null);
            CheckResult byDefault = daily(site, endpoint).outcome("ora10-site", "ora.insp.tablespaces").orElseThrow()
                    .result();
            assertEquals(Severity.ERROR, byDefault.severity());
        } finally {
            settings.set(site, key, null);
            access.signOut();
        }
    }

    private InspectionRun daily(String site, Endpoint endpoint) throws Exception {
        InspectionRun started = inspections.start(site, "inspection.oracle.daily", List.of(endpoint), "Wang Li");
        return inspections.runChecks(started.id(), List.of(endpoint), null, null);
    }
}
