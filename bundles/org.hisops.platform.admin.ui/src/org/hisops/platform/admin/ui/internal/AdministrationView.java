package org.hisops.platform.admin.ui.internal;

import java.io.IOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityEntry;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.CapabilitySwitches;
import org.hisops.platform.api.Role;
import org.hisops.platform.api.Site;
import org.hisops.platform.api.SiteDirectory;
import org.hisops.platform.ui.AdministratorPrompt;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The administration view: the administrator role, the sites of the installation, and a table of every installed
 * capability (built-in and vendor) with its switch per site. Everyone sees it; changing anything asks for the
 * administrator password first, and the services refuse an operator anyway. Writes run off the UI thread.
 */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=" + AdministrationView.CAPABILITY)
public class AdministrationView implements CapabilityView {

    static final String CAPABILITY = "org.hisops.platform.administration";
    /** {@code Widget.getData("org.hisops.widget")} values, for the product-level tests. */
    static final String SITES_WIDGET = "admin.sites";
    static final String SWITCHES_WIDGET = "admin.switches";
    static final String ROLE_WIDGET = "admin.role";
    private static final String WIDGET_KEY = "org.hisops.widget";
    /** Capability, category, vendor; the site columns follow. */
    private static final int FIXED_COLUMNS = 3;

    private final SiteDirectory sites;
    private final CapabilitySwitches switches;
    private final CapabilityRegistry registry;
    private final AccessControl access;
    private final BundleTexts texts = BundleTexts.of(AdministrationView.class);
    private final BundleTexts platformTexts = BundleTexts.of(Site.class);
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final List<AutoCloseable> registrations = new ArrayList<>();

    private Locale locale;
    private CapabilityViewContext context;
    private Composite root;
    private Label role;
    private Button sign;
    private Button password;
    private TableViewer siteViewer;
    private Button rename;
    private Button delete;
    private Button use;
    private Label switchHint;
    private TableViewer switchViewer;
    private List<Site> columnSites = List.of();

    @Activate
    public AdministrationView(@Reference SiteDirectory sites, @Reference CapabilitySwitches switches,
            @Reference CapabilityRegistry registry, @Reference AccessControl access) {
        this.sites = sites;
        this.switches = switches;
        this.registry = registry;
        this.access = access;
    }

