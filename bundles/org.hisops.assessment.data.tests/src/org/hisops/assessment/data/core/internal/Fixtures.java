package org.hisops.assessment.data.core.internal;

import java.io.IOException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ChangeWork;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbVersion;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.ProbeResult;
import org.hisops.db.api.RoleHint;
import org.hisops.db.api.RowMapper;
import org.hisops.db.api.Session;
import org.hisops.db.api.SessionWork;
import org.hisops.db.api.Sql;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.SiteSettings;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The real services of the test runtime, emulated endpoints, and a DatabaseSessions that records every statement. */
final class Fixtures {

    private Fixtures() {
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Fixtures.class).getBundleContext();
        for (long end = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < end; Thread.sleep(50)) {
            ServiceReference<T> reference = context.getServiceReference(type);
            if (reference != null) {
                T service = context.getService(reference);
                if (service != null) {
                    return service;
                }
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " service");
    }

    /** An emulated Oracle endpoint (hisops with SELECT_CATALOG_ROLE, or SYS AS SYSDBA). */
    static Endpoint oracle(String id, String site, String scenario, boolean sysdba) throws Exception {
        service(CredentialStore.class).store(id, "hisops-demo".toCharArray());
        return new Endpoint(id, site, id, "HIS", Engine.ORACLE, "his-db1", 1521, AddressKind.SERVICE_NAME, "HIS",
                sysdba ? "sys" : "hisops", sysdba ? ConnectRole.SYSDBA : ConnectRole.NORMAL, RoleHint.PRIMARY, null, 2, 5,
                30, scenario);
    }

    /** Site settings held in a map (the real ones need an administrator for every change). */
    static final class MapSettings implements SiteSettings {
        final Map<String, String> values = new HashMap<>();

        @Override
        public Optional<String> get(String siteId, String key) {
            return Optional.ofNullable(values.get(siteId + "/" + key));
        }

        @Override
        public Map<String, String> all(String siteId) {
            return Map.of();
        }

        @Override
        public void set(String siteId, String key, String value) throws IOException {
            values.put(siteId + "/" + key, value);
        }

        @Override
        public CapabilityRegistry.Registration addListener(Runnable listener) {
            return () -> { };
        }
    }

    /** The real broker, with every statement's text recorded before it is sent. */
    static final class RecordingSessions implements DatabaseSessions {
        final DatabaseSessions real;
        final List<String> sent = new CopyOnWriteArrayList<>();

        RecordingSessions(DatabaseSessions real) {
            this.real = real;
        }

        @Override
        public ProbeResult probe(Endpoint endpoint, Cancellation cancellation) throws DatabaseException {
            return real.probe(endpoint, cancellation);
        }

        @Override
        public <T> T read(Endpoint endpoint, SessionWork<T> work, Cancellation cancellation) throws DatabaseException {
            return real.read(endpoint, s -> work.run(new Session() {
                @Override
                public Endpoint endpoint() {
                    return s.endpoint();
                }

                @Override
                public DbVersion serverVersion() {
                    return s.serverVersion();
                }

                @Override
                public Sql sql(String id) {
                    return s.sql(id);
                }

                @Override
                public <R> List<R> query(Sql sql, RowMapper<R> mapper, Object... parameters) throws SQLException {
                    sent.add(sql.text());
                    return s.query(sql, mapper, parameters);
                }

                @Override
                public <R> Optional<R> queryFirst(Sql sql, RowMapper<R> mapper, Object... parameters)
                        throws SQLException {
                    sent.add(sql.text());
                    return s.queryFirst(sql, mapper, parameters);
                }
            }), cancellation);
        }

        @Override
        public <T> T change(Endpoint endpoint, String purpose, ChangeWork<T> work, Cancellation cancellation)
                throws DatabaseException {
            return real.change(endpoint, purpose, work, cancellation);
        }

        @Override
        public int openSessions(String endpointId) {
            return real.openSessions(endpointId);
        }

        @Override
        public void forget(String endpointId) {
            real.forget(endpointId);
        }
    }

    static DataAssessmentComponent data(DatabaseSessions sessions, SiteSettings settings) throws InterruptedException {
        DataAssessmentComponent c = new DataAssessmentComponent(sessions);
        c.setStore(service(EmbeddedStore.class));
        c.setSettings(settings);
        return c;
    }

    static PerformanceBaselinesComponent perf(DatabaseSessions sessions, SiteSettings settings)
            throws InterruptedException {
        PerformanceBaselinesComponent c = new PerformanceBaselinesComponent(sessions);
        c.setStore(service(EmbeddedStore.class));
        c.setSettings(settings);
        return c;
    }
}
