package org.hisops.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.hisops.platform.api.Site;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/** The site list: a fresh installation starts on the demo site; a damaged file costs nothing but a log line. */
class SiteStoreTest {

    @TempDir
    Path temp;

    private Logger logger;

    @BeforeEach
    void setUp() {
        BundleContext context = FrameworkUtil.getBundle(SiteStoreTest.class).getBundleContext();
        logger = context.getService(context.getServiceReference(LoggerFactory.class)).getLogger(SiteStoreTest.class);
    }

    @Test
    void aFreshInstallationStartsOnTheDemoSiteAndKeepsIt() throws Exception {
        Path file = temp.resolve(".hisops").resolve(SiteStore.FILE);
        SiteStore store = new SiteStore(() -> file.getParent(), logger);
        Site current = store.current();
        assertEquals(Site.DEMO_ID, current.id());
        assertNull(current.name());
        assertEquals("Demo Hospital", current.displayName(Locale.ENGLISH));
        assertEquals("\u6f14\u793a\u533b\u9662", current.displayName(Locale.SIMPLIFIED_CHINESE));
        assertTrue(Files.isRegularFile(file), "the default is written so the next start finds it");
        assertEquals(store.sites(), new SiteStore(() -> file.getParent(), logger).sites());
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
        SiteStore store = new SiteStore(() -> file.getParent(), logger);
        assertEquals(2, store.sites().size());
        assertEquals("zj", store.current().id());
        assertEquals("\u6d59\u6c5f\u7701\u4eba\u6c11\u533b\u9662", store.current().displayName(Locale.ENGLISH));
    }

    @Test
    void aDamagedFileFallsBackToTheDemoSite() throws Exception {
        Path file = temp.resolve(SiteStore.FILE);
        Files.write(file, new byte[] { 's', 'i', 't', 'e', '.', 'c', 'o', 'u', 'n', 't', '=', '\\', 'u', 'Z', 'Z' });
        SiteStore store = new SiteStore(() -> file.getParent(), logger);
        assertEquals(Site.DEMO_ID, store.current().id());
        assertEquals(1, store.sites().size());
    }

    @Test
    void aCurrentSiteThatNoLongerExistsFallsBackToTheFirst() throws Exception {
        Path file = temp.resolve(SiteStore.FILE);
        Files.writeString(file, "site.count=1\nsite.0.id=a\nsite.0.name=A\ncurrent=gone\n");
        assertEquals("a", new SiteStore(() -> file.getParent(), logger).current().id());
    }
}
