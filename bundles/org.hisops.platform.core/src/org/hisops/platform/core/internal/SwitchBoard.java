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

import org.eclipse.osgi.service.datalocation.Location;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityEntry;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.CapabilitySwitches;
import org.hisops.platform.api.Role;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
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
 * {@link CapabilitySwitches} over Configuration Admin: writes go to the site's named factory configuration; reads
 * come from the {@link SiteSwitchConfiguration} components DS creates from those configurations (so a
 * configuration shipped as data, or changed by another tool, takes effect the same way as a click). A site without
 * a configuration follows the shipped defaults ({@link #DEFAULTS_FILE}).
 */
@Component(service = CapabilitySwitches.class)
public class SwitchBoard implements CapabilitySwitches {

    /** The shipped defaults, under the configuration area; the same path in this bundle holds the built-in ones. */
    static final String DEFAULTS_FILE = "hisops/site-defaults.properties";

    private final BundleContext context;
    private final ConfigurationAdmin configurations;
    private final AccessControl access;
    private final Logger logger;
    private final Set<String> defaults;
    private final Map<String, Set<String>> disabledBySite = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile AuditLog audit;

    @Activate
    public SwitchBoard(BundleContext context, @Reference ConfigurationAdmin configurations,
            @Reference AccessControl access,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, target = "(type=osgi.configuration.area)") Location area,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.context = context;
        this.configurations = configurations;
        this.access = access;
        this.logger = logger;
        this.defaults = SiteDefaults.load(context.getBundle(), area, DEFAULTS_FILE, logger);
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
            Configuration[] found = configurations.listConfigurations(siteFilter(siteId));
            if (found == null || found.length == 0 || found[0].getProperties() == null) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(toSet(found[0].getProperties().get(DISABLED_PROPERTY)));
        } catch (IOException | org.osgi.framework.InvalidSyntaxException | IllegalStateException e) {
            return java.util.Optional.empty();
        }
    }

    /** The LDAP filter of a site's switch configuration; the id is escaped, it may come from a hand-edited file. */
    static String siteFilter(String siteId) {
        return "(&(service.factoryPid=" + FACTORY_PID + ")(" + SITE_PROPERTY + "="
                + siteId.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("*", "\\*") + "))";
    }

    @Override
    public boolean isEnabled(String siteId, String capabilityId) {
        return !disabled(siteId).contains(capabilityId);
    }

    @Override
    public Set<String> disabled(String siteId) {
        return Set.copyOf(disabledBySite.getOrDefault(siteId, defaults));
    }

    @Override
    public void setEnabled(String siteId, String capabilityId, boolean enabled)
            throws IOException, AccessDeniedException {
        String target = capabilityId + "=" + (enabled ? "on" : "off");
        // One refusal, one entry: this one names the site and the switch. requireAdministrator would add its own
        // role.denied entry for the same click, so an operator is turned away here before it is asked.
        if (access.role() != Role.ADMINISTRATOR) {
            audit(siteId, target, AuditOutcome.REFUSED, AccessDeniedException.Reason.NOT_ADMINISTRATOR.name());
            throw new AccessDeniedException(AccessDeniedException.Reason.NOT_ADMINISTRATOR, AuditLog.SWITCH_CHANGED);
        }
        // keeps the session alive; a session that ended in between is refused and audited by the platform (once)
        access.requireAdministrator(AuditLog.SWITCH_CHANGED);
        if (!enabled && !switchable(capabilityId)) {
            audit(siteId, target, AuditOutcome.REFUSED, "NOT_SWITCHABLE");
            throw new IllegalArgumentException(capabilityId + " cannot be switched off");
        }
        try {
            if (write(siteId, capabilityId, enabled)) {
                audit(siteId, target, AuditOutcome.SUCCESS, "");
            }
        } catch (IOException | RuntimeException e) {
            audit(siteId, target, AuditOutcome.FAILED, e.getClass().getSimpleName());
            throw e;
        }
    }

    /**
     * Whether the capability may be switched off. The registry is looked up, not referenced: it references this
     * service, and a reference back (even optional) is a cycle the component runtime reports at start-up.
     */
    private boolean switchable(String capabilityId) {
        ServiceReference<CapabilityRegistry> ref = context.getServiceReference(CapabilityRegistry.class);
        if (ref == null) {
            return true;
        }
        CapabilityRegistry registry = context.getService(ref);
        try {
            return registry == null || registry.find(capabilityId).map(CapabilityEntry::capability)
                    .map(Capability::switchable).orElse(true);
        } finally {
            if (registry != null) {
                context.ungetService(ref);
            }
        }
    }

    private void audit(String siteId, String target, AuditOutcome outcome, String detail) {
        AuditLog log = audit;
        if (log != null) {
            log.append(siteId, AuditLog.SWITCH_CHANGED, target, outcome, detail);
        }
    }

    private synchronized boolean write(String siteId, String capabilityId, boolean enabled) throws IOException {
        Set<String> disabled = new TreeSet<>(current(siteId).orElseGet(() -> disabled(siteId)));
        boolean changed = enabled ? disabled.remove(capabilityId) : disabled.add(capabilityId);
        if (!changed) {
            return false;
        }
        Configuration configuration = configurations.getFactoryConfiguration(FACTORY_PID, siteId, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(SITE_PROPERTY, siteId);
        properties.put(DISABLED_PROPERTY, disabled.toArray(String[]::new));
        configuration.update(properties);
        // Take effect at once; DS delivers the same state again shortly, which then changes nothing.
        disabledBySite.put(siteId, disabled);
        fire();
        return true;
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
