package org.hisops.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.eclipse.osgi.service.datalocation.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/** Site defaults shipped as data: the installation's file wins over the built-in one; a damaged file turns nothing off. */
class SiteDefaultsTest {

    @TempDir
    Path area;

    private final Bundle bundle = FrameworkUtil.getBundle(SiteDefaultsTest.class);

    private Logger logger() {
        var context = bundle.getBundleContext();
        return context.getService(context.getServiceReference(LoggerFactory.class)).getLogger(getClass());
    }

    private Location location(URL url) {
        return (Location) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Location.class },
                (proxy, method, args) -> method.getName().equals("getURL") ? url : null);
    }

    @Test
    void withoutAShippedFileTheBuiltInDefaultsLeaveEverythingOn() throws Exception {
        assertEquals(Set.of(), SiteDefaults.load(bundle, location(area.toUri().toURL()), SwitchBoard.DEFAULTS_FILE, logger()));
        assertEquals(Set.of(), SiteDefaults.load(bundle, null, SwitchBoard.DEFAULTS_FILE, logger()));
    }

    @Test
    void theInstallationsFileNamesTheCapabilitiesANewSiteStartsWithout() throws Exception {
        Path file = area.resolve(SwitchBoard.DEFAULTS_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "# group hospital packaging\ncapabilities.disabled = org.hisops.demo.site, com.example.lis ,,\n");
        assertEquals(Set.of("org.hisops.demo.site", "com.example.lis"),
                SiteDefaults.load(bundle, location(area.toUri().toURL()), SwitchBoard.DEFAULTS_FILE, logger()));
    }

    @Test
    void aDamagedFileTurnsNothingOff() throws Exception {
        Path file = area.resolve(SwitchBoard.DEFAULTS_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "capabilities.disabled = a\\uZZZZ\n");
        assertEquals(Set.of(), SiteDefaults.load(bundle, location(area.toUri().toURL()), SwitchBoard.DEFAULTS_FILE, logger()));
    }
}
