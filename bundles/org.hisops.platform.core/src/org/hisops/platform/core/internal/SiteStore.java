package org.hisops.platform.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.hisops.platform.api.DataFolder;
import org.hisops.platform.api.Site;
import org.hisops.platform.api.SiteDirectory;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The sites of this installation, kept in {@code sites.properties} of the {@link DataFolder}. A fresh
 * installation starts on the demo site.
 */
@Component(service = SiteDirectory.class)
public class SiteStore implements SiteDirectory {

    static final String FILE = "sites.properties";

    private final DataFolder folder;
    private final List<Site> sites = new ArrayList<>();
    private String currentId;

    private final Logger logger;

    @Activate
    public SiteStore(@Reference DataFolder folder, @Reference(service = LoggerFactory.class) Logger logger) {
        this.folder = folder;
        this.logger = logger;
        load();
    }

    private void load() {
        Properties p;
        boolean exists = Files.isRegularFile(folder.path().resolve(FILE));
        try {
            p = folder.load(FILE);
        } catch (IOException e) {
            // A damaged file must not cost the user the product: start from the demo site and say so.
            logger.error("Site list {} is unreadable; starting from the demo site", FILE, e);
            p = new Properties();
        }
        int count = parseInt(p.getProperty("site.count"));
        for (int i = 0; i < count; i++) {
            String id = p.getProperty("site." + i + ".id");
            if (id != null && !id.isBlank()) {
                sites.add(new Site(id, p.getProperty("site." + i + ".name"), p.getProperty("site." + i + ".nameKey")));
            }
        }
        if (sites.isEmpty()) {
            sites.add(new Site(Site.DEMO_ID, null, "site.demo.name"));
        }
        currentId = p.getProperty("current", sites.get(0).id());
        if (sites.stream().noneMatch(s -> s.id().equals(currentId))) {
            currentId = sites.get(0).id();
        }
        if (!exists) {
            save();
        }
    }

    @Override
    public synchronized Site current() {
        return sites.stream().filter(s -> s.id().equals(currentId)).findFirst().orElse(sites.get(0));
    }

    @Override
    public synchronized List<Site> sites() {
        return List.copyOf(sites);
    }

    private synchronized void save() {
        Properties p = new Properties();
        p.setProperty("site.count", Integer.toString(sites.size()));
        for (int i = 0; i < sites.size(); i++) {
            Site s = sites.get(i);
            p.setProperty("site." + i + ".id", s.id());
            if (s.name() != null) {
                p.setProperty("site." + i + ".name", s.name());
            }
            if (s.nameKey() != null) {
                p.setProperty("site." + i + ".nameKey", s.nameKey());
            }
        }
        p.setProperty("current", currentId);
        try {
            folder.store(FILE, p, "HisOps sites");
        } catch (IOException e) {
            logger.error("Could not save the site list to {}", FILE, e);
        }
    }

    private static int parseInt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
