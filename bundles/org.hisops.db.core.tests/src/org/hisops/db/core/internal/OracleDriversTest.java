package org.hisops.db.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.DbVersion;
import org.hisops.db.api.DriverProvider;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The two Oracle driver lines side by side in one framework: each provider loads its own driver from its own
 * wrapped bundle, the server version decides which one is used, and the real thin drivers' network failures are
 * told apart. (No Oracle server runs here; login errors are covered by the stand-in's tests.)
 */
class OracleDriversTest {

    private final BundleContext context = FrameworkUtil.getBundle(OracleDriversTest.class).getBundleContext();

    private List<DriverProvider> oracleProviders() throws Exception {
        List<DriverProvider> providers = new ArrayList<>();
        for (ServiceReference<DriverProvider> ref : context.getServiceReferences(DriverProvider.class, null)) {
            DriverProvider p = context.getService(ref);
            if (p.description().startsWith("Oracle")) {
                providers.add(p);
            }
        }
        return providers;
    }

    private static Endpoint oracle(String host, int port) {
        return Endpoint.of("ora-" + host + port, "test", "HIS", "HIS", Engine.ORACLE, host, port,
                AddressKind.SERVICE_NAME, "his", "hisops").withLimits(1, 3, 5);
    }

    @Test
    void bothLinesAreInstalledAndTheVersionChoosesBetweenThem() throws Exception {
        List<DriverProvider> providers = oracleProviders();
        assertEquals(2, providers.size(), "the 19c and the 11.2.0.4 driver providers");
        Endpoint e = oracle("db", 1521);
        DriverProvider driver19 = providers.stream().filter(p -> p.description().contains("19c")).findFirst().orElseThrow();
        DriverProvider driver11 = providers.stream().filter(p -> p.description().contains("11.2.0.4")).findFirst().orElseThrow();
        assertTrue(driver19.accepts(e, null) && driver11.accepts(e, null), "unknown version: both may try");
        assertTrue(driver11.accepts(e, DbVersion.parse("10.2.0.5")) && !driver19.accepts(e, DbVersion.parse("10.2.0.5")),
                "10g is reached with the 11.2.0.4 driver only");
        assertTrue(driver19.accepts(e, DbVersion.parse("11.2.0.4")) && !driver11.accepts(e, DbVersion.parse("11.2.0.4")),
                "11.2.0.4 and later with the 19c driver");
        assertTrue(driver11.accepts(e, DbVersion.parse("11.2.0.3")), "11.2 before 11.2.0.4 is not supported by 19c");
        assertTrue(!driver19.accepts(e.withEmulation("his-10g"), null), "emulated endpoints go to the stand-in");
    }

    @Test
    void eachLineLoadsItsOwnDriverClass() throws Exception {
        Class<?> c19 = bundle("wrapped.com.oracle.database.jdbc.ojdbc8").loadClass("oracle.jdbc.OracleDriver");
        Class<?> c11 = bundle("wrapped.com.oracle.database.jdbc.ojdbc6").loadClass("oracle.jdbc.OracleDriver");
        assertTrue(c19 != c11, "two drivers with the same class name, each from its own bundle");
        assertEquals(19, ((java.sql.Driver) c19.getConstructor().newInstance()).getMajorVersion());
        assertEquals(11, ((java.sql.Driver) c11.getConstructor().newInstance()).getMajorVersion());
    }

    @Test
    void theThinDriversNetworkFailuresAreToldApart() throws Exception {
        BundleContext ctx = context;
        DatabaseSessions sessions = ctx.getService(ctx.getServiceReference(DatabaseSessions.class));
        CredentialStore credentials = ctx.getService(ctx.getServiceReference(CredentialStore.class));
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        for (String version : new String[] { "11.2.0.4", "10.2.0.5" }) { // the 19c driver, then the 11.2.0.4 one
            Endpoint refused = oracle("127.0.0.1", closedPort).withDeclaredVersion(version);
            credentials.store(refused.id(), "x".toCharArray());
            DatabaseException e = assertThrows(DatabaseException.class, () -> sessions.probe(refused, Cancellation.none()));
            assertEquals(DbProblem.LISTENER_DOWN, e.problem(), version + ": " + e.getMessage());

            Endpoint unknown = oracle("no-such-host.invalid", 1521).withDeclaredVersion(version);
            credentials.store(unknown.id(), "x".toCharArray());
            DatabaseException u = assertThrows(DatabaseException.class, () -> sessions.probe(unknown, Cancellation.none()));
            assertEquals(DbProblem.UNKNOWN_HOST, u.problem(), version + ": " + u.getMessage());
        }
    }

    private org.osgi.framework.Bundle bundle(String symbolicName) {
        for (org.osgi.framework.Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(symbolicName + " is not installed");
    }
}
