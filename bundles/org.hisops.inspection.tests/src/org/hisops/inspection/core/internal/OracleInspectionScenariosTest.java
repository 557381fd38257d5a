package org.hisops.inspection.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertEquals(22, run.outcomes().size());
        assertEquals(0, run.count(CheckStatus.FAILED), () -> run.outcomes().stream()
                .filter(o -> o.result().status() == CheckStatus.FAILED)
                .map(o -> o.endpointId() + " " + o.result().checkId() + ": " + o.result().detail()).toList().toString());
    }

    @Test
    void tenGFindings() {
        assertEquals(List.of(List.of("HIS_DATA", "97", "9940", "10240"), List.of("HIS_INDEX", "88", "3584", "4096")),
                arguments(result("ora10", "ora.insp.tablespaces")));
        assertEquals(Severity.ERROR, result("ora10", "ora.insp.tablespaces").severity());
        assertEquals(List.of(List.of("TEMP", "95", "2000")), arguments(result("ora10", "ora.insp.temp")));
        assertEquals(List.of(List.of("/u01/app/oracle/flash_recovery_area", "96", "98304", "102400")),
                arguments(result("ora10", "ora.insp.recovery.area")));
        assertEquals(List.of(List.of("LOG_ARCHIVE_DEST_2", "ERROR", "STANDBY")),
                arguments(result("ora10", "ora.insp.archive.dest")));
        assertEquals(List.of(List.of("2024-11-19 10", "15", "12")), arguments(result("ora10", "ora.insp.log.switches")));
        assertEquals(List.of(List.of("9216", "7680", "2024-11-19 10")),
                arguments(result("ora10", "ora.insp.archive.generation")));
        CheckResult rman = result("ora10", "ora.insp.rman.backup");
        assertEquals(Severity.ERROR, rman.severity());
        assertEquals(List.of(List.of("DB INCR", "2024-11-19 01:00"), List.of("ARCHIVELOG", "2024-11-19 03:00"),
                List.of("55.5", "2024-11-18 01:30")), arguments(rman));
        assertEquals(List.of(List.of("HIS", "PACKAGE BODY", "2", "PKG_BILLING")),
                arguments(result("ora10", "ora.insp.invalid.objects")));
        assertEquals(List.of("@?/rdbms/admin/utlrp.sql"),
                result("ora10", "ora.insp.invalid.objects").findings().get(0).fixupStatements());
        assertEquals(List.of(List.of("LIS_IF", "7", "2024-11-27 09:00"), List.of("PACS_IF", "EXPIRED(GRACE)")),
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
                "ora.insp.accounts", "ora.insp.failed.jobs")) {
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
        assertEquals("Tablespace HIS_DATA is 97 % full: 9940 MB of 10240 MB.", catalogue.message(Locale.ENGLISH, data));
        assertEquals("\u8868\u7a7a\u95f4 HIS_DATA \u5df2\u7528 97%\uff1a9940 MB / 10240 MB\u3002",
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
}
