package org.hisops.db.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Dictionary;
import java.util.Hashtable;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbVersion;
import org.hisops.db.api.DriverProvider;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.ProbeResult;
import org.hisops.db.postgres.embedded.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/** The database layer's guards: no work on the UI thread, and a vendor's driver taking over through the SPI. */
class SafetyGuardsTest {

    @TempDir
    Path temp;

    private final BundleContext context = FrameworkUtil.getBundle(SafetyGuardsTest.class).getBundleContext();
    private final DatabaseSessions sessions = context.getService(context.getServiceReference(DatabaseSessions.class));
    private final CredentialStore credentials = context.getService(context.getServiceReference(CredentialStore.class));

    @Test
    void databaseWorkOnTheUiThreadIsRefused() throws Exception {
        Endpoint endpoint = Endpoint.of("ui-thread", "test", "x", "HIS", Engine.POSTGRESQL, "127.0.0.1", 1,
                AddressKind.DATABASE, "his", "hisops");
        System.setProperty(DatabaseSessions.UI_THREAD_PROPERTY, Long.toString(Thread.currentThread().threadId()));
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> sessions.probe(endpoint, Cancellation.none()));
            assertTrue(e.getMessage().contains("UI thread"));
        } finally {
            System.clearProperty(DatabaseSessions.UI_THREAD_PROPERTY);
        }
    }

    @Test
    void aVendorsKingbaseDriverWithAHigherRankingTakesOver() throws Exception {
        try (PostgresServer server = PostgresServer.builder(temp.resolve("kb"), "kingbase").superuserPassword("su")
                .build().start()) {
            server.createUser("hisops", "pw");
            DriverProvider pgjdbc = context.getServiceReferences(DriverProvider.class, null).stream()
                    .map(context::getService).filter(p -> p.description().startsWith("PostgreSQL JDBC")).findFirst()
                    .orElseThrow();
            // A vendor bundle's driver: here it speaks through pgjdbc, but it is chosen by ranking, not by name.
            DriverProvider vendor = new DriverProvider() {
                @Override
                public String description() {
                    return "KingbaseES JDBC (vendor)";
                }

                @Override
                public boolean accepts(Endpoint endpoint, DbVersion version) {
                    return endpoint.engine() == Engine.KINGBASE;
                }

                @Override
                public Connection connect(Endpoint endpoint, char[] password, int timeout) throws SQLException {
                    return pgjdbc.connect(endpoint, password, timeout);
                }
            };
            Dictionary<String, Object> props = new Hashtable<>();
            props.put(Constants.SERVICE_RANKING, 50);
            ServiceRegistration<DriverProvider> registration = context.registerService(DriverProvider.class, vendor, props);
            try {
                Endpoint kingbase = Endpoint.of("kingbase", "test", "LIS", "LIS", Engine.KINGBASE, "127.0.0.1",
                        server.port(), AddressKind.DATABASE, "postgres", "hisops");
                credentials.store("kingbase", "pw".toCharArray());
                ProbeResult r = sessions.probe(kingbase, Cancellation.none());
                assertEquals("KingbaseES JDBC (vendor)", r.driver());
                Endpoint postgres = Endpoint.of("pg-not-kingbase", "test", "HIS", "HIS", Engine.POSTGRESQL,
                        "127.0.0.1", server.port(), AddressKind.DATABASE, "postgres", "hisops");
                credentials.store("pg-not-kingbase", "pw".toCharArray());
                assertTrue(sessions.probe(postgres, Cancellation.none()).driver().startsWith("PostgreSQL JDBC"),
                        "PostgreSQL endpoints keep pgjdbc");
            } finally {
                registration.unregister();
            }
        }
    }
}
