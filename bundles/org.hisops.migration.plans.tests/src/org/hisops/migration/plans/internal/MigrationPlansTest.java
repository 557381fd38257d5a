package org.hisops.migration.plans.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.migration.plans.DataPumpJobs;
import org.hisops.migration.plans.ExportJob;
import org.hisops.migration.plans.JobStatus;
import org.hisops.migration.plans.MigrationPlan;
import org.hisops.migration.plans.MigrationPlans;
import org.hisops.migration.plans.PlanParameter;
import org.hisops.migration.plans.PlanRequest;
import org.hisops.migration.plans.Preflight;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.AuditRecord;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;

/**
 * Plans and Data Pump jobs on the emulated {@code migration-10g} (HIS 100 GB of tables and 30 GB of indexes, LIS 20 +
 * 6 GB, EMR 5 GB of tables and 30 GB of LOBs; CPU_COUNT 8; SCN 8716460021), through the real services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationPlansTest {

    private static final String SITE = "plans-site";
    private static final String PASSWORD = "plans-admin-Pa55";
    private static final long G = 1L << 30;

    private final RecordingAudit audit = new RecordingAudit();
    private ServiceRegistration<AuditLog> auditRegistration;
    private MigrationPlans plans;
    private DataPumpJobs jobs;
    private AccessControl access;
    private Endpoint source;

    @BeforeAll
    void services() throws Exception {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        auditRegistration = context().registerService(AuditLog.class, audit, props);
        plans = get(MigrationPlans.class);
        jobs = get(DataPumpJobs.class);
        access = get(AccessControl.class);
        get(CredentialStore.class).store("plans-his-10g", "hisops-demo".toCharArray());
        source = new Endpoint("plans-his-10g", SITE, "HIS 10g", "HIS", Engine.ORACLE, "his-db1", 1521,
                AddressKind.SERVICE_NAME, "HIS", "hisops", ConnectRole.NORMAL, RoleHint.PRIMARY, null, 2, 5, 10,
                "migration-10g");
        get(EndpointDirectory.class).save(source);
    }

    @AfterAll
    void unregister() {
        access.signOut();
        auditRegistration.unregister();
    }

    @Test
    void schemaPlanFromTheEmulatedSource() throws Exception {
        MigrationPlan plan = plans.plan(PlanRequest.of(SITE, source.id(), List.of("HIS", "LIS", "EMR"), null),
                Cancellation.none());
        assertTrue(plan.source().emulated());
        assertEquals(8716460021L, plan.source().currentScn());
        assertEquals(8, plan.source().cpuCount());
        assertTrue(plan.source().enterpriseEdition());
        assertEquals((100 + 20 + 35) * G, plan.dataPump().estimate().dataBytes());
        assertEquals(30 * G + 6 * G + 64 * 1024 * 1024, plan.dataPump().estimate().indexBytes());
        // 155 GB in 4 GB files is 39 files; the degree stops at CPU_COUNT.
        assertEquals(8, plan.dataPump().parallel());
        String expdp = plan.dataPump().expdpParfile();
        for (String line : List.of("SCHEMAS=HIS,LIS,EMR", "DIRECTORY=DATA_PUMP_DIR", "DUMPFILE=his_%U.dmp",
                "FILESIZE=4G", "LOGFILE=expdp_his.log", "FLASHBACK_SCN=8716460021", "PARALLEL=8", "CONTENT=ALL",
                "EXCLUDE=STATISTICS")) {
            assertTrue(expdp.contains("\n" + line + "\n"), line + " in\n" + expdp);
        }
        assertTrue(expdp.contains("Oracle Database Utilities 10g Release 2 (10.2), B14215"));
        assertTrue(expdp.contains("EMULATED"));
        assertFalse(expdp.contains("\nVERSION="), "a 10.2 dump imports into 11.2 as it is");
        assertTrue(plan.dataPump().impdpParfile().contains("\nDUMPFILE=his_%U.dmp\n"));
        // Default assumption 50 MB/s: export 158720 MB / 50 = 3175 s; import (158720 + 36928) MB / 50 = 3913 s.
        assertFalse(plan.dataPump().estimate().measured());
        assertEquals(3175, plan.dataPump().estimate().exportSeconds());
        assertEquals(3913, plan.dataPump().estimate().importSeconds());
        assertTrue(plan.dataPump().estimate().formula().contains("158720 MB / 50 MB/s (assumed) = 3175 s"),
                plan.dataPump().estimate().formula());
        // The cut-over runbook adds up its steps and judges the window (8 h by default).
        long sum = plan.cutover().steps().stream().mapToLong(s -> s.seconds()).sum();
        assertEquals(sum, plan.cutover().downtimeSeconds());
        assertEquals("go.window", plan.cutover().goNoGo().get(0).criterionKey());
    }

    @Test
    void networkLinkRemapsAndCappedParallel() throws Exception {
        PlanRequest request = new PlanRequest(SITE, source.id(), List.of("HIS"), "HISOPS_DP", "HIS10G.HOSPITAL",
                Map.of("HIS", "HIS11"), Map.of("HIS_DATA", "HIS_DATA11"), 32, 8);
        MigrationPlan plan = plans.plan(request, Cancellation.none());
        assertEquals("", plan.dataPump().expdpParfile(), "no export over a link");
        List<String> names = plan.dataPump().importParameters().stream().map(PlanParameter::name).toList();
        assertTrue(names.containsAll(List.of("NETWORK_LINK", "FLASHBACK_SCN", "REMAP_SCHEMA", "REMAP_TABLESPACE",
                "EXCLUDE")), names.toString());
        assertFalse(names.contains("DUMPFILE"));
        assertEquals(8, plan.dataPump().parallel(), "32 asked, CPU_COUNT 8");
        assertTrue(plan.dataPump().impdpParfile().contains("\nREMAP_SCHEMA=HIS:HIS11\n"));
        assertEquals(6, plan.dataPump().networkLinkRequirementKeys().size());
        assertEquals(0, plan.dataPump().estimate().exportSeconds());
        // min(50, 100) MB/s for 102400 MB of data, 50 MB/s for 30720 MB of indexes: 2048 + 615 s.
        assertEquals(2048 + 615, plan.dataPump().estimate().importSeconds());
    }

    @Test
    void rmanRouteAndFiles(@TempDir Path folder) throws Exception {
        MigrationPlan plan = plans.plan(PlanRequest.of(SITE, source.id(), List.of("HIS", "LIS"), null),
                Cancellation.none());
        String pfile = plan.rman().pfile();
        assertTrue(pfile.contains("# background_dump_dest="), pfile);
        assertTrue(pfile.contains("diagnostic_dest="), pfile);
        assertTrue(pfile.contains("compatible='10.2.0.5.0'"), pfile);
        assertTrue(plan.rman().backupScript().contains("BACKUP AS COMPRESSED BACKUPSET DATABASE PLUS ARCHIVELOG;"));
        assertTrue(plan.rman().backupScript().contains("BACKUP CURRENT CONTROLFILE"));
        assertTrue(plan.rman().upgradeScript().contains("ALTER DATABASE OPEN RESETLOGS UPGRADE;"));
        for (String script : List.of("catupgrd.sql", "utlu112s.sql", "catuppst.sql", "utlrp.sql")) {
            assertTrue(plan.rman().upgradeScript().contains("@?/rdbms/admin/" + script), script);
        }
        assertFalse(plan.rman().afterUpgradeCheckIds().isEmpty(), "the readiness catalogue's AFTER_UPGRADE checks");
        assertTrue(plan.rman().afterUpgradeCheckIds().contains("ora.upg.invalid.objects"));

        List<Path> files = plans.write(plan, folder.resolve("out"), Locale.SIMPLIFIED_CHINESE);
        // A copy for whoever reads the build's output (target/ of the test bundle): the files a DBA would get.
        plans.write(plan, Path.of("target", "plan-example"), Locale.SIMPLIFIED_CHINESE);
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("expdp.par", "impdp.par", "expdp-fallback-on-11.2.par", "rman-backup.rman",
                "rman-restore.rman", "upgrade.sql", "init-11.2-edits.ora", "runbook.html", "runbook.pdf"), names);
        assertTrue(Files.readString(folder.resolve("out/expdp-fallback-on-11.2.par")).contains("\nVERSION=10.2\n"));
        String html = Files.readString(folder.resolve("out/runbook.html"));
        assertTrue(html.contains("割接手册") && html.contains("仿真"), "Chinese runbook, marked emulated");
        byte[] pdf = Files.readAllBytes(folder.resolve("out/runbook.pdf"));
        assertEquals("%PDF", new String(pdf, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        try (var list = Files.list(folder.resolve("out"))) {
            assertTrue(list.noneMatch(p -> p.toString().endsWith(".part")));
        }
    }

    private ExportJob job(String name, String directory) {
        return new ExportJob(SITE, source.id(), name, List.of("HIS", "LIS"), directory, "his_%U.dmp", "his_exp.log",
                4, 8716460021L, 4);
    }

    @Test
    void preflightNamesWhatIsMissing() throws Exception {
        assertTrue(jobs.preflight(job("HISOPS_PRE1", "HISOPS_DP"), Cancellation.none()).passed());
        Preflight noGrant = jobs.preflight(job("HISOPS_PRE1", "DATA_PUMP_DIR"), Cancellation.none());
        assertEquals(List.of("preflight.directory.grant", "preflight.directory.grant"),
                noGrant.problems().stream().map(Preflight.Problem::key).toList());
        Preflight missing = jobs.preflight(job("HISOPS_PRE1", "NO_SUCH_DIR"), Cancellation.none());
        assertEquals("preflight.directory.missing", missing.problems().get(0).key());
        Preflight hostile = jobs.preflight(job("X'; DROP", "HISOPS_DP"), Cancellation.none());
        assertEquals("preflight.names", hostile.problems().get(0).key());
    }

    @Test
    void jobStartsProgressesOverPollsAndCompletes() throws Exception {
        ExportJob job = job("HISOPS_EXP1", "HISOPS_DP");
        access.signOut();
        assertThrows(AccessDeniedException.class, () -> jobs.start(job, "HISOPS_EXP1", Cancellation.none()));
        administrator();
        assertThrows(IllegalArgumentException.class, () -> jobs.start(job, "wrong", Cancellation.none()));
        JobStatus started = jobs.start(job, "HISOPS_EXP1", Cancellation.none());
        assertTrue(started.emulated());
        assertEquals("EXECUTING", started.state());
        assertEquals(120 * 1024, started.totalMegabytes(), "HIS and LIS tables: 120 GB");
        assertEquals(25, started.percent());
        assertEquals(50, jobs.status(SITE, source.id(), "HISOPS", "HISOPS_EXP1", Cancellation.none()).percent());
        assertEquals(75, jobs.status(SITE, source.id(), "HISOPS", "HISOPS_EXP1", Cancellation.none()).percent());
        JobStatus done = jobs.status(SITE, source.id(), "HISOPS", "HISOPS_EXP1", Cancellation.none());
        assertEquals(JobStatus.COMPLETED, done.state());
        assertEquals(100, done.percent());
        List<AuditRecord> entries = audit.of("migration.datapump.start").stream()
                .filter(e -> e.target().endsWith("/HISOPS_EXP1")).toList();
        assertEquals(AuditOutcome.FAILED, entries.get(0).outcome(), "the wrong confirmation");
        assertEquals(AuditOutcome.SUCCESS, entries.get(1).outcome());
        assertTrue(entries.get(1).detail().contains("(emulated)"));
    }

    @Test
    void jobStopsOnCancel() throws Exception {
        administrator();
        jobs.start(job("HISOPS_EXP2", "HISOPS_DP"), "HISOPS_EXP2", Cancellation.none());
        JobStatus stopped = jobs.stop(SITE, source.id(), "HISOPS", "HISOPS_EXP2", Cancellation.none());
        assertEquals(JobStatus.ENDED, stopped.state());
        assertTrue(stopped.percent() < 100);
        assertEquals(AuditOutcome.SUCCESS, audit.of("migration.datapump.stop").get(0).outcome());
        DatabaseException unknown = assertThrows(DatabaseException.class,
                () -> jobs.stop(SITE, source.id(), "HISOPS", "NO_SUCH_JOB", Cancellation.none()));
        assertEquals("ORA-31626", unknown.serverCode());
    }

    @Test
    void unknownDirectoryIsRefusedAsOracleDoes() throws Exception {
        // The block as HisOps sends it, past the preflight: the emulated DBMS_DATAPUMP answers as Oracle would.
        String block = DataPumpBlocks.start(job("HISOPS_EXP3", "NO_SUCH_DIR"));
        DatabaseException e = assertThrows(DatabaseException.class, () -> get(DatabaseSessions.class).change(source,
                "test", s -> {
                    s.execute(block, 10);
                    return null;
                }, Cancellation.none()));
        assertEquals("ORA-39002", e.serverCode());
        String text = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : e.getCause().getMessage());
        assertTrue(text.contains("ORA-39070") && text.contains("ORA-39087"), text);
    }

    @Test
    void commandWritesThePlanAndRefusesBadInput(@TempDir Path folder) throws Exception {
        MigrationPlanCommand command = new MigrationPlanCommand(plans);
        org.hisops.platform.api.CapabilityRegistry on = get(org.hisops.platform.api.CapabilityRegistry.class);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = command.run(invocation(folder, out, on, "--site", SITE, "--source", source.id(), "--schemas", "his,lis",
                "--out", "plan"));
        assertEquals(0, code, out.toString());
        assertTrue(Files.exists(folder.resolve("plan/expdp.par")) && Files.exists(folder.resolve("plan/runbook.pdf")));
        assertTrue(out.toString().contains("EMULATED"), out.toString());
        assertThrows(org.hisops.cli.api.CliUsageException.class, () -> command.run(invocation(folder, out, on, "--site",
                SITE, "--source", source.id(), "--schemas", "HIS;DROP", "--out", "plan")));
        Endpoint down = new Endpoint("plans-down", SITE, "down", "HIS", Engine.ORACLE, "his-db9", 1521,
                AddressKind.SERVICE_NAME, "HIS", "hisops", ConnectRole.NORMAL, RoleHint.PRIMARY, null, 2, 5, 10,
                "listener-down");
        get(EndpointDirectory.class).save(down);
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        assertEquals(4, command.run(invocation(folder, err, on, "--site", SITE, "--source", "plans-down", "--schemas",
                "HIS", "--out", "plan2")));
        assertTrue(err.toString().contains("plans-down"), err.toString());
        assertFalse(Files.exists(folder.resolve("plan2")));

        // switched off for the site: refused with the platform's words, nothing read, nothing written
        org.hisops.platform.api.CapabilityRegistry off = (org.hisops.platform.api.CapabilityRegistry) java.lang.reflect.Proxy
                .newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] { org.hisops.platform.api.CapabilityRegistry.class }, (proxy, method, args) -> {
                            if (method.getName().equals("require")) {
                                throw new org.hisops.platform.api.CapabilityRefusedException(
                                        org.hisops.platform.api.CapabilityRefusedException.Reason.SWITCHED_OFF,
                                        (String) args[1], (String) args[0]);
                            }
                            throw new UnsupportedOperationException(method.getName());
                        });
        java.io.ByteArrayOutputStream refused = new java.io.ByteArrayOutputStream();
        org.hisops.cli.api.CliRefusedException refusal = assertThrows(org.hisops.cli.api.CliRefusedException.class,
                () -> command.run(invocation(folder, refused, off, "--site", SITE, "--source", source.id(),
                        "--schemas", "HIS", "--out", "plan3")));
        assertEquals(69, refusal.exitCode());
        assertTrue(refusal.getMessage().contains("is switched off for the site"), refusal.getMessage());
        assertFalse(Files.exists(folder.resolve("plan3")));
    }

    /** The command line's view, its capability gate on {@code capabilities} (the real registry, or one that refuses). */
    private org.hisops.cli.api.CliInvocation invocation(Path folder, java.io.ByteArrayOutputStream out,
            org.hisops.platform.api.CapabilityRegistry capabilities, String... arguments) {
        java.io.PrintStream print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        return new org.hisops.cli.api.CliInvocation() {
            public java.io.InputStream in() {
                return java.io.InputStream.nullInputStream();
            }

            public void requireCapability(org.hisops.platform.api.Site site, String capabilityId)
                    throws org.hisops.cli.api.CliRefusedException {
                try {
                    capabilities.require(site.id(), capabilityId);
                } catch (org.hisops.platform.api.CapabilityRefusedException e) {
                    throw new org.hisops.cli.api.CliRefusedException(org.hisops.platform.api.BundleTexts
                            .of(org.hisops.platform.api.CapabilityRefusedException.class).format(locale(),
                                    e.reason().key(), capabilityId, site.displayName(locale())),
                            org.hisops.cli.api.ExitCodes.UNAVAILABLE);
                }
            }

            public List<String> arguments() {
                return List.of(arguments);
            }

            public java.io.PrintStream out() {
                return print;
            }

            public java.io.PrintStream err() {
                return print;
            }

            public Locale locale() {
                return Locale.ENGLISH;
            }

            public Cancellation cancellation() {
                return Cancellation.none();
            }

            public Path workingDirectory() {
                return folder;
            }

            public List<org.hisops.platform.api.Site> sites() {
                return List.of(new org.hisops.platform.api.Site(SITE, "Plans", null));
            }

            public org.hisops.platform.api.Site site(String idOrName) {
                return sites().get(0);
            }

            public List<Endpoint> endpoints(org.hisops.platform.api.Site site) {
                return List.of(source);
            }

            public Endpoint endpoint(org.hisops.platform.api.Site site, String idOrName) {
                try {
                    return get(EndpointDirectory.class).find(idOrName).orElseThrow();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }

    private void administrator() throws Exception {
        if (access.role() == Role.ADMINISTRATOR) {
            return;
        }
        if (access.passwordSet()) {
            access.signIn(PASSWORD.toCharArray());
        } else {
            access.setPassword(null, PASSWORD.toCharArray());
            if (access.role() != Role.ADMINISTRATOR) {
                access.signIn(PASSWORD.toCharArray());
            }
        }
        assertEquals(Role.ADMINISTRATOR, access.role());
    }

    private static BundleContext context() {
        return FrameworkUtil.getBundle(MigrationPlansTest.class).getBundleContext();
    }

    private static <T> T get(Class<T> type) throws InterruptedException {
        for (long end = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < end; Thread.sleep(50)) {
            ServiceReference<T> reference = context().getServiceReference(type);
            if (reference != null) {
                T service = context().getService(reference);
                if (service != null) {
                    return service;
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " service");
    }

    /** An audit log that keeps its entries in a list. */
    static final class RecordingAudit implements AuditLog {
        final List<AuditRecord> entries = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void append(String siteId, String action, String target, AuditOutcome outcome, String detail) {
            entries.add(new AuditRecord(entries.size() + 1, java.time.Instant.now(), "dba-test", Role.ADMINISTRATOR,
                    siteId, action, target, outcome, detail));
        }

        List<AuditRecord> of(String action) {
            synchronized (entries) {
                return entries.stream().filter(e -> e.action().equals(action)).toList();
            }
        }

        @Override
        public List<AuditRecord> latest(int limit) {
            return List.copyOf(entries);
        }

        @Override
        public Verification verify() {
            return new Verification(entries.size(), List.of(), List.of());
        }

        @Override
        public void exportCsv(Writer out, Locale locale) {
        }

        @Override
        public CapabilityRegistry.Registration addListener(Runnable listener) {
            return () -> {
            };
        }
    }
}
