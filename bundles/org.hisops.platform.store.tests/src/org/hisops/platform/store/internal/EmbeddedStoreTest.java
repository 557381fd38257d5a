package org.hisops.platform.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.StoreException;
import org.hisops.platform.api.StoreException.Reason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The embedded store in a running framework: schema scripts applied once and in order, recorded with checksums, a
 * changed script refused; a database held by another process reported as locked and used again once it is free; a
 * damaged file reported and left untouched; the database closed when the component stops.
 */
class EmbeddedStoreTest {

    private static BundleContext context() {
        return FrameworkUtil.getBundle(EmbeddedStoreTest.class).getBundleContext();
    }

    private static Bundle bundle() {
        return FrameworkUtil.getBundle(EmbeddedStoreTest.class);
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

    private static ComponentDescriptionDTO component() throws InterruptedException {
        return service(ServiceComponentRuntime.class).getComponentDescriptionDTO(bundle(), H2Store.class.getName());
    }

    private static void stopStore() throws Exception {
        service(ServiceComponentRuntime.class).disableComponent(component()).getValue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (context().getServiceReference(EmbeddedStore.class) != null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static EmbeddedStore startStore() throws Exception {
        service(ServiceComponentRuntime.class).enableComponent(component()).getValue();
        return service(EmbeddedStore.class);
    }

    @AfterEach
    void storeRunsAgain() throws Exception {
        ServiceComponentRuntime scr = service(ServiceComponentRuntime.class);
        if (!scr.isComponentEnabled(component())) {
            scr.enableComponent(component()).getValue();
        }
    }

    private static List<String> wards(EmbeddedStore store) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = store.connection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT NAME FROM TESTOWNER.WARD ORDER BY ID")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    private static List<String> versions(EmbeddedStore store, String owner) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = store.connection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT VERSION, SCRIPT, CHECKSUM FROM HISOPS_SCHEMA_VERSION WHERE OWNER = '"
                        + owner + "' ORDER BY VERSION")) {
            while (r.next()) {
                rows.add(r.getInt(1) + " " + r.getString(2) + " " + r.getString(3));
            }
        }
        return rows;
    }

    @Test
    void anOwnersConnectionComesWithItsSchemaUpToDate() throws Exception {
        EmbeddedStore store = service(EmbeddedStore.class);
        try (Connection c = store.connection("connowner", bundle(), "test-schema/conn")) {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM CONNOWNER.NOTE")) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
        try (Connection c = store.connection("connowner", bundle(), "test-schema/conn")) {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM CONNOWNER.NOTE")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "the script ran once");
            }
        }
        assertEquals(1, versions(store, "connowner").size());
    }

    @Test
    void scriptsAreAppliedOnceInOrderRecordedWithTheirChecksumsAndNeverChanged() throws Exception {
        EmbeddedStore store = service(EmbeddedStore.class);
        assertEquals(1, store.migrate("testowner", bundle(), "test-schema/v1"));
        assertEquals(List.of("Ward 1; east wing -- 'new'"), wards(store), "quotes, ; and -- inside a string are text");
        assertEquals(1, store.migrate("testowner", bundle(), "test-schema/v1"), "applied once");
        assertEquals(1, wards(store).size(), "not run again");

        // The owner's bundle is updated with a second script: only that one runs.
        assertEquals(2, store.migrate("testowner", bundle(), "test-schema/v2"));
        assertEquals(List.of("Ward 1; east wing -- 'new'", "\u75c5\u533a\u4e8c"), wards(store));
        List<String> recorded = versions(store, "testowner");
        assertEquals(2, recorded.size());
        // (the scripts are in this test fragment: findEntries sees fragments, getEntry does not)
        String v1 = SchemaScript.sha256(new String(bundle().findEntries("test-schema/v1", "V1__ward.sql", false)
                .nextElement().openStream().readAllBytes(), StandardCharsets.UTF_8));
        assertEquals("1 V1__ward.sql " + v1, recorded.get(0));
        assertTrue(recorded.get(1).startsWith("2 V2__beds.sql "), recorded.toString());

        // A restart of the store does not apply anything again.
        stopStore();
        store = startStore();
        assertEquals(2, store.migrate("testowner", bundle(), "test-schema/v2"));
        assertEquals(2, wards(store).size());
        assertEquals(recorded, versions(store, "testowner"));

        // A script changed after it was applied is refused, and nothing after it runs.
        List<String> before = versions(store, "testowner");
        EmbeddedStore restarted = store;
        StoreException e = assertThrows(StoreException.class,
                () -> restarted.migrate("testowner", bundle(), "test-schema/changed"));
        assertEquals(Reason.SCRIPT_CHANGED, e.reason());
        assertTrue(e.getMessage().contains("V1__ward.sql") && e.getMessage().contains("changed after it was applied"),
                e.getMessage());
        assertEquals(before, versions(store, "testowner"), "nothing recorded");
        assertEquals(2, wards(store).size(), "V3 after the changed script did not run");
        assertTrue(store.problem().isEmpty(), "one owner's script is not a problem of the store");
    }

