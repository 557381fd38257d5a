package org.hisops.app.internal.parts;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.log.Logger;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.hisops.app.internal.Messages;
import org.hisops.app.internal.StatusTopics;
import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityEntry;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.Site;
import org.hisops.platform.api.SiteDirectory;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;

/**
 * The part of one capability. It follows the capability and its view service as they come and go: the view is
 * built when both are there, replaced when the view's bundle is updated, and an error panel is shown when the
 * capability or its view fails. Closing the part of a removed capability is {@link CapabilityPartsAddon}'s job,
 * because parts that were never shown have no object to do it.
 */
public class CapabilityPart {

    @Inject
    private MPart part;
    @Inject
    private CapabilityRegistry registry;
    @Inject
    private SiteDirectory sites;
    @Inject
    private UISynchronize sync;
    @Inject
    private IEventBroker broker;
    @Inject
    private Logger logger;
    @Inject
    @Translation
    private Messages messages;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private final BundleContext context = FrameworkUtil.getBundle(CapabilityPart.class).getBundleContext();
    private String capabilityId;
    private CapabilityViewHost host;
    private CapabilityRegistry.Registration registration;
    private CapabilityRegistry.Registration siteRegistration;
    private ServiceListener viewListener;
    /** The site the view was built for: a view shows one site's endpoints and results, so a site switch rebuilds it. */
    private String viewSite;

    private ServiceReference<CapabilityView> viewReference;
    private ServiceObjects<CapabilityView> viewObjects;
    private CapabilityView view;

    @PostConstruct
    void create(Composite parent) {
        capabilityId = part.getPersistedState().get(CapabilityParts.CAPABILITY_ID);
        host = new CapabilityViewHost(parent);
        registration = registry.addListener(event -> {
            if (event.entry().id().equals(capabilityId)) {
                sync.asyncExec(this::render);
            }
        });
        siteRegistration = sites.addListener(() -> sync.asyncExec(() -> {
            if (view != null && !sites.current().id().equals(viewSite)) {
                releaseView();
                render();
            }
        }));
        viewListener = event -> sync.asyncExec(this::render);
        try {
            context.addServiceListener(viewListener, viewFilter());
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e); // the filter escapes the id, so this cannot happen
        }
        render();
    }

    private String viewFilter() {
        return "(&(" + org.osgi.framework.Constants.OBJECTCLASS + "=" + CapabilityView.class.getName() + ")"
                + idFilter() + ")";
    }

    /** {@code (hisops.capability.id=<id>)} with the LDAP filter's special characters escaped. */
    private String idFilter() {
        String escaped = capabilityId.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("*", "\\*");
        return "(" + Capability.ID_PROPERTY + "=" + escaped + ")";
    }

    /** Brings the part in line with the registry: called on the UI thread after every relevant change. */
    void render() {
        if (host.isDisposed()) {
            return;
        }
        Optional<CapabilityEntry> found = capabilityId == null ? Optional.empty() : registry.find(capabilityId);
        if (found.isEmpty()) {
            releaseView();
            host.showInfo(MessageFormat.format(messages.capability_waiting, part.getLabel()), "");
            return;
        }
        CapabilityEntry entry = found.get();
        String name = entry.name(locale);
        part.setLabel(name);
        if (!entry.available()) {
            releaseView();
            host.showError(MessageFormat.format(messages.capability_failed_title, name),
                    MessageFormat.format(messages.capability_failed_hint, vendorOf(entry), entry.bundleSymbolicName()),
                    messages.details, entry.failure());
            return;
        }
        ServiceReference<CapabilityView> best = bestView();
        if (best != null && best.equals(viewReference) && view != null) {
            return; // already showing this view
        }
        releaseView();
        if (best == null) {
            host.showInfo(name, entry.description(locale) + "\n\n" + messages.capability_noview_hint);
            return;
        }
        ServiceObjects<CapabilityView> objects = context.getServiceObjects(best);
        CapabilityView created = null;
        String failure = null;
        try {
            created = objects == null ? null : objects.getService();
        } catch (RuntimeException e) {
            failure = CapabilityViewHost.stackTrace(e);
        }
        if (created == null) {
            showViewFailure(entry, best, failure != null ? failure : registry.failureOf(best).orElse(null));
            return;
        }
        viewReference = best;
        viewObjects = objects;
        view = created;
        viewSite = sites.current().id();
        Throwable thrown = host.showView(created, new ViewContext(entry));
        if (thrown != null) {
            logger.error(thrown, "The view of capability " + capabilityId + " threw while it was built");
            releaseView();
            showViewFailure(entry, best, CapabilityViewHost.stackTrace(thrown));
        }
    }

    private void showViewFailure(CapabilityEntry entry, ServiceReference<?> viewRef, String details) {
        String viewBundle = viewRef.getBundle() == null ? "?" : viewRef.getBundle().getSymbolicName();
        host.showError(MessageFormat.format(messages.view_failed_title, entry.name(locale)),
                MessageFormat.format(messages.view_failed_hint, vendorOf(entry), viewBundle), messages.details,
                details);
    }

    private ServiceReference<CapabilityView> bestView() {
        try {
            ServiceReference<?>[] refs = context.getServiceReferences(CapabilityView.class.getName(), idFilter());
            if (refs == null) {
                return null;
            }
            @SuppressWarnings("unchecked")
            ServiceReference<CapabilityView> best = (ServiceReference<CapabilityView>) Arrays.stream(refs)
                    .max(Comparator.naturalOrder()).orElse(null);
            return best;
        } catch (InvalidSyntaxException e) {
            return null;
        }
    }

    private void releaseView() {
        if (view != null) {
            try {
                view.dispose();
            } catch (RuntimeException | LinkageError e) {
                logger.warn(e, "The view of capability " + capabilityId + " threw on dispose");
            }
            try {
                viewObjects.ungetService(view);
            } catch (IllegalStateException | IllegalArgumentException e) {
                // The view's bundle is already gone.
            }
        }
        view = null;
        viewObjects = null;
        viewReference = null;
        host.clear();
    }

    /** The vendor of the bundle that registered the service: whom the hospital should call. */
    private String vendorOf(CapabilityEntry entry) {
        org.osgi.framework.Bundle bundle = context.getBundle(entry.bundleId());
        String vendor = bundle == null ? null : bundle.getHeaders(locale.toString()).get("Bundle-Vendor");
        return vendor == null || vendor.isBlank() ? entry.bundleSymbolicName() : vendor;
    }

    @Focus
    void setFocus() {
        if (view != null) {
            try {
                view.setFocus();
            } catch (RuntimeException e) {
                // A view that cannot take the focus is not worth an error.
            }
        }
    }

    @PreDestroy
    void dispose() {
        registration.close();
        siteRegistration.close();
        context.removeServiceListener(viewListener);
        if (!host.isDisposed()) {
            releaseView();
        } else if (view != null) {
            viewObjects.ungetService(view);
        }
    }

    /** What the view gets from the shell. */
    private final class ViewContext implements CapabilityViewContext {
        private final CapabilityEntry entry;

        ViewContext(CapabilityEntry entry) {
            this.entry = entry;
        }

        @Override
        public CapabilityEntry capability() {
            return entry;
        }

        @Override
        public Site site() {
            return sites.current();
        }

        @Override
        public Locale locale() {
            return locale;
        }

        @Override
        public void showStatus(String message) {
            broker.post(StatusTopics.MESSAGE, message);
        }
    }
}
