package org.hisops.platform.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.CapabilityRefusedException;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.CapabilitySwitches;
import org.hisops.platform.core.tests.fixtures.Administrator;
import org.hisops.platform.core.tests.fixtures.TestBundles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Per-site switches: a capability switched off for a site is gone for that site and refused headless with its
 * reason, still there for another site, and stays off when Configuration Admin and the platform restart; only an
 * administrator may switch, and the administration capabilities cannot be switched off.
 */
class CapabilitySwitchesTest {

    private static final String CAPABILITY = "test.switches.capability";
    private static final String FIXED = "test.switches.fixed";

    @TempDir
    static Path temp;
    private static Bundle fixture;
    private static Bundle fixedFixture;

    /** Fresh each time: the restart test stops this fragment's host, which invalidates its old context. */
    private static BundleContext context() {
        return FrameworkUtil.getBundle(CapabilitySwitchesTest.class).getBundleContext();
    }

    private <T> T service(Class<T> type) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            BundleContext context = context();
            if (context == null) {
                Thread.sleep(20);
                continue;
            }
            ServiceReference<T> ref = context.getServiceReference(type);
            if (ref != null) {
                T s = context.getService(ref);
                if (s != null) {
                    return s;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no " + type.getSimpleName());
    }

    @BeforeEach
    void installFixturesAndSignIn() throws Exception {
        if (fixture == null) {
            TestBundles bundles = new TestBundles(temp);
            fixture = context().installBundle(bundles.write(TestBundles.capability("test.switches", CAPABILITY)).toUri().toString());
            fixture.start();
            fixedFixture = context().installBundle(bundles.write(TestBundles.capability("test.switches.fixed", FIXED)
                    .category("ADMINISTRATION").notSwitchable()).toUri().toString());
            fixedFixture.start();
        }
        Administrator.signIn(service(AccessControl.class));
        waitFor(CAPABILITY);
        waitFor(FIXED);
        service(CapabilitySwitches.class).setEnabled("site-a", CAPABILITY, true);
    }

    @AfterEach
    void switchBackOn() throws Exception {
        Administrator.signIn(service(AccessControl.class));
        service(CapabilitySwitches.class).setEnabled("site-a", CAPABILITY, true);
        service(AccessControl.class).signOut();
    }

    @org.junit.jupiter.api.AfterAll
    static void uninstallFixtures() throws Exception {
        fixture.uninstall();
        fixedFixture.uninstall();
    }

    private void waitFor(String id) throws InterruptedException {
        CapabilityRegistry registry = service(CapabilityRegistry.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (registry.find(id).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @Test
    void anOperatorSeesTheSwitchesButCannotChangeThem() throws Exception {
        CapabilitySwitches switches = service(CapabilitySwitches.class);
        AccessControl access = service(AccessControl.class);
        access.signOut();
        AccessDeniedException denied = assertThrows(AccessDeniedException.class,
                () -> switches.setEnabled("site-a", CAPABILITY, false));
        assertEquals(AccessDeniedException.Reason.NOT_ADMINISTRATOR, denied.reason());
        assertTrue(switches.isEnabled("site-a", CAPABILITY), "nothing changed");
        assertTrue(service(CapabilityRegistry.class).capabilities("site-a").stream()
                .anyMatch(e -> e.id().equals(CAPABILITY)));
    }

    @Test
    void anAdministrationCapabilityCannotBeSwitchedOff() throws Exception {
        CapabilitySwitches switches = service(CapabilitySwitches.class);
        assertThrows(IllegalArgumentException.class, () -> switches.setEnabled("site-a", FIXED, false));
        assertTrue(switches.isEnabled("site-a", FIXED));
        assertEquals(FIXED, service(CapabilityRegistry.class).require("site-a", FIXED).id());
        assertThrows(IllegalArgumentException.class,
                () -> switches.setEnabled("site-a", "org.hisops.platform.components", false),
                "the platform's own administration capability neither");
    }

    @Test
    void offForOneSiteIsGoneAndRefusedThereButStaysForAnother() throws Exception {
        CapabilitySwitches switches = service(CapabilitySwitches.class);
        CapabilityRegistry registry = service(CapabilityRegistry.class);
        CountDownLatch told = new CountDownLatch(1);
        CapabilityRegistry.Registration listening = switches.addListener(told::countDown);
        switches.setEnabled("site-a", CAPABILITY, false);
        assertTrue(told.await(10, TimeUnit.SECONDS), "listeners are told");
        listening.close();

        assertFalse(switches.isEnabled("site-a", CAPABILITY));
        assertTrue(registry.capabilities("site-a").stream().noneMatch(e -> e.id().equals(CAPABILITY)));
        CapabilityRefusedException refused = assertThrows(CapabilityRefusedException.class,
                () -> registry.require("site-a", CAPABILITY));
        assertEquals(CapabilityRefusedException.Reason.SWITCHED_OFF, refused.reason());
        assertEquals("site-a", refused.siteId());

        assertTrue(switches.isEnabled("site-b", CAPABILITY));
        assertTrue(registry.capabilities("site-b").stream().anyMatch(e -> e.id().equals(CAPABILITY)));
        assertEquals(CAPABILITY, registry.require("site-b", CAPABILITY).id());

        assertEquals(CapabilityRefusedException.Reason.NOT_INSTALLED, assertThrows(CapabilityRefusedException.class,
                () -> registry.require("site-b", "no.such.capability")).reason());
    }

    @Test
    void theSwitchIsKeptInConfigurationAdminAndSurvivesARestart() throws Exception {
        service(CapabilitySwitches.class).setEnabled("site-a", CAPABILITY, false);
        ConfigurationAdmin admin = service(ConfigurationAdmin.class);
        var configurations = admin.listConfigurations("(" + CapabilitySwitches.SITE_PROPERTY + "=site-a)");
        assertEquals(1, configurations.length, "one configuration per site");
        assertEquals(CapabilitySwitches.FACTORY_PID, configurations[0].getFactoryPid());

        // Restart what keeps and serves the switches: Configuration Admin (it reads its persisted store again on
        // start) and the switch components (a new switch board starts with an empty cache).
        Bundle configAdmin = bundle("org.apache.felix.configadmin");
        org.osgi.service.component.runtime.ServiceComponentRuntime scr =
                service(org.osgi.service.component.runtime.ServiceComponentRuntime.class);
        Bundle core = FrameworkUtil.getBundle(CapabilitySwitchesTest.class);
        var board = scr.getComponentDescriptionDTO(core, "org.hisops.platform.core.internal.SwitchBoard");
        var sites = scr.getComponentDescriptionDTO(core, "org.hisops.platform.core.internal.SiteSwitchConfiguration");
        scr.disableComponent(board).getValue();
        scr.disableComponent(sites).getValue();
        configAdmin.stop();
        configAdmin.start();
        scr.enableComponent(sites).getValue();
        scr.enableComponent(board).getValue();
        CapabilitySwitches restarted = service(CapabilitySwitches.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (restarted.isEnabled("site-a", CAPABILITY) && System.nanoTime() < deadline) {
            Thread.sleep(20); // DS recreates the site's component from the persisted configuration
        }
        assertFalse(restarted.isEnabled("site-a", CAPABILITY), "still off after the restart");
        assertEquals(CapabilityRefusedException.Reason.SWITCHED_OFF, assertThrows(CapabilityRefusedException.class,
                () -> service(CapabilityRegistry.class).require("site-a", CAPABILITY)).reason());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : context().getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError(symbolicName);
    }
}
