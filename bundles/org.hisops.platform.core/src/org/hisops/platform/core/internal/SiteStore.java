package org.hisops.platform.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.DataFolder;
import org.hisops.platform.api.Site;
import org.hisops.platform.api.SiteDirectory;
import org.hisops.platform.api.SiteSettings;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The sites of this installation, kept in {@code sites.properties} of the {@link DataFolder}. A fresh
 * installation starts on the demo site. Each site's settings are kept with it ({@code site.<n>.setting.<key>}). Creating, renaming and deleting need the administrator role; every change
 * is audited. Deleting a site also deletes its capability switches; other stores (endpoints) listen and drop what
 * belonged to it.
 */
@Component(service = { SiteDirectory.class, SiteSettings.class })
public class SiteStore implements SiteDirectory, SiteSettings {

    static final String FILE = "sites.properties";
    static final int MAX_NAME = 80;

    private final DataFolder folder;
    private final AccessControl access;
    private final ConfigurationAdmin configurations;
    private final List<Site> sites = new ArrayList<>();
    private final Map<String, Map<String, String>> settings = new HashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private String currentId;
    private volatile AuditLog audit;

    private final Logger logger;

    @Activate
    public SiteStore(@Reference DataFolder folder, @Reference AccessControl access,
            @Reference ConfigurationAdmin configurations, @Reference(service = LoggerFactory.class) Logger logger) {
        this.folder = folder;
        this.access = access;
        this.configurations = configurations;
        this.logger = logger;
        load();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAudit(AuditLog audit) {
        this.audit = audit;
    }

    void unsetAudit(AuditLog audit) {
        if (this.audit == audit) {
            this.audit = null;
        }
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
                String prefix = "site." + i + ".setting.";
                Map<String, String> own = new TreeMap<>();
                for (String key : p.stringPropertyNames()) {
                    if (key.startsWith(prefix)) {
                        own.put(key.substring(prefix.length()), p.getProperty(key));
                    }
                }
                if (!own.isEmpty()) {
                    settings.put(id, own);
                }
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

    @Override
    public Site create(String name) throws AccessDeniedException, IOException {
        access.requireAdministrator(AuditLog.SITE_CREATED);
        Site site;
        synchronized (this) {
            String clean = checkName(name, null);
            int n = 1;
            while (find("site-" + n).isPresent()) {
                n++;
            }
            site = new Site("site-" + n, clean, null);
            sites.add(site);
            saveOrUndo(() -> sites.remove(sites.size() - 1));
        }
        audit(site.id(), AuditLog.SITE_CREATED, site.name());
        fire();
        return site;
    }

    @Override
    public void rename(String siteId, String name) throws AccessDeniedException, IOException {
        access.requireAdministrator(AuditLog.SITE_RENAMED);
        String before;
        synchronized (this) {
            Site old = find(siteId).orElseThrow(() -> new IllegalArgumentException("no site " + siteId));
            String clean = checkName(name, siteId);
            int index = sites.indexOf(old);
            sites.set(index, new Site(siteId, clean, null));
            saveOrUndo(() -> sites.set(index, old));
            before = old.displayName(Locale.ROOT);
        }
        audit(siteId, AuditLog.SITE_RENAMED, before + " -> " + name.strip());
        fire();
    }

    @Override
    public void delete(String siteId) throws AccessDeniedException, IOException {
        access.requireAdministrator(AuditLog.SITE_DELETED);
        String name;
        synchronized (this) {
            Site old = find(siteId).orElseThrow(() -> new IllegalArgumentException("no site " + siteId));
            if (sites.size() == 1) {
                throw new IllegalArgumentException("the last site cannot be deleted");
            }
            int index = sites.indexOf(old);
            String oldCurrent = currentId;
            Map<String, String> oldSettings = settings.remove(siteId);
            sites.remove(index);
            if (siteId.equals(currentId)) {
                currentId = sites.get(0).id();
            }
            saveOrUndo(() -> {
                sites.add(index, old);
                currentId = oldCurrent;
                if (oldSettings != null) {
                    settings.put(siteId, oldSettings);
                }
            });
            name = old.displayName(Locale.ROOT);
        }
        deleteSwitches(siteId);
        audit(siteId, AuditLog.SITE_DELETED, name);
        fire();
    }

    @Override
    public void switchTo(String siteId) throws IOException {
        synchronized (this) {
            if (siteId.equals(currentId)) {
                return;
            }
            find(siteId).orElseThrow(() -> new IllegalArgumentException("no site " + siteId));
            String old = currentId;
            currentId = siteId;
            saveOrUndo(() -> currentId = old);
        }
        audit(siteId, AuditLog.SITE_SWITCHED, siteId);
        fire();
    }

    @Override
    public CapabilityRegistry.Registration addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public synchronized Optional<String> get(String siteId, String key) {
        return Optional.ofNullable(settings.getOrDefault(siteId, Map.of()).get(key));
    }

    @Override
    public synchronized Map<String, String> all(String siteId) {
        return Map.copyOf(settings.getOrDefault(siteId, Map.of()));
    }

    @Override
    public void set(String siteId, String key, String value) throws AccessDeniedException, IOException {
        access.requireAdministrator(AuditLog.SITE_SETTING);
        if (key == null || !key.matches("[A-Za-z0-9_.-]{1,200}")) {
            throw new IllegalArgumentException("a setting key is 1 to 200 letters, digits, '.', '_' or '-'");
        }
        synchronized (this) {
            find(siteId).orElseThrow(() -> new IllegalArgumentException("no site " + siteId));
            Map<String, String> own = settings.computeIfAbsent(siteId, k -> new TreeMap<>());
            String old = value == null ? own.remove(key) : own.put(key, value);
            if (java.util.Objects.equals(old, value)) {
                return;
            }
            saveOrUndo(() -> {
                if (old == null) {
                    own.remove(key);
                } else {
                    own.put(key, old);
                }
            });
        }
        audit(siteId, AuditLog.SITE_SETTING, key + "=" + (value == null ? "" : value));
        fire();
    }

    private String checkName(String name, String exceptId) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new IllegalArgumentException("a site name has 1 to " + MAX_NAME + " characters");
        }
        for (Site s : sites) {
            if (!s.id().equals(exceptId) && (clean.equalsIgnoreCase(s.displayName(Locale.ROOT))
                    || clean.equalsIgnoreCase(s.displayName(Locale.SIMPLIFIED_CHINESE)))) {
                throw new IllegalArgumentException("a site named " + clean + " exists");
            }
        }
        return clean;
    }

