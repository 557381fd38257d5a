package org.hisops.platform.audit.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditLog.Verification;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.AuditRecord;
import org.hisops.platform.api.DataFolder;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.Role;
import org.hisops.platform.api.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The audit log on the real embedded store, in a running framework. The tampering tests do what someone with
 * access to the data folder would do: stop HisOps (here: its store and log components), open the H2 file with plain
 * JDBC, change or delete rows, start again; the log must name the entries.
 */
class AuditLogTest {

    private static final String LOG = HashChainAuditLog.class.getName();
    private static final String STORE = "org.hisops.platform.store.internal.H2Store";

    private static BundleContext context() {
        return FrameworkUtil.getBundle(AuditLogTest.class).getBundleContext();
    }

    private static <T> T service(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            ServiceReference<T> ref = context().getServiceReference(type);
            T s = ref == null ? null : context().getService(ref);
            if (s != null) {
                return s;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + type.getSimpleName());
    }

    private static HashChainAuditLog log() throws InterruptedException {
        return (HashChainAuditLog) service(AuditLog.class);
    }

    private static ComponentDescriptionDTO component(String name) throws InterruptedException {
        for (Bundle b : context().getBundles()) {
            ComponentDescriptionDTO d = service(ServiceComponentRuntime.class).getComponentDescriptionDTO(b, name);
            if (d != null) {
                return d;
            }
        }
        throw new AssertionError(name);
    }

