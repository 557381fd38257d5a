package org.hisops.platform.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityCategory;
import org.hisops.platform.api.CapabilityEntry;
import org.hisops.platform.api.CapabilityEvent;
import org.hisops.platform.api.CapabilityListener;
import org.hisops.platform.api.CapabilityRefusedException;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.CapabilitySwitches;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Tracks every {@link Capability} service. References are taken as {@link ServiceReference}s so that the tracker,
 * not SCR, obtains the object: a capability whose activation throws then stays visible, with the reason, instead
 * of vanishing silently.
 */
@Component(service = CapabilityRegistry.class)
public class CapabilityTracker implements CapabilityRegistry {

    /** Highest ranking first, then oldest service first: the service that wins when two share an id. */
    private static final Comparator<ServiceReference<?>> PREFERRED = Comparator.<ServiceReference<?>>naturalOrder()
            .reversed();

    private final Map<ServiceReference<Capability>, CapabilityEntry> entries = new LinkedHashMap<>();
    private final List<CapabilityListener> listeners = new CopyOnWriteArrayList<>();
    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    private final Logger logger;

    /** Optional: without switches (no Configuration Admin) every capability is on for every site. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile CapabilitySwitches switches;

    @Activate
    public CapabilityTracker(BundleContext context, @Reference ServiceComponentRuntime scr,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.context = context;
        this.scr = scr;
        this.logger = logger;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            updated = "updatedCapability")
    void addCapability(ServiceReference<Capability> reference) {
        CapabilityEntry entry = resolve(reference);
        synchronized (entries) {
            entries.put(reference, entry);
        }
        fire(new CapabilityEvent(CapabilityEvent.Kind.ADDED, entry));
    }

    void updatedCapability(ServiceReference<Capability> reference) {
        CapabilityEntry entry = resolve(reference);
        synchronized (entries) {
            if (!entries.containsKey(reference)) {
                return;
            }
            entries.put(reference, entry);
        }
        fire(new CapabilityEvent(CapabilityEvent.Kind.MODIFIED, entry));
    }

    void removeCapability(ServiceReference<Capability> reference) {
        CapabilityEntry entry;
        synchronized (entries) {
            entry = entries.remove(reference);
        }
        if (entry != null) {
            if (entry.available()) {
                ungetQuietly(reference);
            }
            fire(new CapabilityEvent(CapabilityEvent.Kind.REMOVED, entry));
        }
    }

    @Deactivate
    void deactivate() {
        List<ServiceReference<Capability>> held;
        synchronized (entries) {
            held = new ArrayList<>(entries.keySet());
            entries.clear();
        }
        held.forEach(this::ungetQuietly);
        listeners.clear();
    }

    @Override
    public List<CapabilityEntry> capabilities() {
        Map<String, CapabilityEntry> byId = new LinkedHashMap<>();
        for (Map.Entry<ServiceReference<Capability>, CapabilityEntry> e : preferredFirst()) {
            byId.putIfAbsent(e.getValue().id(), e.getValue());
        }
        List<CapabilityEntry> list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparing(CapabilityEntry::category).thenComparing(CapabilityEntry::id));
        return List.copyOf(list);
    }

    @Override
    public List<CapabilityEntry> capabilities(String siteId) {
        CapabilitySwitches s = switches;
        List<CapabilityEntry> all = capabilities();
        return s == null ? all : all.stream().filter(e -> !switchable(e) || s.isEnabled(siteId, e.id())).toList();
    }

    /** The administration capabilities cannot be switched off, whatever a configuration says. */
    private static boolean switchable(CapabilityEntry entry) {
        try {
            return entry.capability() == null || entry.capability().switchable();
        } catch (RuntimeException e) {
            return true;
        }
    }

    @Override
    public CapabilityEntry require(String siteId, String capabilityId) throws CapabilityRefusedException {
        CapabilityEntry entry = find(capabilityId).orElseThrow(
                () -> new CapabilityRefusedException(CapabilityRefusedException.Reason.NOT_INSTALLED, capabilityId, siteId));
        CapabilitySwitches s = switches;
        if (s != null && switchable(entry) && !s.isEnabled(siteId, capabilityId)) {
            throw new CapabilityRefusedException(CapabilityRefusedException.Reason.SWITCHED_OFF, capabilityId, siteId);
        }
        if (!entry.available()) {
            throw new CapabilityRefusedException(CapabilityRefusedException.Reason.FAILED, capabilityId, siteId);
        }
        return entry;
    }

    @Override
    public Optional<CapabilityEntry> find(String id) {
        return preferredFirst().stream().map(Map.Entry::getValue).filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public Registration addListener(CapabilityListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private List<Map.Entry<ServiceReference<Capability>, CapabilityEntry>> preferredFirst() {
        List<Map.Entry<ServiceReference<Capability>, CapabilityEntry>> list;
        synchronized (entries) {
            list = new ArrayList<>(entries.entrySet());
        }
        list.sort(Map.Entry.comparingByKey(PREFERRED));
        return list;
    }

    private CapabilityEntry resolve(ServiceReference<Capability> reference) {
        Bundle bundle = reference.getBundle();
        long bundleId = bundle == null ? -1 : bundle.getBundleId();
        String bsn = bundle == null ? "" : bundle.getSymbolicName();
        Capability capability = null;
        String failure = null;
        try {
            capability = context.getService(reference);
        } catch (RuntimeException e) {
            failure = e.toString();
        }
        if (capability != null) {
            try {
                CapabilityCategory category = capability.category();
                return new CapabilityEntry(capability.id(), category == null ? CapabilityCategory.OTHER : category,
                        bundleId, bsn, capability, null);
            } catch (RuntimeException e) {
                // The object exists but cannot even say who it is: treat it as a failed activation.
                failure = e.toString();
                ungetQuietly(reference);
            }
        }
        if (failure == null) {
            failure = failureOf(reference)
                    .orElse("The capability service returned no object (activation failed; see the error log).");
        }
        logger.warn("Capability service {} of bundle {} could not be activated: {}",
                reference.getProperty(Constants.SERVICE_ID), bsn, firstLine(failure));
        return new CapabilityEntry(fallbackId(reference), CapabilityCategory.OTHER, bundleId, bsn, null, failure);
    }

    /** The component runtime keeps the exception of a failed activation; ask it rather than guessing. */
    @Override
    public Optional<String> failureOf(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        Object name = reference.getProperty(ComponentConstants.COMPONENT_NAME);
        if (bundle != null && name instanceof String componentName) {
            ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(bundle, componentName);
            if (description != null) {
                for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                    if (configuration.failure != null) {
                        return Optional.of(configuration.failure);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String fallbackId(ServiceReference<?> reference) {
        Object id = reference.getProperty(Capability.ID_PROPERTY);
        if (id instanceof String s && !s.isBlank()) {
            return s;
        }
        Object name = reference.getProperty(ComponentConstants.COMPONENT_NAME);
        return name instanceof String s ? s : "service." + reference.getProperty(Constants.SERVICE_ID);
    }

    private void ungetQuietly(ServiceReference<Capability> reference) {
        try {
            context.ungetService(reference);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // The bundle is already gone; nothing is held any more.
        }
    }

    private void fire(CapabilityEvent event) {
        for (CapabilityListener listener : listeners) {
            try {
                listener.capabilitiesChanged(event);
            } catch (RuntimeException e) {
                logger.error("A capability listener failed on {} of {}", event.kind(), event.entry().id(), e);
            }
        }
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
