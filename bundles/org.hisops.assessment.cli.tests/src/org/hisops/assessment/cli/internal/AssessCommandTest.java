package org.hisops.assessment.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.hisops.assessment.report.JsonReader;
import org.hisops.cli.api.CliCommand;
import org.hisops.cli.api.CliInvocation;
import org.hisops.cli.api.CliRefusedException;
import org.hisops.cli.api.CliUsageException;
import org.hisops.cli.api.ExitCodes;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.RoleHint;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.CapabilityRefusedException;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.CapabilitySwitches;
import org.hisops.platform.api.Site;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * {@code hisops-cli assess} as a registered {@link CliCommand}, invoked with an invocation of the test's making:
 * exit codes by severity on the emulated Oracle 10.2 scenarios (emulated: H2 in Oracle mode) and a real PostgreSQL
 * 17, the JSON report read back, two saved runs compared, the heterogeneous section, a site with the capability
 * switched off (69), an endpoint nobody answers on (4), and wrong arguments.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessCommandTest {

    private static final String ADMIN_PASSWORD = "test-admin-Pa55";

    @TempDir
    static Path temp;

    private CliCommand command;
    private CredentialStore credentials;
    private PostgresServer server;

    @BeforeAll
    void start() throws Exception {
        command = assess();
        credentials = service(CredentialStore.class);
        CapabilityRegistry registry = service(CapabilityRegistry.class);
        for (int i = 0; i < 200 && registry.capabilities("any").stream()
                .noneMatch(c -> c.id().equals(AssessCommand.HETERO_CAPABILITY)); i++) {
            Thread.sleep(50);
        }
        server = PostgresServer.builder(temp.resolve("pg"), "assess").build().start();
        server.createDatabase("clean");
        server.createDatabase("seeded");
        try (Connection c = server.connect("seeded"); Statement s = c.createStatement()) {
            s.execute("CREATE SEQUENCE card_no MAXVALUE 1000");
            s.execute("SELECT setval('card_no', 850)"); // 85 % of its range: a WARNING
        }
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** What one invocation printed and returned. */
    private record Outcome(int code, String out, String err) {
        /** The report file the command named on its last line. */
        Path file() {
            String[] lines = out.strip().split("\n");
            return Path.of(lines[lines.length - 1].strip());
        }

        Map<?, ?> json() throws java.io.IOException {
            return (Map<?, ?>) JsonReader.parse(Files.readString(file(), StandardCharsets.UTF_8));
        }
    }

    private Outcome assess(Map<String, Endpoint> endpoints, Locale locale, String... arguments) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Site site = new Site("cli-site", "CLI site", null);
        CliInvocation invocation = new CliInvocation() {
            private final PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
            private final PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

            @Override
            public List<String> arguments() {
                return List.of(arguments);
            }

            @Override
            public PrintStream out() {
                return o;
            }

            @Override
            public PrintStream err() {
                return e;
            }

            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public Cancellation cancellation() {
                return Cancellation.none();
            }

            @Override
            public Path workingDirectory() {
                return temp;
            }

            @Override
            public java.io.InputStream in() {
                return java.io.InputStream.nullInputStream();
            }

            /** The command line's gate on the runtime's switches: the platform's reason, exit 69. */
            @Override
            public void requireCapability(Site s, String capabilityId) throws CliRefusedException {
                try {
                    service(CapabilityRegistry.class).require(s.id(), capabilityId);
                } catch (CapabilityRefusedException refused) {
                    throw new CliRefusedException(BundleTexts.of(CapabilityRefusedException.class).format(locale,
                            refused.reason().key(), capabilityId, s.displayName(locale)), ExitCodes.UNAVAILABLE);
                } catch (Exception unexpected) {
                    throw new IllegalStateException(unexpected);
                }
            }

            @Override
            public List<Site> sites() {
                return List.of(site);
            }

            @Override
            public Site site(String idOrName) throws CliUsageException {
                if (idOrName == null || idOrName.equals(site.id())) {
                    return site;
                }
                if (idOrName.equals("cli-off")) {
                    return new Site("cli-off", "Switched off", null);
                }
                throw new CliUsageException("unknown site " + idOrName);
            }

            @Override
            public List<Endpoint> endpoints(Site s) {
                return new ArrayList<>(endpoints.values());
            }

            @Override
            public Endpoint endpoint(Site s, String idOrName) throws CliUsageException {
                Endpoint e = endpoints.get(idOrName);
                if (e == null) {
                    throw new CliUsageException("unknown endpoint " + idOrName);
                }
                return e;
            }
        };
        int code;
        try {
            code = command.run(invocation);
        } catch (CliRefusedException refused) { // as the application prints it
            invocation.err().println(refused.getMessage());
            code = refused.exitCode();
        }
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Map<String, Endpoint> oracle(String id, String scenario) throws Exception {
        credentials.store(id, "hisops-demo".toCharArray());
        Map<String, Endpoint> m = new HashMap<>();
        m.put(id, new Endpoint(id, "cli-site", id, "HIS", Engine.ORACLE, "his-db1", 1521, AddressKind.SERVICE_NAME,
                "HIS", "hisops", ConnectRole.NORMAL, RoleHint.PRIMARY, null, 2, 5, 10, scenario));
        return m;
    }

    private Map<String, Endpoint> postgres(String id, String database, int port) throws Exception {
        credentials.store(id, server.superuserPassword().toCharArray());
        Map<String, Endpoint> m = new HashMap<>();
        m.put(id, Endpoint.of(id, "cli-site", id, "HIS", Engine.POSTGRESQL, PostgresServer.LOOPBACK, port,
                AddressKind.DATABASE, database, PostgresServer.SUPERUSER).withLimits(2, 5, 30));
        return m;
    }

    @Test
    void theProblemDatabaseEndsWithThreeAndItsJsonSaysWhy() throws Exception {
        Outcome o = assess(oracle("cli-problems", "upgrade-10g-problems"), Locale.SIMPLIFIED_CHINESE,
                "--endpoint", "cli-problems", "--out", "problems");
        assertEquals(ExitCodes.ERROR, o.code(), o.err() + o.out());
        assertTrue(o.out().contains("仿真"), "the stand-in is named: " + o.out());
        Map<?, ?> doc = o.json();
        assertEquals("hisops.assessment.combined/1", doc.get("schema"));
        assertEquals(true, ((Map<?, ?>) doc.get("endpoint")).get("emulated"));
        Map<?, ?> checks = (Map<?, ?>) ((List<?>) doc.get("sections")).get(0);
        assertEquals("oracle.upgrade.11.2", ((Map<?, ?>) checks.get("run")).get("catalogue"));
        assertEquals("ERROR", ((Map<?, ?>) checks.get("run")).get("highest"));
        List<?> findings = ((List<?>) checks.get("checks")).stream()
                .flatMap(c -> ((List<?>) ((Map<?, ?>) c).get("findings")).stream()).toList();
        assertTrue(findings.size() >= 10, "the scenario's problems: " + findings.size());
        Map<?, ?> first = (Map<?, ?>) findings.get(0);
        assertTrue(first.containsKey("evidence") && first.containsKey("fixup") && first.containsKey("subject"), first.toString());
        assertTrue(((String) first.get("message")).codePoints().anyMatch(cp -> cp > 0x4e00),
                "messages in the requested language (Chinese): " + first.get("message"));
    }

    @Test
    void theCleanDatabaseEndsWithAtMostARecommendation() throws Exception {
        Outcome o = assess(oracle("cli-clean", "upgrade-10g-clean"), Locale.ENGLISH, "--endpoint", "cli-clean",
                "--format", "html", "--out", "clean");
        assertTrue(o.code() == ExitCodes.OK || o.code() == ExitCodes.RECOMMEND, o.err() + o.out());
        String html = Files.readString(o.file(), StandardCharsets.UTF_8);
        assertTrue(o.file().toString().endsWith(".html") && html.contains("Assessment report"), html);
    }

    @Test
    void twoSavedRunsAreComparedNewFixedUnchanged() throws Exception {
        // The same endpoint id read from the clean scenario, then from the problem one, then the clean one again.
        Outcome clean = assess(oracle("cli-history", "upgrade-10g-clean"), Locale.ENGLISH, "--endpoint",
                "cli-history", "--out", "history", "--compare-with", "previous");
        assertTrue(clean.err().contains("No earlier run"), clean.err());
        long cleanRun = ((Number) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) clean.json().get("sections")).get(0))
                .get("run")).get("id")).longValue();
        Outcome problems = assess(oracle("cli-history", "upgrade-10g-problems"), Locale.ENGLISH, "--endpoint",
                "cli-history", "--out", "history", "--compare-with", "previous");
        assertEquals(ExitCodes.ERROR, problems.code());
        Map<?, ?> worse = (Map<?, ?>) ((Map<?, ?>) ((List<?>) problems.json().get("sections")).get(0))
                .get("comparison");
        assertEquals((double) cleanRun, worse.get("previous"));
        assertTrue(((List<?>) worse.get("new")).size() >= 10, "the problems are new: " + worse.get("new"));
        assertTrue(((List<?>) worse.get("fixed")).isEmpty(), "nothing was fixed: " + worse.get("fixed"));

        long problemRun = ((Number) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) problems.json().get("sections")).get(0))
                .get("run")).get("id")).longValue();
        Outcome again = assess(oracle("cli-history", "upgrade-10g-clean"), Locale.ENGLISH, "--endpoint",
                "cli-history", "--out", "history", "--compare-with", Long.toString(problemRun));
        Map<?, ?> better = (Map<?, ?>) ((Map<?, ?>) ((List<?>) again.json().get("sections")).get(0))
                .get("comparison");
        assertEquals(((List<?>) worse.get("new")).size(), ((List<?>) better.get("fixed")).size(),
                "what the problem run added is fixed now");
        assertTrue(((List<?>) better.get("new")).isEmpty(), better.toString());
        assertEquals(((List<?>) worse.get("unchanged")).size(), ((List<?>) better.get("unchanged")).size());
        assertTrue(again.out().contains(" fixed"), again.out());
    }

    @Test
    void theHeterogeneousSectionCountsTheObjects() throws Exception {
        Outcome o = assess(oracle("cli-hetero", "hetero-10g"), Locale.SIMPLIFIED_CHINESE, "--endpoint", "cli-hetero",
                "--hetero", "kingbase", "--out", "hetero");
        assertEquals(ExitCodes.ERROR, o.code(), "the readiness findings decide: " + o.err());
        List<?> sections = (List<?>) o.json().get("sections");
        Map<?, ?> hetero = (Map<?, ?>) sections.get(1);
        assertEquals("hetero", hetero.get("id"));
        assertEquals("KINGBASE", hetero.get("flavour"));
        Map<?, ?> totals = (Map<?, ?>) hetero.get("totals");
        assertTrue(((Number) totals.get("objects")).intValue() > 10, totals.toString());
        assertTrue(((Number) totals.get("personDays")).doubleValue() > 0, totals.toString());
        // hetero-10g is built on assessment-data-10g: the data section has its volumes (emulated)
        Map<?, ?> data = (Map<?, ?>) sections.get(2);
        assertEquals("data", data.get("id"));
        Map<?, ?> volumes = (Map<?, ?>) ((Map<?, ?>) data.get("content")).get("data");
        assertTrue(((Number) volumes.get("totalBytes")).doubleValue() > 100e9, volumes.keySet().toString());
        Outcome pdf = assess(oracle("cli-hetero", "hetero-10g"), Locale.SIMPLIFIED_CHINESE, "--endpoint",
                "cli-hetero", "--hetero", "postgresql", "--format", "pdf", "--out", "hetero");
        byte[] bytes = Files.readAllBytes(pdf.file());
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.ISO_8859_1));
    }

    @Test
    void realPostgresqlEndsBySeverity() throws Exception {
        Outcome clean = assess(postgres("cli-pg-clean", "clean", server.port()), Locale.ENGLISH, "--endpoint",
                "cli-pg-clean", "--out", "pg");
        assertEquals(ExitCodes.OK, clean.code(), clean.err() + clean.out());
        Map<?, ?> checks = (Map<?, ?>) ((List<?>) clean.json().get("sections")).get(0);
        assertEquals("postgresql.readiness", ((Map<?, ?>) checks.get("run")).get("catalogue"));
        Outcome seeded = assess(postgres("cli-pg-seeded", "seeded", server.port()), Locale.ENGLISH, "--endpoint",
                "cli-pg-seeded", "--out", "pg");
        assertEquals(ExitCodes.WARNING, seeded.code(), "the sequence at 85 %: " + seeded.err() + seeded.out());
        assertTrue(Files.readString(seeded.file()).contains("card_no"));
    }

    @Test
    void anEndpointNobodyAnswersOnIsIncomplete() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Outcome o = assess(postgres("cli-pg-down", "clean", closed), Locale.ENGLISH, "--endpoint", "cli-pg-down",
                "--out", "down");
        assertEquals(ExitCodes.INCOMPLETE, o.code(), o.err() + o.out());
        Map<?, ?> failed = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) o.json().get("sections")).get(0))
                .get("checks")).get(0);
        assertEquals("FAILED", failed.get("status"));
        Object problem = ((Map<?, ?>) failed.get("reason")).get("problem");
        assertTrue("CONNECTION_REFUSED".equals(problem) || "LISTENER_DOWN".equals(problem), failed.toString());
    }

    @Test
    void aSiteWithTheCapabilitySwitchedOffIsRefused() throws Exception {
        AccessControl access = service(AccessControl.class);
        if (access.passwordSet()) {
            access.signIn(ADMIN_PASSWORD.toCharArray());
        } else {
            access.setPassword(null, ADMIN_PASSWORD.toCharArray());
        }
        CapabilitySwitches switches = service(CapabilitySwitches.class);
        switches.setEnabled("cli-off", AssessCommand.UPGRADE_CAPABILITY, false);
        try {
            Outcome o = assess(oracle("cli-off-ep", "upgrade-10g-clean"), Locale.SIMPLIFIED_CHINESE, "--site",
                    "cli-off", "--endpoint", "cli-off-ep", "--out", "off");
            assertEquals(ExitCodes.UNAVAILABLE, o.code(), o.err());
            assertTrue(o.err().contains(AssessCommand.UPGRADE_CAPABILITY) && o.err().contains("关闭"), o.err());
            assertTrue(o.out().isEmpty(), "nothing was run: " + o.out());
        } finally {
            switches.setEnabled("cli-off", AssessCommand.UPGRADE_CAPABILITY, true);
            access.signOut();
        }
    }

    @Test
    void wrongArgumentsAreRefusedBeforeAnyWork() throws Exception {
        Map<String, Endpoint> pg = postgres("cli-pg-args", "clean", server.port());
        CliUsageException hetero = assertThrows(CliUsageException.class,
                () -> assess(pg, Locale.ENGLISH, "--endpoint", "cli-pg-args", "--hetero", "postgresql"));
        assertTrue(hetero.getMessage().contains("Oracle"), hetero.getMessage());
        assertThrows(CliUsageException.class,
                () -> assess(pg, Locale.ENGLISH, "--endpoint", "cli-pg-args", "--format", "docx"));
        assertThrows(CliUsageException.class,
                () -> assess(pg, Locale.ENGLISH, "--endpoint", "cli-pg-args", "--compare-with", "yesterday"));
        Outcome unknownRun = assess(pg, Locale.ENGLISH, "--endpoint", "cli-pg-args", "--compare-with", "999999");
        assertEquals(ExitCodes.DATA, unknownRun.code(), unknownRun.err());
        Outcome unknownCatalogue = assess(pg, Locale.ENGLISH, "--endpoint", "cli-pg-args", "--catalogue", "nope");
        assertEquals(ExitCodes.DATA, unknownCatalogue.code(), unknownCatalogue.err());
    }

    @Test
    void aReportThatCannotBeWrittenEndsWith73AndLeavesNoPart() throws Exception {
        Path blocker = temp.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the report folder should be");
        Outcome o = assess(oracle("cli-write", "upgrade-10g-clean"), Locale.SIMPLIFIED_CHINESE, "--endpoint",
                "cli-write", "--out", "not-a-folder/reports");
        assertEquals(ExitCodes.CANNOT_CREATE, o.code(), o.err());
        assertTrue(o.err().contains("无法写入报告") && o.err().contains("--out"), o.err());
        assertTrue(o.out().isEmpty(), o.out());
    }

    private static CliCommand assess() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(AssessCommandTest.class).getBundleContext();
        for (long end = System.currentTimeMillis() + 20_000; System.currentTimeMillis() < end; Thread.sleep(50)) {
            for (ServiceReference<CliCommand> ref : context.getServiceReferences(CliCommand.class, null)) {
                CliCommand c = context.getService(ref);
                if (c != null && c.name().equals("assess")) {
                    return c;
                }
            }
        }
        throw new AssertionError("no assess command");
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(AssessCommandTest.class).getBundleContext();
        for (long end = System.currentTimeMillis() + 20_000; System.currentTimeMillis() < end; Thread.sleep(50)) {
            ServiceReference<T> ref = context.getServiceReference(type);
            if (ref != null && context.getService(ref) != null) {
                return context.getService(ref);
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }
}
