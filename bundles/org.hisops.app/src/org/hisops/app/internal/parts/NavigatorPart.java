package org.hisops.app.internal.parts;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.hisops.app.internal.Icons;
import org.hisops.app.internal.Messages;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.CapabilityCategory;
import org.hisops.platform.api.CapabilityEntry;
import org.hisops.platform.api.CapabilityRegistry;

/** The capability navigator: every capability of the site, grouped by category, kept current as bundles change. */
public class NavigatorPart {

    /** {@code Widget.getData(WIDGET_KEY)} of the navigator tree, for the product-level tests. */
    public static final String WIDGET_KEY = "org.hisops.widget";

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
    @Translation
    private Messages messages;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;
    @Inject
    private EPartService partService;
    @Inject
    private EModelService modelService;
    @Inject
    private MApplication application;

    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private CapabilityRegistry.Registration registration;
    private CapabilityRegistry.Registration switchRegistration;
    private CapabilityRegistry.Registration siteRegistration;
    private TreeViewer viewer;
    private Label emptyLabel;
    private Icons icons;

    @PostConstruct
    void create(Composite parent) {
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 0;
        parent.setLayout(layout);
        viewer = new TreeViewer(parent, SWT.SINGLE | SWT.V_SCROLL | SWT.FULL_SELECTION);
        viewer.getTree().setData(WIDGET_KEY, "navigator");
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        icons = new Icons(viewer.getTree());
        emptyLabel = new Label(parent, SWT.WRAP);
        emptyLabel.setText(messages.navigator_empty);
        GridData emptyData = new GridData(SWT.FILL, SWT.TOP, true, false);
        emptyData.exclude = true;
        emptyLabel.setLayoutData(emptyData);
        emptyLabel.setVisible(false);

        viewer.setContentProvider(new ContentProvider());
        viewer.setLabelProvider(new Labels());
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addOpenListener(e -> {
            Object selected = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (selected instanceof CapabilityEntry entry) {
                CapabilityParts.open(entry, locale, partService, modelService, application);
            } else if (selected != null) {
                viewer.setExpandedState(selected, !viewer.getExpandedState(selected));
            }
        });

        registration = registry.addListener(event -> queueRefresh());
        if (switches != null) {
            switchRegistration = switches.addListener(this::queueRefresh);
        }
        siteRegistration = sites.addListener(this::queueRefresh);
        refresh();
    }

    /** Coalesces a burst of registry events (a feature of many bundles starting) into one refresh. */
    private void queueRefresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            sync.asyncExec(() -> {
                refreshQueued.set(false);
                refresh();
            });
        }
    }

    private void refresh() {
        if (viewer == null || viewer.getTree().isDisposed()) {
            return;
        }
        List<NavigatorModel.Group> groups = NavigatorModel.group(registry.capabilities(sites.current().id()), locale);
        viewer.setInput(groups);
        viewer.expandAll();
        boolean empty = groups.isEmpty();
        if (emptyLabel.getVisible() != empty) {
            emptyLabel.setVisible(empty);
            ((GridData) emptyLabel.getLayoutData()).exclude = !empty;
            emptyLabel.getParent().layout(true);
        }
    }

    @Focus
    void setFocus() {
        viewer.getTree().setFocus();
    }

    @PreDestroy
    void dispose() {
        if (registration != null) {
            registration.close();
        }
        if (switchRegistration != null) {
            switchRegistration.close();
        }
        if (siteRegistration != null) {
            siteRegistration.close();
        }
    }

    private static final class ContentProvider implements ITreeContentProvider {
        @Override
        public Object[] getElements(Object input) {
            return ((List<?>) input).toArray();
        }

        @Override
        public Object[] getChildren(Object element) {
            return element instanceof NavigatorModel.Group group ? group.entries().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof NavigatorModel.Group;
        }
    }

    private final class Labels extends ColumnLabelProvider {
        @Override
        public String getText(Object element) {
            if (element instanceof NavigatorModel.Group group) {
                return categoryName(group.category());
            }
            CapabilityEntry entry = (CapabilityEntry) element;
            String name = entry.name(locale);
            return entry.available() ? name : java.text.MessageFormat.format(messages.navigator_failed, name);
        }

        @Override
        public Image getImage(Object element) {
            if (element instanceof NavigatorModel.Group group) {
                return icons.category(group.category());
            }
            return icons.capability((CapabilityEntry) element);
        }

        @Override
        public Color getForeground(Object element) {
            if (element instanceof CapabilityEntry entry && !entry.available()) {
                return viewer.getTree().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
            }
            return null;
        }

        @Override
        public String getToolTipText(Object element) {
            if (element instanceof CapabilityEntry entry) {
                String description = entry.description(locale);
                return description.isEmpty() ? null : description;
            }
            return null;
        }

        private String categoryName(CapabilityCategory category) {
            return BundleTexts.of(CapabilityCategory.class).text(locale, category.nameKey(), category.name());
        }
    }
}
