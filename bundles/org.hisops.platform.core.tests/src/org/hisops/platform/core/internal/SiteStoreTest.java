package org.hisops.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.Site;
import org.hisops.platform.core.tests.fixtures.Administrator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/** The site list: a fresh installation starts on the demo site; a damaged file costs nothing but a log line. */
class SiteStoreTest {

    @TempDir
    Path temp;

    private Logger logger;
    private AccessControl access;
    private ConfigurationAdmin configurations;

    @BeforeEach
    void setUp() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(SiteStoreTest.class).getBundleContext();
        logger = context.getService(context.getServiceReference(LoggerFactory.class)).getLogger(SiteStoreTest.class);
        access = context.getService(context.getServiceReference(AccessControl.class));
        configurations = context.getService(context.getServiceReference(ConfigurationAdmin.class));
        Administrator.signIn(access);
    }

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        access.signOut();
    }

    private SiteStore store(Path folder) {
        return new SiteStore(() -> folder, access, configurations, logger);
    }

    @Test
    void anAdministratorCreatesRenamesSwitchesAndDeletesSites() throws Exception {
        SiteStore store = store(temp);
        AtomicInteger told = new AtomicInteger();
        store.addListener(told::incrementAndGet);
        Site east = store.create("  \u4e1c\u9662\u533a ");
        assertEquals("\u4e1c\u9662\u533a", east.name(), "trimmed");
        Site west = store.create("West campus");
        assertEquals(3, store.sites().size());
        assertTrue(!east.id().equals(west.id()) && !east.id().equals(Site.DEMO_ID));
        assertThrows(IllegalArgumentException.class, () -> store.create("west CAMPUS"), "names are unique");
        assertThrows(IllegalArgumentException.class, () -> store.create(" "), "and not blank");
        assertThrows(IllegalArgumentException.class, () -> store.create("Demo Hospital"), "nor the demo's name");

        store.switchTo(west.id());
        store.rename(west.id(), "West campus (Binjiang)");
        assertEquals("West campus (Binjiang)", store.current().name());

        SiteStore again = store(temp);
        assertEquals(store.sites(), again.sites(), "kept in the file");
        assertEquals(west.id(), again.current().id());

        store.delete(west.id());
        assertEquals(Site.DEMO_ID, store.current().id(), "deleting the site in use goes to the first one");
        store.delete(east.id());
        assertThrows(IllegalArgumentException.class, () -> store.delete(Site.DEMO_ID), "the last site stays");
        assertEquals(1, store(temp).sites().size());
        assertEquals(6, told.get(), "two creations, a switch, a rename and two deletions; refusals tell nobody");
    }

    @Test
    void eachSiteKeepsItsOwnSettingsWhichGoWithIt() throws Exception {
        SiteStore store = store(temp);
        Site east = store.create("East");
        store.set(east.id(), "org.hisops.report.hospital", "\u6d59\u6c5f\u7701\u4eba\u6c11\u533b\u9662\u4e1c\u9662\u533a");
        store.set(Site.DEMO_ID, "org.hisops.report.hospital", "Demo");
        store.set(east.id(), "org.hisops.dataguard.refresh.seconds", "30");
        assertThrows(IllegalArgumentException.class, () -> store.set(east.id(), "bad key", "x"));
        assertThrows(IllegalArgumentException.class, () -> store.set("no-such-site", "k", "x"));

        SiteStore again = store(temp);
        assertEquals("\u6d59\u6c5f\u7701\u4eba\u6c11\u533b\u9662\u4e1c\u9662\u533a",
                again.get(east.id(), "org.hisops.report.hospital", "?"));
        assertEquals("30", again.get(east.id(), "org.hisops.dataguard.refresh.seconds", "?"));
        assertEquals("Demo", again.get(Site.DEMO_ID, "org.hisops.report.hospital", "?"));
        again.set(east.id(), "org.hisops.dataguard.refresh.seconds", null);
        assertEquals(1, again.all(east.id()).size(), "null removes");

        again.delete(east.id());
        Site recreated = again.create("East");
        assertEquals(java.util.Map.of(), again.all(recreated.id()), "a deleted site's settings went with it");

        access.signOut();
        assertThrows(AccessDeniedException.class, () -> again.set(Site.DEMO_ID, "org.hisops.report.hospital", "X"));
        assertEquals("Demo", store(temp).get(Site.DEMO_ID, "org.hisops.report.hospital", "?"));
    }

    @Test
    void anOperatorMaySwitchSitesButNotChangeThem() throws Exception {
        SiteStore store = store(temp);
        Site other = store.create("Branch");
        access.signOut();
        assertEquals(AccessDeniedException.Reason.NOT_ADMINISTRATOR,
                assertThrows(AccessDeniedException.class, () -> store.create("Another")).reason());
        assertThrows(AccessDeniedException.class, () -> store.rename(other.id(), "Renamed"));
        assertThrows(AccessDeniedException.class, () -> store.delete(other.id()));
        assertEquals(2, store.sites().size());
        store.switchTo(other.id());
        assertEquals(other.id(), store(temp).current().id());
    }

    @Test
    void aFreshInstallationStartsOnTheDemoSiteAndKeepsIt() throws Exception {
        Path file = temp.resolve(".hisops").resolve(SiteStore.FILE);
        SiteStore store = store(file.getParent());
        Site current = store.current();
        assertEquals(Site.DEMO_ID, current.id());
        assertNull(current.name());
        assertEquals("Demo Hospital", current.displayName(Locale.ENGLISH));
        assertEquals("\u6f14\u793a\u533b\u9662", current.displayName(Locale.SIMPLIFIED_CHINESE));
        assertTrue(Files.isRegularFile(file), "the default is written so the next start finds it");
        assertEquals(store.sites(), store(file.getParent()).sites());
    }

    @Test
    void aSiteListWrittenBeforeIsReadBack() throws Exception {
        Path file = temp.resolve(SiteStore.FILE);
        Files.writeString(file, """
                site.count=2
                site.0.id=demo
                site.0.nameKey=site.demo.name
                site.1.id=zj
                site.1.name=\\u6d59\\u6c5f\\u7701\\u4eba\\u6c11\\u533b\\u9662
                current=zj
                """, StandardCharsets.ISO_8859_1);
        SiteStore store = store(file.getParent());
        assertEquals(2, store.sites().size());
        assertEquals("zj", store.current().id());
        assertEquals("\u6d59\u6c5f\u7701\u4eba\u6c11\u533b\u9662", store.current().displayName(Locale.ENGLISH));
    }

    @Test
    void aDamagedFileFallsBackToTheDemoSite() throws Exception {
        Path file = temp.resolve(SiteStore.FILE);
        Files.write(file, new byte[] { 's', 'i', 't', 'e', '.', 'c', 'o', 'u', 'n', 't', '=', '\\', 'u', 'Z', 'Z' });
        SiteStore store = store(file.getParent());
        assertEquals(Site.DEMO_ID, store.current().id());
        assertEquals(1, store.sites().size());
    }

    @Test
    void aCurrentSiteThatNoLongerExistsFallsBackToTheFirst() throws Exception {
        Path file = temp.resolve(SiteStore.FILE);
        Files.writeString(file, "site.count=1\nsite.0.id=a\nsite.0.name=A\ncurrent=gone\n");
        assertEquals("a", store(file.getParent()).current().id());
    }
}