    @Test
    void lineEndingsAndAByteOrderMarkAreNoChange() throws Exception {
        String lf = "CREATE TABLE T (ID INT);\nINSERT INTO T VALUES (1);\n";
        SchemaScript unix = SchemaScript.of("V1__t.sql", lf.getBytes(StandardCharsets.UTF_8));
        SchemaScript windows = SchemaScript.of("V1__t.sql", ("\uFEFF" + lf.replace("\n", "\r\n")).getBytes(StandardCharsets.UTF_8));
        assertEquals(unix.checksum(), windows.checksum());
        assertEquals(unix.statements(), windows.statements());
        SchemaScript edited = SchemaScript.of("V1__t.sql", lf.replace("(1)", "(2)").getBytes(StandardCharsets.UTF_8));
        assertFalse(unix.checksum().equals(edited.checksum()));
    }

    @Test
    void statementsAreSplitOutsideQuotesAndComments() {
        assertEquals(List.of("-- a; b\nCREATE TABLE \"A;B\" (X VARCHAR(9) DEFAULT 'x;''y')", "/* ; */ SELECT 1"),
                SchemaScript.split("-- a; b\nCREATE TABLE \"A;B\" (X VARCHAR(9) DEFAULT 'x;''y');\n/* ; */ SELECT 1;\n-- end;\n"));
        assertEquals(List.of(), SchemaScript.split("-- only a comment\n;\n  ;"));
    }

    @Test
    void misnumberedOrMisnamedScriptsAreRefused() throws Exception {
        EmbeddedStore store = service(EmbeddedStore.class);
        StoreException gap = assertThrows(StoreException.class, () -> store.migrate("gapowner", bundle(), "test-schema/gap"));
        assertEquals(Reason.SCRIPT_INVALID, gap.reason());
        assertTrue(gap.getMessage().contains("V3__c.sql"), gap.getMessage());
        assertEquals(List.of(), versions(store, "gapowner"), "nothing applied");
        assertEquals(Reason.SCRIPT_INVALID, assertThrows(StoreException.class,
                () -> SchemaScript.of("1_create.sql", new byte[0])).reason());
        assertEquals(Reason.SCRIPT_INVALID, assertThrows(StoreException.class,
                () -> store.migrate("noowner", bundle(), "test-schema/none")).reason());
        assertThrows(IllegalArgumentException.class, () -> store.migrate("bad owner'", bundle(), "test-schema/v1"));
    }

    @Test
    void aFailingScriptIsRolledBackAndNotRecorded() throws Exception {
        EmbeddedStore store = service(EmbeddedStore.class);
        StoreException e = assertThrows(StoreException.class, () -> store.migrate("failowner", bundle(), "test-schema/failing"));
        assertEquals(Reason.SCRIPT_FAILED, e.reason());
        assertTrue(e.getMessage().contains("V1__half.sql, statement 4 of 4"), e.getMessage());
        assertEquals(List.of(), versions(store, "failowner"));
        try (Connection c = store.connection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM FAILOWNER.T")) {
            r.next();
            assertEquals(0, r.getInt(1), "the rows of the failed script were rolled back");
        }
        // Tried again (for instance at the next start): the same failure, still nothing recorded.
        assertEquals(Reason.SCRIPT_FAILED, assertThrows(StoreException.class,
                () -> store.migrate("failowner", bundle(), "test-schema/failing")).reason());
    }

