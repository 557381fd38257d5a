package org.hisops.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Files;
import java.util.concurrent.TimeUnit;

import org.hisops.demo.api.DemoSite;
import org.hisops.demo.api.DemoState;
import org.hisops.demo.api.DemoStatus;
import org.hisops.platform.api.DataFolder;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

/**
 * The DS component in this test runtime, which runs on the demo site with {@code -Dhisops.demo=off} (as product
 * tests and benchmarks do): the service is there, says it is off, and builds nothing.
 */
class DemoSiteComponentTest {

    @Test
    void switchedOffTheDemoSiteIsAServiceThatBuildsNothing() throws Exception {
        assertEquals("off", System.getProperty(DemoSite.ENABLE_PROPERTY));
        BundleContext context = FrameworkUtil.getBundle(DemoSiteComponentTest.class).getBundleContext();
        var reference = context.getServiceReference(DemoSite.class);
        assertNotNull(reference, "the DemoSite service is registered");
        DemoSite demo = context.getService(reference);
        assertEquals(DemoState.DISABLED, demo.status().state());
        DemoStatus afterRebuild = demo.rebuild().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertEquals(DemoState.DISABLED, afterRebuild.state(), "rebuild() does nothing while switched off");
        DataFolder data = context.getService(context.getServiceReference(DataFolder.class));
        assertFalse(Files.exists(data.path().resolve("demo/pair")), "no server was built in the runtime's data folder");
    }
}
