package org.hisops.app.internal.parts;

import java.text.MessageFormat;
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
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.hisops.app.internal.Icons;
import org.hisops.app.internal.Messages;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.CapabilityCategory;
import org.hisops.platform.api.CapabilityEntry;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.SiteDirectory;

/** The start page: the site in use and what can be done there, each capability one click away. */
public class HomePart {

    @Inject
    private CapabilityRegistry registry;
    @Inject
    private SiteDirectory sites;
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
    private ScrolledComposite scroller;
    private Composite content;
    private Icons icons;
    private Font titleFont;
    private Font groupFont;

    @PostConstruct
    void create(Composite parent) {
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        scroller.setBackgroundMode(SWT.INHERIT_FORCE);
        scroller.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), scroller);
        FontDescriptor base = FontDescriptor.createFrom(JFaceResources.getDefaultFont());
        titleFont = resources.create(base.increaseHeight(8).setStyle(SWT.BOLD));
        groupFont = resources.create(base.increaseHeight(2).setStyle(SWT.BOLD));
        icons = new Icons(scroller);
        scroller.addListener(SWT.Resize, e -> relayout());
        registration = registry.addListener(event -> queueRebuild());
        if (switches != null) {
            switchRegistration = switches.addListener(this::queueRebuild);
        }
        siteRegistration = sites.addListener(this::queueRebuild);
        rebuild();
    }

    private void queueRebuild() {
        if (refreshQueued.compareAndSet(false, true)) {
            sync.asyncExec(() -> {
                refreshQueued.set(false);
                rebuild();
            });
        }
    }

    private void rebuild() {
        if (scroller.isDisposed()) {
            return;
        }
        if (content != null) {
            content.dispose();
        }
        content = new Composite(scroller, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 32;
        layout.marginHeight = 24;
        layout.verticalSpacing = 6;
        content.setLayout(layout);

        Label logo = new Label(content, SWT.NONE);
        logo.setImage(icons.get("hisops48.png"));
        logo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 1, 2));
        Label title = new Label(content, SWT.NONE);
        title.setFont(titleFont);
        title.setText("HisOps  " + messages.home_subtitle);
        Label site = new Label(content, SWT.NONE);
        site.setText(MessageFormat.format(messages.home_site, sites.current().displayName(locale)));

        List<NavigatorModel.Group> groups = NavigatorModel.group(registry.capabilities(sites.current().id()), locale);
        int count = groups.stream().mapToInt(g -> g.entries().size()).sum();
        Label summary = wrapping(content, groups.isEmpty() ? messages.home_empty
                : MessageFormat.format(messages.home_summary, count, groups.size()), 2);
        ((GridData) summary.getLayoutData()).verticalIndent = 12;

        for (NavigatorModel.Group group : groups) {
            Label icon = new Label(content, SWT.NONE);
            icon.setImage(icons.category(group.category()));
            GridData iconData = new GridData(SWT.CENTER, SWT.CENTER, false, false);
            iconData.verticalIndent = 16;
            icon.setLayoutData(iconData);
            Label heading = new Label(content, SWT.NONE);
            heading.setFont(groupFont);
            heading.setText(BundleTexts.of(CapabilityCategory.class).text(locale, group.category().nameKey(),
                    group.category().name()));
            GridData headingData = new GridData(SWT.FILL, SWT.CENTER, true, false);
            headingData.verticalIndent = 16;
            heading.setLayoutData(headingData);
            for (CapabilityEntry entry : group.entries()) {
                new Label(content, SWT.NONE).setImage(icons.capability(entry));
                Link link = new Link(content, SWT.NONE);
                link.setText("<a>" + escape(entry.name(locale)) + "</a>");
                link.addListener(SWT.Selection,
                        e -> CapabilityParts.open(entry, locale, partService, modelService, application));
                new Label(content, SWT.NONE);
                String description = entry.available() ? entry.description(locale)
                        : MessageFormat.format(messages.capability_failed_title, entry.name(locale));
                wrapping(content, description, 1);
            }
        }
        scroller.setContent(content);
        relayout();
    }

    private static Label wrapping(Composite parent, String text, int span) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, span, 1);
        data.widthHint = 200;
        label.setLayoutData(data);
        return label;
    }

    private static String escape(String text) {
        return text.replace("&", "&&").replace("<", "&lt;");
    }

    private void relayout() {
        if (content == null || content.isDisposed()) {
            return;
        }
        int width = scroller.getClientArea().width;
        for (Control child : content.getChildren()) {
            if (child instanceof Label label && (label.getStyle() & SWT.WRAP) != 0) {
                ((GridData) label.getLayoutData()).widthHint = Math.max(200, width - 140);
            }
        }
        scroller.setMinSize(content.computeSize(width, SWT.DEFAULT));
        content.layout(true);
    }

    @Focus
    void setFocus() {
        scroller.setFocus();
    }

    @PreDestroy
    void dispose() {
        registration.close();
        if (switchRegistration != null) {
            switchRegistration.close();
        }
        if (siteRegistration != null) {
            siteRegistration.close();
        }
    }
}