    /**
     * A second HisOps on the same data folder is another process holding the database: here a plain H2 shell in
     * its own JVM. The store says so, keeps working as soon as the other process is gone, and the other process,
     * while the store has the database, is refused in turn.
     */
    @Test
    void aDatabaseHeldByAnotherProcessIsReportedAsLockedAndUsedAgainWhenFree() throws Exception {
        EmbeddedStore store = service(EmbeddedStore.class);
        try (Connection c = store.connection()) {
            assertTrue(c.isValid(5));
        }
        Path file = store.file();
        String url = "jdbc:h2:file:" + file.toString().replaceAll("\\.mv\\.db$", "") + ";IFEXISTS=TRUE";

        // While this store has the database, another process cannot open it.
        Process refused = shell(url, "SELECT 1;\n");
        assertTrue(refused.waitFor(60, TimeUnit.SECONDS));
        String said = new String(refused.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(said.contains("90020"), "the other process is told the database is in use: " + said);

        stopStore();
        Process other = shell(url, null); // keeps the database open until its input ends
        try {
            waitUntilLocked(file, other);
            EmbeddedStore second = startStore();
            StoreException locked = assertThrows(StoreException.class, second::connection);
            assertEquals(Reason.LOCKED, locked.reason());
            assertTrue(locked.getMessage().contains("another HisOps"), locked.getMessage());
            assertEquals(Reason.LOCKED, second.problem().orElseThrow().reason());
            assertEquals(file, locked.file());
        } finally {
            other.getOutputStream().close();
            assertTrue(other.waitFor(60, TimeUnit.SECONDS), "the shell ends with its input");
        }
        EmbeddedStore again = service(EmbeddedStore.class);
        try (Connection c = again.connection()) {
            assertTrue(c.isValid(5));
        }
        assertTrue(again.problem().isEmpty(), "the problem is over");
    }

    private static Process shell(String url, String input) throws IOException {
        // The bundle's location, e.g. initial@reference:file:../../h2.jar, relative to the install area.
        String location = FrameworkUtil.getBundle(org.h2.api.ErrorCode.class).getLocation();
        String path = location.replaceFirst("^initial@", "").replaceFirst("^reference:", "").replaceFirst("^file:", "");
        Path jar = Path.of(path);
        if (!jar.isAbsolute()) {
            jar = Path.of(java.net.URI.create(System.getProperty("osgi.install.area"))).resolve(path).normalize();
        }
        assertTrue(Files.isRegularFile(jar), "the H2 jar for a second process: " + location + " -> " + jar);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                jar.toString(),
                "org.h2.tools.Shell", "-url", url, "-user", H2Store.USER, "-password", "").redirectErrorStream(true).start();
        if (input != null) {
            try (OutputStream in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    private static void waitUntilLocked(Path file, Process holder) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(holder.isAlive(), () -> "the other process ended: " + output(holder));
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock()) {
                if (lock == null) {
                    return;
                }
            } catch (OverlappingFileLockException e) {
                throw new AssertionError("this JVM still holds the database", e);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the other process did not open the database");
    }

    private static String output(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Test
    void aDamagedFileIsReportedTheComponentStaysAndTheFileIsLeftUntouched() throws Exception {
        EmbeddedStore store = service(EmbeddedStore.class);
        store.connection().close();
        Path file = store.file();
        Path kept = file.resolveSibling("kept-by-test.mv.db");
        stopStore();
        Files.move(file, kept, StandardCopyOption.REPLACE_EXISTING);
        byte[] damaged = new byte[64 * 1024];
        new Random(7).nextBytes(damaged);
        Files.write(file, damaged);
        try {
            EmbeddedStore broken = startStore();
            StoreException e = assertThrows(StoreException.class, broken::connection);
            assertEquals(Reason.DAMAGED, e.reason());
            assertEquals(Reason.DAMAGED, assertThrows(StoreException.class,
                    () -> broken.migrate("testowner", bundle(), "test-schema/v1")).reason());
            assertEquals(Reason.DAMAGED, broken.problem().orElseThrow().reason());
            assertNotNull(context().getServiceReference(EmbeddedStore.class), "the service stays registered");
            stopStore();
            assertArrayEquals(damaged, Files.readAllBytes(file), "the damaged file was not touched");
        } finally {
            stopStore();
            Files.move(kept, file, StandardCopyOption.REPLACE_EXISTING);
        }
        try (Connection c = startStore().connection()) {
            assertTrue(c.isValid(5), "the restored file opens again");
        }
    }

    @Test
    void stoppingTheStoreClosesTheDatabaseEvenWithAConnectionStillLent() throws Exception {
        EmbeddedStore store = service(EmbeddedStore.class);
        Connection lent = store.connection();
        Path file = store.file();
        stopStore();
        assertEquals(Reason.CLOSED, assertThrows(StoreException.class, store::connection).reason());
        assertThrows(SQLException.class, () -> {
            try (Statement s = lent.createStatement()) {
                s.executeQuery("SELECT 1");
            }
        }, "the lent connection no longer reaches the database");
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            assertNotNull(lock, "nothing holds the file any more");
        }
        lent.close();
        try (Connection c = startStore().connection()) {
            assertTrue(c.isValid(5));
        }
    }
}
