package org.hisops.platform.core.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.CapabilitySwitches;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * {@link CapabilitySwitches} over Configuration Admin: writes go to the site's named factory configuration; reads
 * come from the {@link SiteSwitchConfiguration} components DS creates from those configurations (so a
 * configuration shipped as data, or changed by another tool, takes effect the same way as a click).
 */
@Component(service = CapabilitySwitches.class)
public class SwitchBoard implements CapabilitySwitches {

    private final ConfigurationAdmin configurations;
    private final Logger logger;
    private final Map<String, Set<String>> disabledBySite = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    @Activate
    public SwitchBoard(@Reference ConfigurationAdmin configurations,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.configurations = configurations;
        this.logger = logger;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            updated = "updatedSite")
    void addSite(ServiceReference<SiteSwitchConfiguration> site) {
        apply(site);
    }

    void updatedSite(ServiceReference<SiteSwitchConfiguration> site) {
        apply(site);
    }

    void removeSite(ServiceReference<SiteSwitchConfiguration> site) {
        Object id = site.getProperty(SITE_PROPERTY);
        if (id != null && disabledBySite.remove(id.toString()) != null) {
            fire();
        }
    }

    private void apply(ServiceReference<SiteSwitchConfiguration> site) {
        Object id = site.getProperty(SITE_PROPERTY);
        if (id == null) {
            logger.warn("A site switch configuration without {} is ignored", SITE_PROPERTY);
            return;
        }
        // DS delivers configuration changes asynchronously, so an event may describe an older write than the last
        // one; the configuration itself always holds the latest.
        Set<String> disabled = current(id.toString()).orElseGet(() -> toSet(site.getProperty(DISABLED_PROPERTY)));
        if (!disabled.equals(disabledBySite.put(id.toString(), disabled))) {
            fire();
        }
    }

    /** The site's switched-off capabilities as its configuration holds them now, if it can be read. */
    private java.util.Optional<Set<String>> current(String siteId) {
        try {
            Configuration[] found = configurations.listConfigurations("(&(service.factoryPid=" + FACTORY_PID + ")("
                    + SITE_PROPERTY + "=" + siteId.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                            .replace("*", "\\*") + "))");
            if (found == null || found.length == 0 || found[0].getProperties() == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(toSet(found[0].getProperties().get(DISABLED_PROPERTY)));
        } catch (IOException | org.osgi.framework.InvalidSyntaxException | IllegalStateException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public boolean isEnabled(String siteId, String capabilityId) {
        return !disabled(siteId).contains(capabilityId);
    }

    @Override
    public Set<String> disabled(String siteId) {
        return Set.copyOf(disabledBySite.getOrDefault(siteId, Set.of()));
    }

    @Override
    public synchronized void setEnabled(String siteId, String capabilityId, boolean enabled) throws IOException {
        Set<String> disabled = new TreeSet<>(current(siteId).orElseGet(() -> disabled(siteId)));
        boolean changed = enabled ? disabled.remove(capabilityId) : disabled.add(capabilityId);
        if (!changed) {
            return;
        }
        Configuration configuration = configurations.getFactoryConfiguration(FACTORY_PID, siteId, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(SITE_PROPERTY, siteId);
        properties.put(DISABLED_PROPERTY, disabled.toArray(String[]::new));
        configuration.update(properties);
        // Take effect at once; DS delivers the same state again shortly, which then changes nothing.
        disabledBySite.put(siteId, disabled);
        fire();
    }

    @Override
    public CapabilityRegistry.Registration addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void fire() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                logger.error("A capability switch listener failed", e);
            }
        }
    }

    private static Set<String> toSet(Object value) {
        if (value instanceof String[] array) {
            return new TreeSet<>(Arrays.asList(array));
        }
        if (value instanceof java.util.Collection<?> collection) {
            TreeSet<String> set = new TreeSet<>();
            collection.forEach(v -> set.add(String.valueOf(v)));
            return set;
        }
        return value == null ? new TreeSet<>() : new TreeSet<>(Set.of(value.toString()));
    }
}
