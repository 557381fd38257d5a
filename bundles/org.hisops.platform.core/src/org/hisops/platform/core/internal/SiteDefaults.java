package org.hisops.platform.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.osgi.service.datalocation.Location;
import org.hisops.platform.api.CapabilitySwitches;
import org.osgi.framework.Bundle;
import org.osgi.service.log.Logger;

/**
 * The capabilities switched off for a site that has no switches of its own, shipped as data: an installation (or a
 * group hospital's packaging) puts {@code hisops/site-defaults.properties} into the configuration area; without one,
 * the platform's built-in file applies. One property, {@value CapabilitySwitches#DISABLED_PROPERTY}, a
 * comma-separated list of capability ids.
 */
final class SiteDefaults {

    private SiteDefaults() {
    }

    static Set<String> load(Bundle bundle, Location configurationArea, String file, Logger logger) {
        Properties p = new Properties();
        try {
            Path shipped = shipped(configurationArea, file);
            if (shipped != null && Files.isRegularFile(shipped)) {
                try (InputStream in = Files.newInputStream(shipped)) {
                    p.load(in);
                }
                logger.info("Site defaults from {}", shipped);
            } else {
                URL builtIn = bundle.getEntry(file);
                if (builtIn != null) {
                    try (InputStream in = builtIn.openStream()) {
                        p.load(in);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // Defaults only narrow what a new site shows; unreadable defaults leave everything on and say so.
            logger.error("The site defaults {} are unreadable; every capability starts on", file, e);
            return Set.of();
        }
        String list = p.getProperty(CapabilitySwitches.DISABLED_PROPERTY, "");
        Set<String> ids = new TreeSet<>();
        Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(ids::add);
        return Set.copyOf(ids);
    }

    private static Path shipped(Location area, String file) {
        if (area == null || area.getURL() == null) {
            return null;
        }
        try {
            return Path.of(area.getURL().toURI()).resolve(file);
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return Path.of(area.getURL().getPath()).resolve(file);
        }
    }
}
