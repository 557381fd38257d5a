package org.hisops.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.CapabilitySwitches;
import org.hisops.platform.core.tests.fixtures.Administrator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A switch an operator may not change is audited once, by the switch board (site, capability, on/off), not a second
 * time by the administrator check it goes through; an administrator's change is audited once too.
 */
class SwitchBoardAuditTest {

    /** One {@link AuditLog#append} call. */
    record Entry(String siteId, String action, String target, AuditOutcome outcome, String detail) {
    }

    private static final String SITE = "audit-once";
    private static final String CAPABILITY = "org.hisops.test.audit-once";

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private BundleContext context;
    private ServiceRegistration<AuditLog> registration;
    private AccessControl access;
    private CapabilitySwitches switches;

    @BeforeEach
    void recordTheAudit() {
        context = FrameworkUtil.getBundle(SwitchBoardAuditTest.class).getBundleContext();
        AuditLog recording = (AuditLog) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] { AuditLog.class }, (proxy, method, args) -> {
                    if (method.getName().equals("append")) {
                        entries.add(new Entry((String) args[0], (String) args[1], (String) args[2],
                                (AuditOutcome) args[3], (String) args[4]));
                        return null;
                    }
                    if (method.getName().equals("hashCode")) {
                        return System.identityHashCode(proxy);
                    }
                    if (method.getName().equals("equals")) {
                        return proxy == args[0];
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, Integer.MAX_VALUE); // the greedy references take it at once
        registration = context.registerService(AuditLog.class, recording, properties);
        access = context.getService(context.getServiceReference(AccessControl.class));
        switches = context.getService(context.getServiceReference(CapabilitySwitches.class));
    }

    @AfterEach
    void stopRecording() {
        access.signOut();
        registration.unregister();
    }

    @Test
    void anOperatorsRefusedSwitchIsOneEntryNamingTheSiteAndTheSwitch() {
        access.signOut();
        entries.clear();
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> switches.setEnabled(SITE, CAPABILITY, false));
        assertEquals(AccessDeniedException.Reason.NOT_ADMINISTRATOR, denied.reason());
        assertEquals(List.of(new Entry(SITE, AuditLog.SWITCH_CHANGED, CAPABILITY + "=off", AuditOutcome.REFUSED,
                "NOT_ADMINISTRATOR")), entries);
    }

    @Test
    void anAdministratorsSwitchIsOneEntryToo() throws Exception {
        Administrator.signIn(access);
        entries.clear();
        try {
            switches.setEnabled(SITE, CAPABILITY, false);
            assertEquals(List.of(new Entry(SITE, AuditLog.SWITCH_CHANGED, CAPABILITY + "=off", AuditOutcome.SUCCESS,
                    "")), entries);
        } finally {
            switches.setEnabled(SITE, CAPABILITY, true);
        }
    }
}
