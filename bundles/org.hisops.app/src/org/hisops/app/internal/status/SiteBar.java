package org.hisops.app.internal.status;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.core.services.nls.Translation;
import org.eclipse.e4.core.services.translation.TranslationService;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.hisops.app.internal.Messages;
import org.hisops.app.internal.StatusTopics;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.Role;
import org.hisops.platform.api.Site;
import org.hisops.platform.api.SiteDirectory;
import org.hisops.platform.ui.AdministratorPrompt;

/**
 * The bar above the parts: the site in use (always visible, and switched here) and the role, with signing in and
 * out. Switching writes the site list, so it runs off the UI thread; the navigator, the home page and open parts
 * follow through the site directory's listeners.
 */
public class SiteBar {

    /** {@code Widget.getData("org.hisops.widget")} values, for the product-level tests. */
    public static final String SITE_WIDGET = "sitebar.site";
    public static final String ROLE_WIDGET = "sitebar.role";
    public static final String SIGN_WIDGET = "sitebar.sign";

    @Inject
    private SiteDirectory sites;
    @Inject
    private AccessControl access;
    @Inject
    private UISynchronize sync;
    @Inject
    private IEventBroker broker;
    @Inject
    @Translation
    private Messages messages;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private Combo site;
    private Label role;
    private Button sign;
    private List<Site> shown = List.of();
    private CapabilityRegistry.Registration siteRegistration;
    private CapabilityRegistry.Registration roleRegistration;

    @PostConstruct
    void create(Composite parent) {
        Composite bar = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(4, false);
        layout.marginHeight = 2;
        layout.marginWidth = 6;
        bar.setLayout(layout);
        new Label(bar, SWT.NONE).setText(messages.sitebar_site);
        site = new Combo(bar, SWT.READ_ONLY | SWT.DROP_DOWN);
        site.setData("org.hisops.widget", SITE_WIDGET);
        GridData siteData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        siteData.widthHint = 260;
        site.setLayoutData(siteData);
        site.setToolTipText(messages.sitebar_site_tooltip);
        site.addListener(SWT.Selection, e -> switchTo(site.getSelectionIndex()));
        role = new Label(bar, SWT.NONE);
        role.setData("org.hisops.widget", ROLE_WIDGET);
        GridData roleData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        roleData.horizontalIndent = 24;
        role.setLayoutData(roleData);
        sign = new Button(bar, SWT.PUSH | SWT.FLAT);
        sign.setData("org.hisops.widget", SIGN_WIDGET);
        sign.addListener(SWT.Selection, e -> signInOrOut());
        siteRegistration = sites.addListener(() -> sync.asyncExec(this::showSites));
        roleRegistration = access.addListener(() -> sync.asyncExec(this::showRole));
        showSites();
        showRole();
    }

    private void showSites() {
        if (site.isDisposed()) {
            return;
        }
        shown = sites.sites();
        String current = sites.current().id();
        site.setItems(shown.stream().map(s -> s.displayName(locale)).toArray(String[]::new));
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).id().equals(current)) {
                site.select(i);
            }
        }
        site.getParent().layout(true);
    }

    private void showRole() {
        if (role.isDisposed()) {
            return;
        }
        boolean admin = access.role() == Role.ADMINISTRATOR;
        role.setText(MessageFormat.format(messages.sitebar_role, admin ? messages.sitebar_administrator
                : messages.sitebar_operator, access.user()));
        sign.setText(admin ? messages.sitebar_signout : access.passwordSet() ? messages.sitebar_signin
                : messages.sitebar_setpassword);
        role.getParent().layout(true);
        role.getParent().getParent().layout(true);
    }

    private void switchTo(int index) {
        if (index < 0 || index >= shown.size()) {
            return;
        }
        Site target = shown.get(index);
        site.setEnabled(false);
        CompletableFuture.runAsync(() -> {
            try {
                sites.switchTo(target.id());
            } catch (IOException | RuntimeException e) {
                broker.post(StatusTopics.WARNING, MessageFormat.format(messages.sitebar_switch_failed,
                        target.displayName(locale), e.getMessage()));
            }
        }).whenComplete((v, e) -> sync.asyncExec(() -> {
            if (!site.isDisposed()) {
                site.setEnabled(true);
                showSites();
            }
        }));
    }

    private void signInOrOut() {
        if (access.role() == Role.ADMINISTRATOR) {
            access.signOut();
        } else if (AdministratorPrompt.ensure(site.getShell(), access, locale)) {
            broker.post(StatusTopics.MESSAGE, messages.sitebar_signedin);
        }
        showRole();
    }

    @PreDestroy
    void dispose() {
        siteRegistration.close();
        roleRegistration.close();
    }
}