    private static void disable(String name, Class<?> service) throws Exception {
        service(ServiceComponentRuntime.class).disableComponent(component(name)).getValue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (context().getServiceReference(service) != null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static void enable(String name) throws Exception {
        service(ServiceComponentRuntime.class).enableComponent(component(name)).getValue();
    }

    /** As when HisOps exits: the log, then the store. */
    private static void stop() throws Exception {
        disable(LOG, AuditLog.class);
        disable(STORE, EmbeddedStore.class);
    }

    /** As when HisOps starts again; waits until the log has written what its start check recorded. */
    private static HashChainAuditLog start() throws Exception {
        enable(STORE);
        enable(LOG);
        HashChainAuditLog log = log();
        log.verify(); // the first use brings the schema up to date and checks the chain
        assertTrue(log.awaitWritten(120_000));
        return log;
    }

    private static Path data() throws InterruptedException {
        return service(DataFolder.class).path();
    }

    private static Path storeFile() throws InterruptedException {
        return data().resolve("store/hisops.mv.db");
    }

    /** A fresh installation: no database, no anchor, nothing kept. */
    @BeforeEach
    void fresh() throws Exception {
        stop();
        Path folder = data().resolve("store");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
        }
        Files.deleteIfExists(data().resolve(Anchor.FILE));
        Files.deleteIfExists(data().resolve(Spool.FILE));
        start();
    }

    @AfterEach
    void running() throws Exception {
        ServiceComponentRuntime scr = service(ServiceComponentRuntime.class);
        for (String name : List.of(STORE, LOG)) {
            if (!scr.isComponentEnabled(component(name))) {
                enable(name);
            }
        }
    }

    /** Plain JDBC on the database file, as any H2 tool opens it. */
    private static Connection raw() throws Exception {
        String base = storeFile().toString().replaceAll("\\.mv\\.db$", "");
        Properties login = new Properties();
        login.setProperty("user", "hisops");
        login.setProperty("password", "");
        return new org.h2.Driver().connect("jdbc:h2:file:" + base + ";IFEXISTS=TRUE", login);
    }

    private static void tamper(String... statements) throws Exception {
        stop();
        try (Connection c = raw(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
        }
    }

    private static void appendFive(AuditLog log) throws InterruptedException {
        for (int i = 1; i <= 5; i++) {
            log.append("demo", AuditLog.SWITCH_CHANGED, "capability-" + i, AuditOutcome.SUCCESS, "switched " + i);
        }
        assertTrue(log().awaitWritten(10_000));
    }

    @Test
    void entriesCarryWhoWhenSiteWhatAndOutcomeNewestFirstAndTheChainIsIntact() throws Exception {
        AuditLog log = log();
        Instant before = Instant.now().minusMillis(1);
        log.append("demo", AuditLog.SITE_RENAMED, "Demo Hospital -> \u6f14\u793a\u533b\u9662", AuditOutcome.SUCCESS, "");
        log.append("", AuditLog.BUNDLE_REFUSED, "com.example.unsigned", AuditOutcome.REFUSED, "no trusted signature");
        log.append("site-b", "com.example.lis.export", "LIS", AuditOutcome.FAILED, "disk full");
        assertTrue(log().awaitWritten(10_000));
        List<AuditRecord> latest = log.latest(10);
        assertEquals(List.of(3L, 2L, 1L), latest.stream().map(AuditRecord::sequence).toList());
        AuditRecord refused = latest.get(1);
        assertEquals(AuditLog.BUNDLE_REFUSED, refused.action());
        assertEquals("com.example.unsigned", refused.target());
        assertEquals(AuditOutcome.REFUSED, refused.outcome());
        assertEquals("no trusted signature", refused.detail());
        assertEquals("", refused.siteId());
        assertEquals(service(AccessControl.class).user(), refused.user());
        assertEquals(Role.OPERATOR, refused.role());
        assertFalse(refused.time().isBefore(before) || refused.time().isAfter(Instant.now()));
        assertEquals("Demo Hospital -> \u6f14\u793a\u533b\u9662", latest.get(2).target());
        assertEquals(List.of(2L), log.latest(2).stream().skip(1).map(AuditRecord::sequence).toList());
        Verification v = log.verify();
        assertTrue(v.intact(), v.toString());
        assertEquals(3, v.entries());
    }

    @Test
    void theRoleComesFromAccessControlWhichAuditsItself() throws Exception {
        AccessControl access = service(AccessControl.class);
        char[] password = "audit-test-Pa55".toCharArray();
        if (access.passwordSet()) {
            access.signIn(password);
        } else {
            access.setPassword(null, password);
        }
        log().append("demo", "com.example.action", "x", AuditOutcome.SUCCESS, "");
        access.signOut();
        assertTrue(log().awaitWritten(10_000));
        List<AuditRecord> latest = log().latest(3);
        assertEquals(AuditLog.SIGN_OUT, latest.get(0).action());
        assertEquals(Role.ADMINISTRATOR, latest.get(1).role(), "appended while signed in");
        assertTrue(List.of(AuditLog.SIGN_IN, AuditLog.PASSWORD_SET).contains(latest.get(2).action()), latest.toString());
        assertTrue(log().verify().intact());
    }

    @Test
    void appendsFromManyThreadsKeepAGapFreeChainInEachThreadsOrder() throws Exception {
        AuditLog log = log();
        int threads = 8;
        int each = 60;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < each; i++) {
                    log.append("demo", AuditLog.SWITCH_CHANGED, "t" + thread + "-" + i, AuditOutcome.SUCCESS, "");
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertTrue(log().awaitWritten(120_000));
        Verification v = log.verify();
        assertTrue(v.intact(), v.toString());
        assertEquals(threads * each, v.entries());
        List<Long> sequences = new ArrayList<>();
        Map<String, Integer> last = new HashMap<>();
        try (Connection c = service(EmbeddedStore.class).connection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT SEQ, TARGET FROM AUDIT.ENTRY ORDER BY SEQ")) {
            while (r.next()) {
                sequences.add(r.getLong(1));
                String[] target = r.getString(2).split("-");
                int i = Integer.parseInt(target[1]);
                assertEquals(last.getOrDefault(target[0], -1) + 1, i, "each thread's entries in its order");
                last.put(target[0], i);
            }
        }
        for (int i = 0; i < sequences.size(); i++) {
            assertEquals(i + 1, sequences.get(i), "no gap, no double");
        }
    }

    @Test
    void anEntryEditedInTheDatabaseFileIsDetectedNamedOnceRecordedAndMarkedInTheExport() throws Exception {
        appendFive(log());
        assertTrue(log().verify().intact());
        tamper("UPDATE AUDIT.ENTRY SET DETAIL = 'nothing happened' WHERE SEQ = 3");
        HashChainAuditLog log = start();

        Verification v = log.verify();
        assertFalse(v.intact());
        assertEquals(List.of(3L), v.broken());
        assertEquals(List.of(), v.missing());
        // The log records what it found, once: another start with the same finding adds nothing.
        AuditRecord recorded = log.latest(1).get(0);
        assertEquals(AuditLog.CHECK_FAILED, recorded.action());
        assertEquals(6, recorded.sequence());
        assertEquals(AuditOutcome.FAILED, recorded.outcome());
        assertTrue(recorded.detail().contains("edited or replaced: 3"), recorded.detail());
        stop();
        log = start();
        assertEquals(6, log.latest(1).get(0).sequence(), "the same finding is recorded once");
        assertEquals(List.of(3L), log.verify().broken());

        List<List<String>> csv = csv(log, Locale.ROOT);
        assertEquals("edited", row(csv, "3").get(10));
        assertEquals("nothing happened", row(csv, "3").get(8));
        assertEquals("ok", row(csv, "4").get(10));
    }

    @Test
    void anEntryRewrittenWithARecomputedHashIsFoundByTheNextEntrysLink() throws Exception {
        appendFive(log());
        stop();
        try (Connection c = raw()) {
            StoredEntry e = read(c, 3);
            StoredEntry forged = new StoredEntry(3, e.epochMillis(), e.user(), e.role(), e.site(), e.action(), e.target(),
                    e.outcome(), "nothing happened", e.previousHash(), null);
            String hash = ChainHash.of(3, e.epochMillis(), e.user(), e.role(), e.site(), e.action(), e.target(),
                    e.outcome(), forged.detail(), e.previousHash());
            try (PreparedStatement u = c.prepareStatement("UPDATE AUDIT.ENTRY SET DETAIL = ?, HASH = ? WHERE SEQ = 3")) {
                u.setString(1, forged.detail());
                u.setString(2, hash);
                u.executeUpdate();
            }
        }
        Verification v = start().verify();
        assertEquals(List.of(3L), v.broken(), "entry 4 still links to the original entry 3");
        assertEquals("replaced", row(csv(log(), Locale.ROOT), "3").get(10));
    }

    @Test
    void theWholeTailRewrittenConsistentlyIsFoundByTheAnchor() throws Exception {
        appendFive(log());
        stop();
        try (Connection c = raw()) {
            String previous = read(c, 2).hash();
            for (long s = 3; s <= 5; s++) {
                StoredEntry e = read(c, s);
                String detail = s == 3 ? "nothing happened" : e.detail();
                String hash = ChainHash.of(s, e.epochMillis(), e.user(), e.role(), e.site(), e.action(), e.target(),
                        e.outcome(), detail, previous);
                try (PreparedStatement u = c.prepareStatement(
                        "UPDATE AUDIT.ENTRY SET DETAIL = ?, PREV_HASH = ?, HASH = ? WHERE SEQ = ?")) {
                    u.setString(1, detail);
                    u.setString(2, previous);
                    u.setString(3, hash);
                    u.setLong(4, s);
                    u.executeUpdate();
                }
                previous = hash;
            }
        }
        Verification v = start().verify();
        assertEquals(List.of(5L), v.broken(), "the newest entry is not the one the anchor remembers");
    }

    @Test
    void aDeletedMiddleEntryIsNamedAsMissing() throws Exception {
        appendFive(log());
        tamper("DELETE FROM AUDIT.ENTRY WHERE SEQ = 3");
        Verification v = start().verify();
        assertEquals(List.of(3L), v.missing());
        assertEquals(List.of(), v.broken(), "the entries around it are intact");
        List<List<String>> csv = csv(log(), Locale.ROOT);
        assertEquals("missing", row(csv, "3").get(10));
    }

    @Test
    void deletedNewestEntriesAreNamedThanksToTheAnchorAndStayVisibleAfterNewEntries() throws Exception {
        appendFive(log());
        tamper("DELETE FROM AUDIT.ENTRY WHERE SEQ >= 4");
        HashChainAuditLog log = start();
        Verification v = log.verify();
        assertEquals(List.of(4L, 5L), v.missing());
        assertEquals(List.of(), v.broken());
        log.append("demo", AuditLog.SITE_SWITCHED, "demo", AuditOutcome.SUCCESS, "");
        assertTrue(log.awaitWritten(10_000));
        assertEquals(7, log.latest(1).get(0).sequence(), "the chain goes on after the deleted ones (6 is the finding)");
        assertEquals(List.of(4L, 5L), log.verify().missing(), "new entries do not cover the gap up");
        assertEquals("4-5", row(csv(log, Locale.ROOT), "4-5").get(0));
    }

    @Test
    void aLostAnchorIsReportedAndRecorded() throws Exception {
        appendFive(log());
        stop();
        Files.delete(data().resolve(Anchor.FILE));
        HashChainAuditLog log = start();
        AuditRecord recorded = log.latest(1).get(0);
        assertEquals(AuditLog.CHECK_FAILED, recorded.action());
        assertTrue(recorded.detail().contains("lost"), recorded.detail());
        assertTrue(log.verify().intact(), "anchored again from the entry that says so");
    }

    private static StoredEntry read(Connection c, long sequence) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT SEQ, ENTRY_TIME, USER_NAME, ROLE_NAME, SITE_ID, ACTION_NAME, "
                + "TARGET, OUTCOME, DETAIL, PREV_HASH, HASH FROM AUDIT.ENTRY WHERE SEQ = ?")) {
            q.setLong(1, sequence);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next());
                return new StoredEntry(r.getLong(1), r.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli(),
                        r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                        r.getString(9), r.getString(10), r.getString(11));
            }
        }
    }

    @Test
    void csvRoundTripsChineseTextCommasQuotesAndLineBreaksAndDefusesFormulas() throws Exception {
        AuditLog log = log();
        String target = "\u75c5\u533a,\"3\"\u53f7";
        String detail = "\u7b2c\u4e00\u884c\n\u7b2c\u4e8c\u884c, \"\u5f15\u53f7\"\r\nthird";
        log.append("\u9662\u533aA", "com.example.lis.export", target, AuditOutcome.SUCCESS, detail);
        log.append("", AuditLog.SITE_CREATED, "=HYPERLINK(\"http://example.com\")", AuditOutcome.REFUSED, "-1+1");
        assertTrue(log().awaitWritten(10_000));

        List<List<String>> rows = csv(log, Locale.ROOT);
        assertEquals(Arrays.asList(AuditCsv.COLUMNS), rows.get(0));
        List<String> first = row(rows, "1");
        assertEquals("\u9662\u533aA", first.get(4));
        assertEquals("com.example.lis.export", first.get(5));
        assertEquals(target, first.get(6));
        assertEquals("\u7b2c\u4e00\u884c\n\u7b2c\u4e8c\u884c, \"\u5f15\u53f7\"\nthird", first.get(8));
        assertEquals("SUCCESS", first.get(7));
        assertEquals("OPERATOR", first.get(3));
        assertEquals("ok", first.get(10));
        assertEquals(64, first.get(9).length());
        assertEquals(Instant.parse(first.get(1)), log.latest(2).get(1).time());
        List<String> second = row(rows, "2");
        assertEquals("'=HYPERLINK(\"http://example.com\")", second.get(6), "a formula is never run by a spreadsheet");
        assertEquals("'-1+1", second.get(8));

        // For people: the header and the codes in Chinese; a vendor's action as it was recorded.
        List<List<String>> zh = csv(log, Locale.SIMPLIFIED_CHINESE);
        assertEquals("\u5e8f\u53f7", zh.get(0).get(0));
        assertTrue(zh.get(0).get(1).startsWith("\u65f6\u95f4"), zh.get(0).get(1));
        assertEquals("com.example.lis.export", row(zh, "1").get(5));
        assertEquals("\u521b\u5efa\u7ad9\u70b9", row(zh, "2").get(5));
        assertEquals("\u5df2\u62d2\u7edd", row(zh, "2").get(7));
        assertEquals("\u5b8c\u597d", row(zh, "2").get(10));

        // As a file: UTF-8 with a byte order mark (so Excel on a Chinese Windows reads it), CRLF between records.
        Path file = Files.createTempFile("audit", ".csv");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            log.exportCsv(out, Locale.SIMPLIFIED_CHINESE);
        }
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n1,") && text.endsWith("\r\n"), text);
        assertEquals(zh, parse(text.substring(1)));
        Files.delete(file);
    }

    @Test
    void longTextsAreCutAndControlCharactersDropped() throws Exception {
        AuditLog log = log();
        log.append("demo", "com.example.x", "a\nb\u0000c" + "t".repeat(500), AuditOutcome.SUCCESS,
                "line 1\nline 2\u0007" + "d".repeat(5000));
        assertTrue(log().awaitWritten(10_000));
        AuditRecord r = log.latest(1).get(0);
        assertEquals(AuditLog.MAX_TARGET, r.target().length());
        assertTrue(r.target().startsWith("a bc") && r.target().endsWith("\u2026"), r.target());
        assertEquals(AuditLog.MAX_DETAIL, r.detail().length());
        assertTrue(r.detail().startsWith("line 1\nline 2d"), r.detail());
        assertEquals("\ud83d\ude00".repeat(2) + "\u2026", HashChainAuditLog.clean("\ud83d\ude00".repeat(5), 6, false),
                "never half a character");
        assertTrue(log.verify().intact());
    }

    @Test
    void entriesAppendedWhileTheDatabaseIsLockedAreKeptAndWrittenWhenItIsFree() throws Exception {
        HashChainAuditLog log = log();
        log.append("demo", AuditLog.SITE_SWITCHED, "before", AuditOutcome.SUCCESS, "");
        assertTrue(log.awaitWritten(10_000));
        disable(STORE, EmbeddedStore.class);
        try (FileChannel channel = FileChannel.open(storeFile(), StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.lock()) {
            enable(STORE); // as if another HisOps held the file
            for (int i = 1; i <= 3; i++) {
                log.append("demo", AuditLog.SWITCH_CHANGED, "while-locked-" + i, AuditOutcome.SUCCESS, "");
            }
            List<AuditRecord> latest = log.latest(4);
            assertEquals(List.of(0L, 0L, 0L), latest.stream().map(AuditRecord::sequence).toList(),
                    "kept in memory and shown, newest first");
            assertEquals("while-locked-3", latest.get(0).target());
            Verification v = log.verify();
            assertFalse(v.checked());
            assertEquals(StoreException.Reason.LOCKED, v.problem().reason());
            assertEquals(3, v.pending());
            assertTrue(assertThrows(java.io.IOException.class, () -> csvText(log)).getMessage().contains("cannot be read"),
                    "an export says it cannot read the log rather than giving part of it");
        }
        assertTrue(log.awaitWritten(60_000), "written by the log's own retry once the file is free");
        Verification v = log.verify();
        assertTrue(v.intact(), v.toString());
        assertEquals(4, v.entries());
        assertEquals(List.of("while-locked-3", "while-locked-2", "while-locked-1", "before"),
                log.latest(4).stream().map(AuditRecord::target).toList());
        assertEquals(List.of(4L, 3L, 2L, 1L), log.latest(4).stream().map(AuditRecord::sequence).toList());
    }

    @Test
    void entriesAppendedWithoutAStoreAreWrittenWhenOneComes() throws Exception {
        HashChainAuditLog log = log();
        disable(STORE, EmbeddedStore.class);
        log.append("demo", AuditLog.SITE_SWITCHED, "no-store-1", AuditOutcome.SUCCESS, "");
        log.append("demo", AuditLog.SITE_SWITCHED, "no-store-2", AuditOutcome.SUCCESS, "");
        Verification v = log.verify();
        assertEquals(StoreException.Reason.ABSENT, v.problem().reason());
        assertEquals(2, v.pending());
        enable(STORE);
        assertTrue(log.awaitWritten(120_000));
        assertTrue(log.verify().intact());
        assertEquals(List.of("no-store-2", "no-store-1"), log.latest(2).stream().map(AuditRecord::target).toList());
    }

    @Test
    void entriesStillWaitingWhenTheLogStopsAreKeptAndWrittenAtTheNextStart() throws Exception {
        HashChainAuditLog log = log();
        disable(STORE, EmbeddedStore.class);
        log.append("demo", AuditLog.SITE_SWITCHED, "kept-1", AuditOutcome.SUCCESS, "\u7b2c\u4e00");
        log.append("demo", AuditLog.SITE_SWITCHED, "kept-2", AuditOutcome.REFUSED, "");
        Instant first = log.latest(2).get(1).time();
        disable(LOG, AuditLog.class);
        assertTrue(Files.isRegularFile(data().resolve(Spool.FILE)), "kept in the data folder");
        enable(STORE);
        enable(LOG);
        HashChainAuditLog again = log();
        assertTrue(again.awaitWritten(120_000));
        assertFalse(Files.exists(data().resolve(Spool.FILE)), "removed once written");
        List<AuditRecord> latest = again.latest(2);
        assertEquals(List.of("kept-2", "kept-1"), latest.stream().map(AuditRecord::target).toList());
        assertEquals(first, latest.get(1).time(), "with the time it happened");
        assertEquals("\u7b2c\u4e00", latest.get(1).detail());
        assertEquals(AuditOutcome.REFUSED, latest.get(0).outcome());
        assertTrue(again.verify().intact());
    }

    @Test
    void aDamagedDatabaseLeavesTheLogWorkingInMemory() throws Exception {
        appendFive(log());
        stop();
        Path file = storeFile();
        Path kept = file.resolveSibling("kept-by-test.bin");
        Files.move(file, kept);
        byte[] garbage = new byte[32 * 1024];
        new java.util.Random(3).nextBytes(garbage);
        Files.write(file, garbage);
        enable(STORE);
        enable(LOG);
        HashChainAuditLog log = log();
        log.append("demo", AuditLog.SITE_SWITCHED, "after-damage", AuditOutcome.SUCCESS, "");
        Verification v = log.verify();
        assertEquals(StoreException.Reason.DAMAGED, v.problem().reason());
        assertEquals("after-damage", log.latest(1).get(0).target());
        stop();
        assertArrayEquals(garbage, Files.readAllBytes(file), "the damaged file is left as it was");
        Files.move(kept, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        HashChainAuditLog restored = start();
        assertEquals("after-damage", restored.latest(1).get(0).target(), "kept across the stop and written now");
        assertEquals(6, restored.latest(1).get(0).sequence());
        assertTrue(restored.verify().intact());
    }

    private static String csvText(AuditLog log) throws Exception {
        StringWriter out = new StringWriter();
        log.exportCsv(out);
        return out.toString();
    }

    private static List<List<String>> csv(AuditLog log, Locale locale) throws Exception {
        StringWriter out = new StringWriter();
        log.exportCsv(out, locale);
        String text = out.toString();
        assertTrue(text.startsWith("\uFEFF"), "byte order mark first");
        return parse(text.substring(1));
    }

    private static List<String> row(List<List<String>> rows, String sequence) {
        return rows.stream().filter(r -> r.get(0).equals(sequence)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + sequence + " in " + rows));
    }

    /** RFC 4180, strictly: CRLF between records, quoted fields with doubled quotes. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                assertEquals(0, field.length(), "a quote opens a field");
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r') {
                assertEquals('\n', text.charAt(i + 1), "records end with CRLF");
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                assertTrue(c != '\n', "a bare line break outside quotes");
                field.append(c);
            }
        }
        assertFalse(quoted);
        assertEquals(0, field.length() + row.size(), "the last record ends with CRLF");
        return rows;
    }
}
