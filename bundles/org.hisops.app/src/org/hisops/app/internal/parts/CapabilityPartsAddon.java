package org.hisops.app.internal.parts;

import java.text.MessageFormat;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.hisops.app.internal.Messages;
import org.hisops.app.internal.StatusTopics;
import org.hisops.platform.api.CapabilityEvent;
import org.hisops.platform.api.CapabilityRegistry;

/**
 * Closes the parts of capabilities that went away (bundle stopped, updated or uninstalled) and says so in the
 * status line. Also closes parts restored from the last session whose capability is no longer installed.
 */
public class CapabilityPartsAddon {

    /** How long a restored part waits for its capability's bundle to start before it is closed. */
    private static final long RESTORE_GRACE_MS = 5_000;

    @Inject
    private CapabilityRegistry registry;
    @Inject
    private org.hisops.platform.api.SiteDirectory sites;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    private org.hisops.platform.api.CapabilitySwitches switches;
    @Inject
    private UISynchronize sync;
    @Inject
    private EModelService modelService;
    @Inject
    private MApplication application;
    @Inject
    private EPartService partService;
    @Inject
    private IEventBroker broker;
    @Inject
    @Translation
    private Messages messages;

    private CapabilityRegistry.Registration registration;
    private CapabilityRegistry.Registration switchRegistration;
    private CapabilityRegistry.Registration siteRegistration;

    @PostConstruct
    void start() {
        registration = registry.addListener(event -> {
            if (event.kind() == CapabilityEvent.Kind.REMOVED) {
                sync.asyncExec(() -> closeIfGone(event.entry().id(), messages.capability_removed));
            }
        });
        if (switches != null) {
            switchRegistration = switches.addListener(() -> sync.asyncExec(this::closeSwitchedOff));
        }
        siteRegistration = sites.addListener(() -> sync.asyncExec(this::closeSwitchedOff));
        Job restoreCheck = Job.createSystem("Close parts of missing capabilities", (IProgressMonitor monitor) -> {
            sync.asyncExec(() -> CapabilityParts.all(modelService, application).forEach(part -> closeIfGone(
                    part.getPersistedState().get(CapabilityParts.CAPABILITY_ID), messages.capability_missing)));
            return Status.OK_STATUS;
        });
        restoreCheck.schedule(RESTORE_GRACE_MS);
    }

    /** Parts of capabilities switched off for the site in use (just now, or on the site switched to) close, saying why. */
    private void closeSwitchedOff() {
        String site = sites.current().id();
        for (MPart part : CapabilityParts.all(modelService, application)) {
            String id = part.getPersistedState().get(CapabilityParts.CAPABILITY_ID);
            if (id != null && switches != null && !switches.isEnabled(site, id)) {
                close(part, messages.capability_switchedOff);
            }
        }
    }

    private void closeIfGone(String capabilityId, String message) {
        if (capabilityId == null || registry.find(capabilityId).isPresent()) {
            return; // back already (an update stops and restarts the bundle)
        }
        MPart part = CapabilityParts.find(capabilityId, modelService, application);
        if (part != null) {
            close(part, message);
        }
    }

    private void close(MPart part, String message) {
        String label = part.getLabel();
        if (part.getContext() != null || part.isToBeRendered()) {
            partService.hidePart(part, true);
        }
        if (part.getParent() != null) {
            part.getParent().getChildren().remove(part); // a part never shown has no renderer to remove it
        }
        broker.post(StatusTopics.WARNING, MessageFormat.format(message, label));
    }

    @PreDestroy
    void stop() {
        registration.close();
        if (switchRegistration != null) {
            switchRegistration.close();
        }
        siteRegistration.close();
    }
}
