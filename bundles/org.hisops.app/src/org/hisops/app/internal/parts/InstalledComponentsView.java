package org.hisops.app.internal.parts;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

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
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Capability;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The view of the platform's "Installed components" capability: every bundle of the running product with its
 * vendor, version, state and the services it provides, kept current as bundles come and go. Built as any vendor's
 * view is: a prototype-scoped {@link CapabilityView} service.
 */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=" + InstalledComponentsView.CAPABILITY)
public class InstalledComponentsView implements CapabilityView {

    /** The id of the platform capability this view belongs to. */
    public static final String CAPABILITY = "org.hisops.platform.components";

    private final BundleContext context;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final BundleListener bundleListener = event -> queueRefresh();
    private final ServiceListener serviceListener = event -> queueRefresh();
    private Locale locale;
    private BundleTexts texts;
    private TableViewer viewer;
    private Label summary;
    private Text filter;

    @Activate
    public InstalledComponentsView(BundleContext context) {
        this.context = context;
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
        column(columns, text("installed.col.state"), 10, row -> stateText(row.state()));
        column(columns, text("installed.col.services"), 34, row -> String.join(", ", row.services()));
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return ((BundleRow) element).matches(filter.getText());
            }
        });
        filter.addModifyListener(e -> viewer.refresh());

        context.addBundleListener(bundleListener);
        context.addServiceListener(serviceListener);
        refresh();
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
        List<BundleRow> rows = BundleRow.of(context.getBundles(), locale);
        viewer.setInput(rows);
        long active = rows.stream().filter(r -> r.state() == BundleRow.State.ACTIVE).count();
        int services = rows.stream().mapToInt(BundleRow::serviceCount).sum();
        summary.setText(MessageFormat.format(text("installed.summary"), rows.size(), active, services));
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
        context.removeBundleListener(bundleListener);
        context.removeServiceListener(serviceListener);
    }
}
