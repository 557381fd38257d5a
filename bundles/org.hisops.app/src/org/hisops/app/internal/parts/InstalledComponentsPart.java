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
import org.hisops.app.internal.Messages;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleListener;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceListener;

/** Every bundle of the running product: vendor, version, state and the services it provides, kept current. */
public class InstalledComponentsPart {

    @Inject
    private UISynchronize sync;
    @Inject
    @Translation
    private Messages messages;
    @Inject
    @Named(TranslationService.LOCALE)
    private Locale locale;

    private final BundleContext context = FrameworkUtil.getBundle(InstalledComponentsPart.class).getBundleContext();
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final BundleListener bundleListener = event -> queueRefresh();
    private final ServiceListener serviceListener = event -> queueRefresh();
    private TableViewer viewer;
    private Label summary;
    private Text filter;

    @PostConstruct
    void create(Composite parent) {
        parent.setLayout(new GridLayout(2, false));
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(messages.installed_filter);
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
        column(columns, messages.installed_col_bundle, 30, row -> row.name() + "  (" + row.symbolicName() + ")");
        column(columns, messages.installed_col_vendor, 12, BundleRow::vendor);
        column(columns, messages.installed_col_version, 14, BundleRow::version);
        column(columns, messages.installed_col_state, 10, row -> stateText(row.state()));
        column(columns, messages.installed_col_services, 34, row -> String.join(", ", row.services()));
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
            case INSTALLED -> messages.state_installed;
            case RESOLVED -> messages.state_resolved;
            case STARTING -> messages.state_starting;
            case LAZY -> messages.state_lazy;
            case STOPPING -> messages.state_stopping;
            case ACTIVE -> messages.state_active;
            case UNINSTALLED -> messages.state_uninstalled;
        };
    }

    /** Bundle and service events come in bursts; one refresh per burst. */
    private void queueRefresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            sync.asyncExec(() -> {
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
        int services = rows.stream().mapToInt(r -> r.services().size()).sum();
        summary.setText(MessageFormat.format(messages.installed_summary, rows.size(), active, services));
    }

    @Focus
    void setFocus() {
        filter.setFocus();
    }

    @PreDestroy
    void dispose() {
        context.removeBundleListener(bundleListener);
        context.removeServiceListener(serviceListener);
    }
}
