package org.hisops.assessment.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.hisops.checks.api.CheckCatalogue;
import org.hisops.checks.api.CheckResult;
import org.hisops.checks.api.CheckRunner;
import org.hisops.checks.api.CheckStatus;
import org.hisops.checks.api.Finding;
import org.hisops.checks.api.RunProgress;
import org.hisops.checks.api.RunResult;
import org.hisops.checks.api.RunSummary;
import org.hisops.checks.api.Severity;
import org.hisops.checks.api.Stage;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Oracle 10.2 -> 11.2 readiness catalogue through the real runner, session broker and embedded store, on the
 * emulated Oracle: each check gives its finding on {@code upgrade-10g-problems} and passes on
 * {@code upgrade-10g-clean}; runs are saved and read back; a run is cancelled cleanly.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UpgradeReadinessScenariosTest {

    private CheckRunner runner;
    private CredentialStore credentials;

    @BeforeAll
    void services() throws InterruptedException {
        runner = Services.get(CheckRunner.class);
        credentials = Services.get(CredentialStore.class);
        for (int i = 0; i < 200 && runner.catalogue(OracleUpgradeCatalogue.ID).isEmpty(); i++) {
            Thread.sleep(50);
        }
    }

    private Endpoint endpoint(String id, String scenario, int connections) throws Exception {
        credentials.store(id, "hisops-demo".toCharArray());
        return new Endpoint(id, "upgrade-site", id, "HIS", Engine.ORACLE, "his-db1", 1521, AddressKind.SERVICE_NAME,
                "HIS", "hisops", ConnectRole.NORMAL, RoleHint.PRIMARY, null, connections, 5, 10, scenario);
    }

    private RunResult run(String id, String scenario) throws Exception {
        return runner.run(OracleUpgradeCatalogue.ID, endpoint(id, scenario, 2), Set.of(Stage.BEFORE_UPGRADE), null,
                Cancellation.none());
    }

    /** check id -> the message keys of its findings, for compact assertions. */
    private static Map<String, List<String>> keys(RunResult run) {
        Map<String, List<String>> keys = new TreeMap<>();
        for (CheckResult r : run.results()) {
            keys.put(r.checkId(), r.findings().stream().map(f -> f.severity() + " " + f.messageKey()).toList());
        }
        return keys;
    }

    private static CheckResult result(RunResult run, String check) {
        return run.result(check).orElseThrow(() -> new AssertionError("no result for " + check));
    }

    private static String describe(RunResult run) {
        StringBuilder s = new StringBuilder();
        for (CheckResult r : run.results()) {
            s.append('\n').append(r.checkId()).append(' ').append(r.status()).append(' ').append(r.severity())
                    .append(' ').append(r.reasonKey()).append(' ').append(r.detail());
            for (Finding f : r.findings()) {
                s.append("\n    ").append(f.severity()).append(' ').append(f.messageKey()).append(' ')
                        .append(f.arguments());
            }
        }
        return s.toString();
    }

    @Test
    void theProblemDatabaseGivesEachFinding() throws Exception {
        RunResult run = run("upg-problems", "upgrade-10g-problems");
        String all = describe(run);
        assertEquals(0, run.count(CheckStatus.FAILED), all);
        assertEquals("10.2.0.5.0", run.version(), all);
        Map<String, List<String>> keys = keys(run);

        assertEquals(List.of("WARNING msg.ora.upg.invalid.objects", "WARNING msg.ora.upg.invalid.objects"),
                keys.get("ora.upg.invalid.objects"), all);
        Finding invalid = result(run, "ora.upg.invalid.objects").findings().get(0);
        assertEquals(List.of("HIS", "PACKAGE BODY", "2"), invalid.arguments(), all);
        assertEquals(List.of("HIS", "VIEW", "1"), result(run, "ora.upg.invalid.objects").findings().get(1).arguments());
        assertEquals(List.of("@?/rdbms/admin/utlrp.sql"), invalid.fixupStatements());

        assertEquals(List.of("INFO msg.ora.upg.connect.role"), keys.get("ora.upg.connect.role"), all);
        assertEquals(List.of("LIS_IF"), result(run, "ora.upg.connect.role").findings().get(0).arguments());

        assertEquals(List.of("WARNING msg.ora.upg.dblink.passwords"), keys.get("ora.upg.dblink.passwords"), all);
        assertEquals("HIS.EMR.HOSPITAL", result(run, "ora.upg.dblink.passwords").findings().get(0).subject());

        CheckResult space = result(run, "ora.upg.tablespaces");
        assertEquals(Severity.ERROR, space.severity(), all);
        Finding sysaux = space.findings().stream().filter(f -> f.subject().equals("SYSAUX")).findFirst().orElseThrow();
        assertEquals("msg.ora.upg.tablespaces.small", sysaux.messageKey());
        assertEquals(List.of("SYSAUX", "200", "200", "500"), sysaux.arguments());
        assertTrue(sysaux.fixupStatements().get(0).startsWith("ALTER DATABASE DATAFILE '/u01/app/oracle/oradata/HIS/sysaux01.dbf' AUTOEXTEND ON"),
                sysaux.fixupStatements().toString());

        assertEquals(List.of("INFO msg.ora.upg.charset.gbk"), keys.get("ora.upg.charset"), all);
        assertEquals(List.of("WARNING msg.ora.upg.timezone.old"), keys.get("ora.upg.timezone"), all);
        assertEquals(List.of("4", "14"), result(run, "ora.upg.timezone").findings().get(0).arguments());

        assertEquals(List.of("ERROR msg.ora.upg.backup.mode"), keys.get("ora.upg.backup.mode"), all);
        assertEquals(List.of("ALTER TABLESPACE HIS_INDEX END BACKUP"),
                result(run, "ora.upg.backup.mode").findings().get(0).fixupStatements());
        assertEquals(List.of("ERROR msg.ora.upg.pending.2pc"), keys.get("ora.upg.pending.2pc"), all);
        assertEquals(List.of("WARNING msg.ora.upg.timed.statistics"), keys.get("ora.upg.timed.statistics"), all);
        assertEquals(List.of("WARNING msg.ora.upg.parameters.deprecated"), keys.get("ora.upg.parameters"), all);
        assertEquals(List.of("background_dump_dest", "diagnostic_dest"),
                result(run, "ora.upg.parameters").findings().get(0).arguments());
        assertEquals(List.of("RECOMMEND msg.ora.upg.dmsys"), keys.get("ora.upg.dmsys"), all);
        assertEquals(List.of("RECOMMEND msg.ora.upg.audit.volume"), keys.get("ora.upg.audit.volume"), all);

        // What his-10g itself still has right: a clean path, registry, redo, recovery area
        assertEquals(CheckStatus.PASS, result(run, "ora.upg.path").status(), all);
        assertEquals(CheckStatus.PASS, result(run, "ora.upg.registry").status(), all);
        assertEquals(CheckStatus.PASS, result(run, "ora.upg.redo").status(), all);
        assertEquals(CheckStatus.PASS, result(run, "ora.upg.recover.files").status(), all);
        assertEquals(CheckStatus.PASS, result(run, "ora.upg.standby.sync").status(), all);
        // after-upgrade checks are not asked for in a before-upgrade run
        assertEquals("na.stage", result(run, "ora.upg.timezone.after").reasonKey(), all);
        assertEquals(Severity.ERROR, run.highest().orElseThrow());

        // messages read in both languages
        CheckCatalogue catalogue = runner.catalogue(OracleUpgradeCatalogue.ID).orElseThrow();
        assertEquals("Data file 8 (/u01/app/oracle/oradata/HIS/his_index01.dbf, tablespace HIS_INDEX) is in backup mode.",
                catalogue.message(Locale.ENGLISH, result(run, "ora.upg.backup.mode").findings().get(0)));
        assertTrue(catalogue.message(Locale.SIMPLIFIED_CHINESE, result(run, "ora.upg.backup.mode").findings().get(0))
                .contains("\u5907\u4efd\u6a21\u5f0f"));
    }

    @Test
    void theCleanDatabasePasses() throws Exception {
        RunResult run = run("upg-clean", "upgrade-10g-clean");
        String all = describe(run);
        List<String> notPassed = new ArrayList<>();
        for (CheckResult r : run.results()) {
            boolean standing = r.checkId().equals("ora.upg.dictionary.stats") || r.checkId().equals("ora.upg.clients");
            if (r.status() != CheckStatus.PASS && !standing && !"na.stage".equals(r.reasonKey())) {
                notPassed.add(r.checkId());
            }
        }
        assertEquals(List.of(), notPassed, all);
        // utlu112i.sql recommends dictionary statistics whatever their age; the clients are listed as evidence
        assertEquals(Severity.RECOMMEND, result(run, "ora.upg.dictionary.stats").severity(), all);
        CheckResult clients = result(run, "ora.upg.clients");
        assertEquals(Severity.INFO, clients.severity(), all);
        assertEquals(3, clients.findings().size(), all);
        assertEquals(List.of("HIS", "his-app01", "JDBC Thin Client", "2"), clients.findings().get(0).arguments());
    }

    @Test
    void runsAreSavedAndReadBack() throws Exception {
        RunResult first = run("upg-history", "upgrade-10g-problems");
        RunResult second = run("upg-history", "upgrade-10g-problems");
        assertTrue(first.runId() > 0, "not saved: " + first.saveProblem());
        assertTrue(second.runId() > first.runId());
        List<RunSummary> history = runner.history("upg-history");
        assertEquals(List.of(second.runId(), first.runId()), history.stream().map(RunSummary::runId).toList());
        assertEquals(Severity.ERROR, history.get(0).highest());

        RunResult loaded = runner.load(first.runId()).orElseThrow();
        assertEquals(first.results().size(), loaded.results().size());
        for (int i = 0; i < first.results().size(); i++) {
            CheckResult a = first.results().get(i);
            CheckResult b = loaded.results().get(i);
            assertEquals(a.checkId(), b.checkId());
            assertEquals(a.status(), b.status());
            assertEquals(a.severity(), b.severity());
            assertEquals(a.findings(), b.findings(), a.checkId());
            assertEquals(a.reasonKey(), b.reasonKey());
        }
        assertEquals(first.version(), loaded.version());
        assertTrue(runner.load(Long.MAX_VALUE).isEmpty());
    }

    @Test
    void aCancelledRunEndsItsChecksAsCancelled() throws Exception {
        // one session, so the checks run one after the other and the cancel lands after exactly one
        Endpoint endpoint = endpoint("upg-cancel", "upgrade-10g-problems", 1);
        Cancellation cancellation = new Cancellation();
        List<CheckResult> seen = new ArrayList<>();
        RunResult run = runner.run(OracleUpgradeCatalogue.ID, endpoint, Set.of(Stage.BEFORE_UPGRADE),
                new RunProgress() {
                    @Override
                    public void checkDone(CheckResult result, int done, int total) {
                        synchronized (seen) {
                            seen.add(result);
                            if (result.status() == CheckStatus.PASS || result.status() == CheckStatus.FINDING) {
                                cancellation.cancel();
                            }
                        }
                    }
                }, cancellation);
        assertTrue(run.cancelled());
        long ran = run.results().stream()
                .filter(r -> r.status() == CheckStatus.PASS || r.status() == CheckStatus.FINDING).count();
        assertEquals(1, ran, describe(run));
        assertTrue(run.count(CheckStatus.CANCELLED) > 20, describe(run));
        assertEquals(run.results().size(), seen.size());
        assertTrue(run.runId() > 0);

        RunResult before = runner.run(OracleUpgradeCatalogue.ID, endpoint, Set.of(), null, cancelled());
        assertFalse(before.results().stream().anyMatch(r -> r.status() == CheckStatus.PASS), describe(before));
    }

    private static Cancellation cancelled() {
        Cancellation c = new Cancellation();
        c.cancel();
        return c;
    }

    @Test
    void everyCheckHasItsTextsInBothLanguages() throws Exception {
        CheckCatalogue catalogue = runner.catalogue(OracleUpgradeCatalogue.ID).orElseThrow();
        for (var check : catalogue.checks()) {
            for (String key : List.of(check.titleKey(), check.descriptionKey(), check.recommendationKey(),
                    "category." + check.category())) {
                for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                    String text = catalogue.text(locale, key);
                    assertNotNull(text);
                    assertFalse(text.isBlank() || text.equals(key), key + " " + locale);
                }
            }
            assertTrue(check.trainingLink().startsWith("training:oracle-11g-upgrade#"));
            assertFalse(check.source().isBlank());
        }
        assertTrue(catalogue.checks().size() >= 26);
    }
}
