package org.hisops.app.internal.parts;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.RefusedBundle;
import org.hisops.platform.api.VendorBundle;
import org.hisops.platform.api.VendorBundleException;
import org.hisops.platform.api.VendorBundles;
import org.hisops.platform.ui.AdministratorPrompt;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The view of the platform's "Installed components" capability: every bundle of the running product with its
 * vendor, version, origin, state and the services it provides, kept current as bundles come and go; and the
 * administration of vendor bundles (install, update, uninstall, trusted vendors, the development switch, the files
 * the dropins folder refused). Vendor actions run as jobs, never on the UI thread, and the service decides whether
 * the user may do them: a refusal is shown as the service words it. Built as any vendor's view is: a
 * prototype-scoped {@link CapabilityView} service.
 */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=" + InstalledComponentsView.CAPABILITY)
public class InstalledComponentsView implements CapabilityView {

    /** The id of the platform capability this view belongs to. */
    public static final String CAPABILITY = "org.hisops.platform.components";

    private final BundleContext context;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final BundleListener bundleListener = event -> queueRefresh();
    private final ServiceListener serviceListener = event -> queueRefresh();
    private volatile VendorBundles vendors;
    private volatile CapabilityRegistry.Registration vendorListener;
    private CapabilityViewContext viewContext;
    private Locale locale;
    private BundleTexts texts;
    private TableViewer viewer;
    private Label summary;
    private Text filter;
    private Map<Long, VendorBundle> vendorRows = Map.of();
    private Button install;
    private Button update;
    private Button uninstall;
    private Button trusted;
    private Button unsigned;
    private Composite warning;
    private Label dropinsHint;
    private Composite refusedPanel;
    private TableViewer refused;

    private final AccessControl access;

    @Activate
    public InstalledComponentsView(BundleContext context, @Reference AccessControl access) {
        this.context = context;
        this.access = access;
    }