    @Override
    public void createControl(Composite container, CapabilityViewContext viewContext) {
        this.context = viewContext;
        this.locale = viewContext.locale();
        root = new Composite(container, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 12;
        layout.verticalSpacing = 10;
        root.setLayout(layout);

        Composite roleRow = new Composite(root, SWT.NONE);
        roleRow.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout roleLayout = new GridLayout(3, false);
        roleLayout.marginWidth = roleLayout.marginHeight = 0;
        roleRow.setLayout(roleLayout);
        role = new Label(roleRow, SWT.WRAP);
        role.setData(WIDGET_KEY, ROLE_WIDGET);
        role.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        sign = new Button(roleRow, SWT.PUSH);
        sign.addListener(SWT.Selection, e -> signInOrOut());
        password = new Button(roleRow, SWT.PUSH);
        password.setText(text("admin.password.change"));
        password.addListener(SWT.Selection, e -> {
            if (AdministratorPrompt.changePassword(root.getShell(), access, locale)) {
                context.showStatus(text("admin.password.changed"));
            }
        });

        createSites(root);
        createSwitches(root);

        registrations.add(sites.addListener(this::queueRefresh));
        registrations.add(switches.addListener(this::queueRefresh));
        registrations.add(registry.addListener(event -> queueRefresh()));
        registrations.add(access.addListener(this::queueRefresh));
        refresh();
    }

    private void createSites(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(text("admin.sites"));
        group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        group.setLayout(new GridLayout(2, false));
        siteViewer = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        Table table = siteViewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(WIDGET_KEY, SITES_WIDGET);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, false);
        tableData.heightHint = 110;
        table.setLayoutData(tableData);
        column(siteViewer, text("admin.sites.name"), 260, s -> ((Site) s).displayName(locale));
        column(siteViewer, text("admin.sites.id"), 120, s -> ((Site) s).id());
        column(siteViewer, text("admin.sites.current"), 90,
                s -> ((Site) s).id().equals(sites.current().id()) ? text("admin.sites.inuse") : "");
        siteViewer.setContentProvider(ArrayContentProvider.getInstance());
        siteViewer.addSelectionChangedListener(e -> enableSiteButtons());
        siteViewer.addDoubleClickListener(e -> useSelected());

        Composite buttons = new Composite(group, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        GridLayout buttonLayout = new GridLayout(1, true);
        buttonLayout.marginWidth = buttonLayout.marginHeight = 0;
        buttons.setLayout(buttonLayout);
        button(buttons, text("admin.sites.new"), this::createSite);
        rename = button(buttons, text("admin.sites.rename"), this::renameSelected);
        delete = button(buttons, text("admin.sites.delete"), this::deleteSelected);
        use = button(buttons, text("admin.sites.use"), this::useSelected);
    }

    private void createSwitches(Composite parent) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(text("admin.switches"));
        group.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        group.setLayout(new GridLayout(1, false));
        switchHint = new Label(group, SWT.WRAP);
        GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, false);
        hintData.widthHint = 600;
        switchHint.setLayoutData(hintData);
        switchViewer = new TableViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        Table table = switchViewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(WIDGET_KEY, SWITCHES_WIDGET);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        column(switchViewer, text("admin.switches.capability"), 240, e -> ((CapabilityEntry) e).name(locale));
        column(switchViewer, text("admin.switches.category"), 110,
                e -> platformTexts.text(locale, ((CapabilityEntry) e).category().nameKey(), ""));
        column(switchViewer, text("admin.switches.vendor"), 130, e -> vendor((CapabilityEntry) e));
        switchViewer.setContentProvider(ArrayContentProvider.getInstance());
        // A click on a site's cell flips that switch; the space bar flips the site in use for the selected row.
        table.addListener(SWT.MouseDown, e -> {
            ViewerCell cell = switchViewer.getCell(new Point(e.x, e.y));
            if (cell != null && cell.getColumnIndex() >= FIXED_COLUMNS && e.button == 1) {
                Site site = columnSites.get(cell.getColumnIndex() - FIXED_COLUMNS);
                toggle((CapabilityEntry) cell.getElement(), site);
            }
        });
        table.addListener(SWT.KeyDown, e -> {
            if (e.character == ' ' && !switchViewer.getStructuredSelection().isEmpty()) {
                toggle((CapabilityEntry) switchViewer.getStructuredSelection().getFirstElement(), sites.current());
                e.doit = false;
            }
        });
    }

    private void queueRefresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            Display display = root == null || root.isDisposed() ? null : root.getDisplay();
            if (display == null) {
                refreshQueued.set(false);
                return;
            }
            display.asyncExec(() -> {
                refreshQueued.set(false);
                refresh();
            });
        }
    }

    private void refresh() {
        if (root.isDisposed()) {
            return;
        }
        boolean admin = access.role() == Role.ADMINISTRATOR;
        String roleName = platformTexts.text(locale, access.role().nameKey(), access.role().name());
        role.setText(MessageFormat.format(text(admin ? "admin.role.admin" : "admin.role.operator"), roleName,
                access.user()));
        sign.setText(text(admin ? "admin.signout" : access.passwordSet() ? "admin.signin" : "admin.setpassword"));
        password.setEnabled(admin);
        switchHint.setText(text(admin ? "admin.switches.hint.admin" : "admin.switches.hint.operator"));

        List<Site> all = sites.sites();
        Object selected = siteViewer.getStructuredSelection().getFirstElement();
        siteViewer.setInput(all);
        if (selected instanceof Site s) {
            all.stream().filter(x -> x.id().equals(s.id())).findFirst()
                    .ifPresent(x -> siteViewer.setSelection(new org.eclipse.jface.viewers.StructuredSelection(x)));
        }
        enableSiteButtons();

        if (!all.equals(columnSites)) {
            rebuildSiteColumns(all);
        }
        switchViewer.setInput(registry.capabilities());
        root.layout(true, true);
    }

    private void rebuildSiteColumns(List<Site> all) {
        Table table = switchViewer.getTable();
        TableColumn[] columns = table.getColumns();
        for (int i = columns.length - 1; i >= FIXED_COLUMNS; i--) {
            columns[i].dispose();
        }
        columnSites = List.copyOf(all);
        Color on = table.getDisplay().getSystemColor(SWT.COLOR_DARK_GREEN);
        Color off = table.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
        for (Site site : columnSites) {
            TableViewerColumn column = new TableViewerColumn(switchViewer, SWT.CENTER);
            column.getColumn().setText(site.displayName(locale));
            column.getColumn().setWidth(Math.max(110, 9 * site.displayName(locale).length() + 30));
            column.getColumn().setToolTipText(MessageFormat.format(text("admin.switches.column.tooltip"),
                    site.displayName(locale)));
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return state((CapabilityEntry) element, site);
                }

                @Override
                public Color getForeground(Object element) {
                    CapabilityEntry entry = (CapabilityEntry) element;
                    return switchable(entry) && !switches.isEnabled(site.id(), entry.id()) ? off : on;
                }
            });
        }
        switchViewer.refresh();
    }

    /** The cell's text: on, off, or always on for an administration capability. */
    String state(CapabilityEntry entry, Site site) {
        if (!switchable(entry)) {
            return text("admin.switches.always");
        }
        return text(switches.isEnabled(site.id(), entry.id()) ? "admin.switches.on" : "admin.switches.off");
    }

    private static boolean switchable(CapabilityEntry entry) {
        try {
            return entry.capability() == null || entry.capability().switchable();
        } catch (RuntimeException e) {
            return true;
        }
    }

    private void toggle(CapabilityEntry entry, Site site) {
        if (!switchable(entry)) {
            context.showStatus(MessageFormat.format(text("admin.switches.fixed"), entry.name(locale)));
            return;
        }
        if (!AdministratorPrompt.ensure(root.getShell(), access, locale)) {
            return;
        }
        boolean enable = !switches.isEnabled(site.id(), entry.id());
        String what = MessageFormat.format(text(enable ? "admin.switches.done.on" : "admin.switches.done.off"),
                entry.name(locale), site.displayName(locale));
        run(() -> switches.setEnabled(site.id(), entry.id(), enable), what);
    }

    private void createSite() {
        if (!AdministratorPrompt.ensure(root.getShell(), access, locale)) {
            return;
        }
        String name = askName(text("admin.sites.new.title"), text("admin.sites.new.message"), "", null);
        if (name != null) {
            run(() -> sites.create(name), MessageFormat.format(text("admin.sites.created"), name.strip()));
        }
    }

    private void renameSelected() {
        Site site = selectedSite();
        if (site == null || !AdministratorPrompt.ensure(root.getShell(), access, locale)) {
            return;
        }
        String name = askName(text("admin.sites.rename.title"),
                MessageFormat.format(text("admin.sites.rename.message"), site.displayName(locale)),
                site.displayName(locale), site.id());
        if (name != null) {
            run(() -> sites.rename(site.id(), name), MessageFormat.format(text("admin.sites.renamed"), name.strip()));
        }
    }

    private void deleteSelected() {
        Site site = selectedSite();
        if (site == null) {
            return;
        }
        if (sites.sites().size() == 1) {
            MessageDialog.openInformation(root.getShell(), text("admin.sites.delete.title"), text("admin.sites.last"));
            return;
        }
        if (!AdministratorPrompt.ensure(root.getShell(), access, locale)) {
            return;
        }
        MessageDialog confirm = new MessageDialog(root.getShell(), text("admin.sites.delete.title"), null,
                MessageFormat.format(text("admin.sites.delete.message"), site.displayName(locale)),
                MessageDialog.WARNING, 1, text("admin.sites.delete.confirm"), text("admin.cancel"));
        if (confirm.open() == 0) {
            run(() -> sites.delete(site.id()),
                    MessageFormat.format(text("admin.sites.deleted"), site.displayName(locale)));
        }
    }

    private void useSelected() {
        Site site = selectedSite();
        if (site != null && !site.id().equals(sites.current().id())) {
            run(() -> sites.switchTo(site.id()), MessageFormat.format(text("admin.sites.switched"),
                    site.displayName(locale)));
        }
    }

    /** A name for a new or renamed site, checked as the user types; {@code null} when cancelled. */
    private String askName(String title, String message, String initial, String exceptId) {
        IInputValidator validator = value -> {
            String clean = value == null ? "" : value.strip();
            if (clean.isEmpty()) {
                return text("admin.sites.name.empty");
            }
            if (clean.length() > 80) {
                return text("admin.sites.name.long");
            }
            for (Site s : sites.sites()) {
                if (!s.id().equals(exceptId) && (clean.equalsIgnoreCase(s.displayName(Locale.ROOT))
                        || clean.equalsIgnoreCase(s.displayName(Locale.SIMPLIFIED_CHINESE)))) {
                    return MessageFormat.format(text("admin.sites.name.taken"), clean);
                }
            }
            return null;
        };
        InputDialog dialog = new InputDialog(root.getShell(), title, message, initial, validator);
        return dialog.open() == Window.OK ? dialog.getValue() : null;
    }

    /** An administrative change, run off the UI thread; its outcome goes to the status line or a dialog. */
    private void run(Change change, String done) {
        Shell shell = root.getShell();
        Display display = root.getDisplay();
        CompletableFuture.runAsync(() -> {
            try {
                change.run();
            } catch (IOException | AccessDeniedException e) {
                throw new CompletionException(e);
            }
        }).whenComplete((v, error) -> display.asyncExec(() -> {
            if (root.isDisposed()) {
                return;
            }
            if (error == null) {
                context.showStatus(done);
            } else {
                Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
                MessageDialog.openError(shell, text("admin.failed.title"), explain(cause));
            }
            refresh();
        }));
    }

    private String explain(Throwable cause) {
        if (cause instanceof AccessDeniedException denied) {
            return denied.message(locale);
        }
        if (cause instanceof IllegalArgumentException) {
            return text("admin.failed.rule");
        }
        return MessageFormat.format(text("admin.failed.io"), String.valueOf(cause.getMessage()));
    }

    private void signInOrOut() {
        if (access.role() == Role.ADMINISTRATOR) {
            access.signOut();
        } else {
            AdministratorPrompt.ensure(root.getShell(), access, locale);
        }
        refresh();
    }

    private Site selectedSite() {
        Object o = siteViewer.getStructuredSelection().getFirstElement();
        return o instanceof Site s ? s : null;
    }

    private void enableSiteButtons() {
        Site s = selectedSite();
        rename.setEnabled(s != null);
        delete.setEnabled(s != null);
        use.setEnabled(s != null && !s.id().equals(sites.current().id()));
    }

    private String vendor(CapabilityEntry entry) {
        try {
            return entry.capability() == null ? entry.bundleSymbolicName() : entry.capability().vendor();
        } catch (RuntimeException e) {
            return entry.bundleSymbolicName();
        }
    }

    private Button button(Composite parent, String label, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private static void column(TableViewer viewer, String title, int width,
            java.util.function.Function<Object, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
    }

    private String text(String key) {
        return texts.text(locale, key, key);
    }

    @Override
    public void setFocus() {
        if (switchViewer != null && !switchViewer.getTable().isDisposed()) {
            switchViewer.getTable().setFocus();
        }
    }

    @Override
    public void dispose() {
        for (AutoCloseable r : registrations) {
            try {
                r.close();
            } catch (Exception e) {
                // Closing a listener registration does not fail in practice; nothing to do if it does.
            }
        }
        registrations.clear();
    }

    /** A change that may be refused or fail to save. */
    @FunctionalInterface
    private interface Change {
        void run() throws IOException, AccessDeniedException;
    }
}