    private void deleteSwitches(String siteId) {
        try {
            Configuration[] found = configurations.listConfigurations(SwitchBoard.siteFilter(siteId));
            if (found != null) {
                for (Configuration c : found) {
                    c.delete();
                }
            }
        } catch (IOException | InvalidSyntaxException | IllegalStateException e) {
            // The site is gone from the list; stale switches of an unknown site are harmless and logged.
            logger.warn("Could not delete the switches of deleted site {}", siteId, e);
        }
    }

    private void audit(String siteId, String action, String target) {
        AuditLog log = audit;
        if (log != null) {
            log.append(siteId, action, target, AuditOutcome.SUCCESS, "");
        }
    }

    private void fire() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                logger.error("A site listener failed", e);
            }
        }
    }

    /** Saves the list; if that fails, puts the memory back as it was so that screen and file agree. */
    private void saveOrUndo(Runnable undo) throws IOException {
        try {
            write();
        } catch (IOException e) {
            undo.run();
            throw e;
        }
    }

    private synchronized void save() {
        try {
            write();
        } catch (IOException e) {
            logger.error("Could not save the site list to {}", FILE, e);
        }
    }

    private synchronized void write() throws IOException {
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
            String prefix = "site." + i + ".setting.";
            settings.getOrDefault(s.id(), Map.of()).forEach((k, v) -> p.setProperty(prefix + k, v));
        }
        p.setProperty("current", currentId);
        folder.store(FILE, p, "HisOps sites");
    }

    private static int parseInt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