    // Optional: the view still lists the bundles when the vendor-bundle service is missing or restarting.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setVendors(VendorBundles vendors) {
        CapabilityRegistry.Registration old = vendorListener;
        this.vendors = vendors;
        vendorListener = vendors.addListener(this::queueRefresh);
        if (old != null) {
            old.close();
        }
        queueRefresh();
    }

    void unsetVendors(VendorBundles vendors) {
        if (this.vendors == vendors) {
            this.vendors = null;
            if (vendorListener != null) {
                vendorListener.close();
                vendorListener = null;
            }
            queueRefresh();
        }
    }

    @Override
    public void createControl(Composite container, CapabilityViewContext viewContext) {
        locale = viewContext.locale();
        texts = BundleTexts.of(InstalledComponentsView.class);
        Composite parent = new Composite(container, SWT.NONE);
        parent.setLayout(new GridLayout(2, false));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(text("installed.filter"));
        GridData filterData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        filterData.widthHint = 320;
        filter.setLayoutData(filterData);
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        this.viewContext = viewContext;
        createVendorBar(parent);

        Composite tableHolder = new Composite(parent, SWT.NONE);
        tableHolder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        TableColumnLayout columns = new TableColumnLayout();
        tableHolder.setLayout(columns);
        viewer = new TableViewer(tableHolder, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(NavigatorPart.WIDGET_KEY, "installed");
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(columns, text("installed.col.bundle"), 30, row -> row.name() + "  (" + row.symbolicName() + ")");
        column(columns, text("installed.col.vendor"), 12, BundleRow::vendor);
        column(columns, text("installed.col.version"), 14, BundleRow::version);
        column(columns, text("installed.col.origin"), 12, this::originText);
        column(columns, text("installed.col.state"), 10, row -> stateText(row.state()));
        column(columns, text("installed.col.services"), 34, row -> String.join(", ", row.services()));
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return ((BundleRow) element).matches(filter.getText());
            }
        });
        filter.addModifyListener(e -> viewer.refresh());
        viewer.addSelectionChangedListener(e -> enableActions());
        createRefusedPanel(parent);

        context.addBundleListener(bundleListener);
        context.addServiceListener(serviceListener);
        refresh();
    }

    private void createVendorBar(Composite parent) {
        warning = new Composite(parent, SWT.NONE);
        warning.setData(NavigatorPart.WIDGET_KEY, "vendor.warning");
        warning.setLayout(new GridLayout(1, false));
        GridData warningData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        warning.setLayoutData(warningData);
        Color yellow = new Color(0xff, 0xf0, 0x9e);
        warning.setBackground(yellow);
        Label warningText = new Label(warning, SWT.WRAP);
        warningText.setData(NavigatorPart.WIDGET_KEY, "vendor.warning.text");
        warningText.setBackground(yellow);
        warningText.setText(text("vendor.unsigned.warning"));
        warningText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite bar = new Composite(parent, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        GridLayout barLayout = new GridLayout(5, false);
        barLayout.marginWidth = 0;
        bar.setLayout(barLayout);
        install = button(bar, "vendor.install", "vendor.install", this::installBundle);
        update = button(bar, "vendor.update", "vendor.update", this::updateBundle);
        uninstall = button(bar, "vendor.uninstall", "vendor.uninstall", this::uninstallBundle);
        trusted = button(bar, "vendor.trusted", "vendor.trusted", this::showTrusted);
        unsigned = new Button(bar, SWT.CHECK);
        unsigned.setData(NavigatorPart.WIDGET_KEY, "vendor.unsigned");
        unsigned.setText(text("vendor.unsigned"));
        unsigned.addListener(SWT.Selection, e -> switchUnsigned(unsigned.getSelection()));
        dropinsHint = new Label(parent, SWT.WRAP);
        dropinsHint.setData(NavigatorPart.WIDGET_KEY, "vendor.dropins");
        dropinsHint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
    }

    private Button button(Composite bar, String key, String widget, Runnable action) {
        Button b = new Button(bar, SWT.PUSH);
        b.setText(text(key));
        b.setData(NavigatorPart.WIDGET_KEY, widget);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private void createRefusedPanel(Composite parent) {
        refusedPanel = new Composite(parent, SWT.NONE);
        refusedPanel.setLayout(new GridLayout(1, false));
        GridData panelData = new GridData(SWT.FILL, SWT.FILL, true, false, 2, 1);
        panelData.heightHint = 110;
        refusedPanel.setLayoutData(panelData);
        Label title = new Label(refusedPanel, SWT.NONE);
        title.setText(text("vendor.refused.title"));
        Composite holder = new Composite(refusedPanel, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        refused = new TableViewer(holder, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
        refused.getTable().setHeaderVisible(true);
        refused.getTable().setData(NavigatorPart.WIDGET_KEY, "vendor.refused");
        refused.setContentProvider(ArrayContentProvider.getInstance());
        refusedColumn(columns, "vendor.refused.col.file", 20, RefusedBundle::file);
        refusedColumn(columns, "vendor.refused.col.reason", 80, r -> r.refusal().message(locale));
    }

    private void refusedColumn(TableColumnLayout layout, String key, int weight, Function<RefusedBundle, String> label) {
        TableViewerColumn column = new TableViewerColumn(refused, SWT.NONE);
        column.getColumn().setText(text(key));
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label.apply((RefusedBundle) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return label.apply((RefusedBundle) element);
            }
        });
    }

    private String originText(BundleRow row) {
        VendorBundle vendor = vendorRows.get(row.id());
        return vendor == null ? text("installed.origin.platform") : text("installed.origin." + vendor.source().name().toLowerCase(Locale.ROOT));
    }

    private VendorBundle selectedVendorBundle() {
        Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
        return selected instanceof BundleRow row ? vendorRows.get(row.id()) : null;
    }

    private void enableActions() {
        boolean service = vendors != null;
        boolean vendorSelected = service && selectedVendorBundle() != null;
        install.setEnabled(service);
        trusted.setEnabled(service);
        unsigned.setEnabled(service);
        update.setEnabled(vendorSelected);
        uninstall.setEnabled(vendorSelected);
    }

    private void installBundle() {
        String file = chooseJar(text("vendor.install.title"));
        if (file != null) {
            run(MessageFormat.format(text("vendor.job"), Path.of(file).getFileName()), v -> {
                VendorBundle b = v.install(Path.of(file));
                return MessageFormat.format(text("vendor.installed"), b.symbolicName(), b.version());
            });
        }
    }

    private void updateBundle() {
        VendorBundle selected = selectedVendorBundle();
        if (selected == null) {
            return;
        }
        String file = chooseJar(MessageFormat.format(text("vendor.update.title"), selected.symbolicName()));
        if (file != null) {
            run(MessageFormat.format(text("vendor.job"), Path.of(file).getFileName()), v -> {
                VendorBundle b = v.update(selected.bundleId(), Path.of(file));
                return MessageFormat.format(text("vendor.updated"), b.symbolicName(), b.version());
            });
        }
    }

    private void uninstallBundle() {
        VendorBundle selected = selectedVendorBundle();
        if (selected == null) {
            return;
        }
        String question = MessageFormat.format(text("vendor.uninstall.confirm"), selected.symbolicName(), selected.version())
                + (selected.source() == VendorBundle.Source.DROPINS ? " " + text("vendor.uninstall.dropins") : "");
        if (MessageDialog.openConfirm(shell(), text("vendor.uninstall.title"), question)) {
            run(MessageFormat.format(text("vendor.uninstall.job"), selected.symbolicName()), v -> {
                v.uninstall(selected.bundleId());
                return MessageFormat.format(text("vendor.uninstalled"), selected.symbolicName());
            });
        }
    }

    private void showTrusted() {
        VendorBundles v = vendors;
        if (v != null) {
            new TrustedVendorsDialog(shell(), v, access, texts, locale, this::problemText).open();
        }
    }

    private void switchUnsigned(boolean on) {
        if (on && !MessageDialog.openConfirm(shell(), text("vendor.unsigned.title"), text("vendor.unsigned.confirm"))) {
            unsigned.setSelection(false);
            return;
        }
        run(text("vendor.unsigned.job"), v -> {
            v.allowUnsigned(on);
            return text(on ? "vendor.unsigned.on" : "vendor.unsigned.off");
        });
    }

    private String chooseJar(String title) {
        FileDialog dialog = new FileDialog(shell(), SWT.OPEN);
        dialog.setText(title);
        dialog.setFilterExtensions(new String[] { "*.jar", "*" });
        return dialog.open();
    }

    /** A vendor action: a job off the UI thread; success in the status line, a refusal in a dialog. */
    private void run(String name, VendorAction action) {
        VendorBundles v = vendors;
        // Ask for the password first (the service refuses an operator anyway, and that refusal is shown too).
        if (v == null) {
            return;
        }
        if (!AdministratorPrompt.ensure(shell(), access, locale)) {
            refresh(); // puts a checkbox the user clicked back to the real state
            return;
        }
        Job job = Job.create(name, (IProgressMonitor monitor) -> {
            monitor.beginTask(name, IProgressMonitor.UNKNOWN);
            String done = null;
            String problem = null;
            try {
                done = action.run(v);
            } catch (AccessDeniedException e) {
                problem = e.message(locale);
            } catch (VendorBundleException e) {
                problem = problemText(e);
            }
            String message = done;
            String error = problem;
            if (!viewer.getTable().isDisposed()) {
                viewer.getTable().getDisplay().asyncExec(() -> {
                    if (viewer.getTable().isDisposed()) {
                        return;
                    }
                    refresh();
                    if (error != null) {
                        viewContext.showStatus(error);
                        MessageDialog.openError(shell(), text("vendor.failed.title"), error);
                    } else {
                        viewContext.showStatus(message);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    private String problemText(VendorBundleException e) {
        return e.message(locale);
    }

    private Shell shell() {
        return viewer.getTable().getShell();
    }

    @FunctionalInterface
    private interface VendorAction {
        String run(VendorBundles vendors) throws AccessDeniedException, VendorBundleException;
    }

    private void column(TableColumnLayout layout, String title, int weight,
            java.util.function.Function<BundleRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(title);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((BundleRow) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return text.apply((BundleRow) element);
            }

            @Override
            public Color getForeground(Object element) {
                BundleRow.State state = ((BundleRow) element).state();
                return state == BundleRow.State.INSTALLED || state == BundleRow.State.RESOLVED
                        ? viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY) : null;
            }
        });
    }

    private String stateText(BundleRow.State state) {
        return switch (state) {
            case INSTALLED -> text("state.installed");
            case RESOLVED -> text("state.resolved");
            case STARTING -> text("state.starting");
            case LAZY -> text("state.lazy");
            case STOPPING -> text("state.stopping");
            case ACTIVE -> text("state.active");
            case UNINSTALLED -> text("state.uninstalled");
        };
    }

    /** Bundle and service events come in bursts; one refresh per burst. */
    private void queueRefresh() {
        if (viewer != null && !viewer.getTable().isDisposed() && refreshQueued.compareAndSet(false, true)) {
            viewer.getTable().getDisplay().asyncExec(() -> {
                refreshQueued.set(false);
                refresh();
            });
        }
    }

    private void refresh() {
        if (viewer.getTable().isDisposed()) {
            return;
        }
        VendorBundles v = vendors;
        vendorRows = v == null ? Map.of()
                : v.installed().stream().collect(Collectors.toMap(VendorBundle::bundleId, b -> b, (a, b) -> a));
        List<RefusedBundle> refusals = v == null ? List.of() : v.refused();
        refused.setInput(refusals);
        show(refusedPanel, !refusals.isEmpty());
        boolean allowed = v != null && v.unsignedAllowed();
        unsigned.setSelection(allowed);
        show(warning, allowed);
        Path folder = v == null ? null : v.dropins();
        dropinsHint.setText(folder == null ? text("vendor.dropins.none") : MessageFormat.format(text("vendor.dropins"), folder));
        dropinsHint.setToolTipText(dropinsHint.getText());
        List<BundleRow> rows = BundleRow.of(context.getBundles(), locale);
        // Vendor bundles first: they are the ones an administrator comes here for.
        Map<Long, VendorBundle> vendorIds = vendorRows;
        viewer.setInput(rows.stream().sorted(java.util.Comparator.comparing((BundleRow r) -> !vendorIds.containsKey(r.id())))
                .toList());
        enableActions();
        viewer.getTable().getParent().getParent().layout(true, true);
        long active = rows.stream().filter(r -> r.state() == BundleRow.State.ACTIVE).count();
        int services = rows.stream().mapToInt(BundleRow::serviceCount).sum();
        summary.setText(MessageFormat.format(text("installed.summary"), rows.size(), active, services));
    }

    private static void show(Composite panel, boolean visible) {
        panel.setVisible(visible);
        ((GridData) panel.getLayoutData()).exclude = !visible;
    }

    private String text(String key) {
        return texts.text(locale, key, key);
    }

    @Override
    public void setFocus() {
        filter.setFocus();
    }

    @Override
    public void dispose() {
        if (vendorListener != null) {
            vendorListener.close();
        }
        context.removeBundleListener(bundleListener);
        context.removeServiceListener(serviceListener);
    }
}
