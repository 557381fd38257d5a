package org.hisops.cli.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hisops.cli.api.ExitCodes;
import org.hisops.db.api.Cancellation;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.CapabilitySwitches;
import org.hisops.platform.api.SiteDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The real {@code copy} and {@code verify} commands on a site whose migration capability an administrator switched
 * off: exit 69 with the platform's reason in the reader's language, before any database or password is asked for,
 * and one audit entry per refusal (the gate's; the registry only answers).
 */
class CapabilityGateTest {

    /** One {@link AuditLog#append} call. */
    record Entry(String siteId, String action, String target, AuditOutcome outcome, String detail) {
    }

    private static final String MIGRATION = "org.hisops.migration";
    private static final String PASSWORD = "cli-gate-Pa55";

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private BundleContext context;
    private ServiceRegistration<AuditLog> registration;
    private AccessControl access;
    private CapabilitySwitches switches;
    private String siteId;

    @BeforeEach
    void switchMigrationOff() throws Exception {
        context = FrameworkUtil.getBundle(CapabilityGateTest.class).getBundleContext();
        AuditLog recording = (AuditLog) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { AuditLog.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "append" -> {
                        entries.add(new Entry((String) args[0], (String) args[1], (String) args[2],
                                (AuditOutcome) args[3], (String) args[4]));
                        yield null;
                    }
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Hashtable<String, Object> ranking = new Hashtable<>();
        ranking.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE);
        registration = context.registerService(AuditLog.class, recording, ranking);
        access = service(AccessControl.class);
        switches = service(CapabilitySwitches.class);
        if (access.passwordSet()) {
            access.signIn(PASSWORD.toCharArray());
        } else {
            access.setPassword(null, PASSWORD.toCharArray());
        }
        siteId = service(SiteDirectory.class).create("Gate " + System.nanoTime()).id();
        switches.setEnabled(siteId, MIGRATION, false);
        access.signOut();
        entries.clear();
    }

    @AfterEach
    void switchBackOn() throws Exception {
        access.signIn(PASSWORD.toCharArray());
        try {
            switches.setEnabled(siteId, MIGRATION, true);
            service(SiteDirectory.class).delete(siteId);
        } finally {
            access.signOut();
            registration.unregister();
        }
    }

    @Test
    void copyIsRefusedWith69AndAuditedOnce() {
        Result r = run(Locale.SIMPLIFIED_CHINESE, "copy", "--site", siteId, "--source", "his-ora", "--source-schema",
                "HIS", "--target", "his-pg", "--target-schema", "his", "--confirm", "his", "--admin-password-stdin");
        assertEquals(ExitCodes.UNAVAILABLE, r.code(), r.err());
        assertTrue(r.err().contains(MIGRATION) && r.err().contains("\u5df2\u88ab\u5173\u95ed"), r.err());
        assertTrue(r.out().isEmpty(), r.out());
        assertEquals(List.of(new Entry(siteId, CapabilityGate.AUDIT_ACTION, MIGRATION, AuditOutcome.REFUSED,
                "hisops-cli copy: SWITCHED_OFF")), entries);
    }

    @Test
    void verifyIsRefusedWith69AndAuditedOnce() {
        Result r = run(Locale.ENGLISH, "verify", "--site", siteId, "--source", "his-ora", "--target", "his-pg",
                "HIS.PATIENT=his.patient");
        assertEquals(ExitCodes.UNAVAILABLE, r.code(), r.err());
        assertTrue(r.err().contains(MIGRATION) && r.err().contains("switched off"), r.err());
        assertEquals(List.of(new Entry(siteId, CapabilityGate.AUDIT_ACTION, MIGRATION, AuditOutcome.REFUSED,
                "hisops-cli verify: SWITCHED_OFF")), entries);
    }

    private record Result(int code, String out, String err) {
    }

    private Result run(Locale locale, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // the password a script would pipe in: never read, the refusal comes first
        ByteArrayInputStream in = new ByteArrayInputStream((PASSWORD + "\n").getBytes(StandardCharsets.UTF_8));
        try (Cli cli = new Cli(context, in, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), locale, Path.of("."), new Cancellation(),
                30_000)) {
            int code = cli.run(List.of(args));
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private <S> S service(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        S service = tracker.waitForService(30_000);
        assertNotNull(service, type.getSimpleName());
        return service;
    }
}
