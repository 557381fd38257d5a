package org.hisops.db.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.ProbeResult;
import org.hisops.platform.api.Capability;
import org.hisops.platform.api.Site;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The site's endpoints with what their last connection test found. Tests run as jobs (progress in the status
 * line), one per endpoint, cancellable; the table stays usable while they run.
 */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=org.hisops.db.endpoints")
public class EndpointsView implements CapabilityView {

    /** Widget data key for tests. */
    static final String WIDGET_KEY = "org.hisops.widget";

    private final EndpointDirectory directory;
    private final CredentialStore credentials;
    private final DatabaseSessions sessions;
    private final Map<String, EndpointRow> rows = new LinkedHashMap<>();
    private final List<Cancellation> running = new ArrayList<>();
    /** Consecutive transient failures per endpoint, for the back-off of automatic re-tests. */
    private final Map<String, Integer> retries = new java.util.HashMap<>();
    private Texts texts;
    private Site site;
    private TableViewer viewer;
    private Label summary;
    private Display display;
    private AutoCloseable directoryListener;

    @Activate
    public EndpointsView(@Reference EndpointDirectory directory, @Reference CredentialStore credentials,
            @Reference DatabaseSessions sessions) {
        this.directory = directory;
        this.credentials = credentials;
        this.sessions = sessions;
    }

    @Override
    public void createControl(Composite container, CapabilityViewContext context) {
        texts = new Texts(context.locale());
        site = context.site();
        display = container.getDisplay();
        Composite parent = new Composite(container, SWT.NONE);
        parent.setLayout(new GridLayout(7, false));
        button(parent, "endpoints.add", this::add);
        Button edit = button(parent, "endpoints.edit", this::edit);
        Button delete = button(parent, "endpoints.delete", this::delete);
        Button test = button(parent, "endpoints.test", () -> selected().forEach(this::test));
        button(parent, "endpoints.testAll", () -> rows.values().forEach(r -> test(r.endpoint())));
        button(parent, "endpoints.cancel", this::cancelTests);
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 7, 1));
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(WIDGET_KEY, "endpoints");
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        column(columns, "col.name", 19, r -> r.endpoint().name());
        column(columns, "col.system", 5, r -> r.endpoint().system());
        column(columns, "col.engine", 11, r -> texts.text("engine." + r.endpoint().engine().name().toLowerCase(java.util.Locale.ROOT))
                + (r.endpoint().emulated() ? " " + texts.text("status.emulated") : ""));
        column(columns, "col.address", 15, this::address);
        column(columns, "col.user", 9, r -> r.endpoint().user() + (r.endpoint().connectRole() == org.hisops.db.api.ConnectRole.NORMAL
                ? "" : " AS " + r.endpoint().connectRole()));
        column(columns, "col.version", 7, r -> r.result() == null ? "" : r.result().version().toString());
        column(columns, "col.openmode", 12, r -> r.result() == null ? "" : r.result().openMode());
        column(columns, "col.dbrole", 13, r -> r.result() == null ? texts.text("rolehint." + r.endpoint().roleHint().name().toLowerCase(java.util.Locale.ROOT))
                : r.result().databaseRole());
        column(columns, "col.rtt", 6, r -> r.result() == null ? "" : String.format(texts.locale(), "%.1f ms",
                r.result().roundTrip().toNanos() / 1e6));
        column(columns, "col.status", 15, this::status);
        viewer.addSelectionChangedListener(e -> {
            boolean any = !viewer.getStructuredSelection().isEmpty();
            edit.setEnabled(viewer.getStructuredSelection().size() == 1);
            delete.setEnabled(any);
            test.setEnabled(any);
        });
        viewer.addDoubleClickListener(e -> edit());
        edit.setEnabled(false);
        delete.setEnabled(false);
        test.setEnabled(false);
        // Endpoints may be added elsewhere meanwhile (the demo site registers its own in the background).
        directoryListener = directory.addListener(() -> {
            if (!display.isDisposed()) {
                display.asyncExec(this::reload);
            }
        });
        reload();
    }

    private Button button(Composite parent, String key, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(texts.text(key));
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }

    private void column(TableColumnLayout layout, String key, int weight, Function<EndpointRow, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(texts.text(key));
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 70));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((EndpointRow) element);
            }

            @Override
            public String getToolTipText(Object element) {
                EndpointRow row = (EndpointRow) element;
                if (row.failure() != null) {
                    return texts.problemTitle(row.failure(), row.endpoint()) + "\n" + texts.problemAction(row.failure())
                            + "\n\n" + row.failure().getMessage();
                }
                return row.result() == null ? null : row.result().banner() + "\n" + row.result().driver();
            }

            @Override
            public Color getForeground(Object element) {
                return ((EndpointRow) element).failure() == null ? null
                        : viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
            }
        });
    }

    private String address(EndpointRow r) {
        Endpoint e = r.endpoint();
        return switch (e.addressKind()) {
            case DESCRIPTOR -> e.address();
            case SID -> e.host() + ":" + e.port() + ":" + e.address();
            default -> e.host() + ":" + e.port() + "/" + e.address();
        };
    }

    private String status(EndpointRow r) {
        if (r.testing()) {
            return texts.text("status.testing");
        }
        if (r.failure() != null) {
            return texts.problemTitle(r.failure(), r.endpoint());
        }
        if (r.result() != null) {
            return texts.format("status.ok", r.result().databaseName());
        }
        return texts.text("status.untested");
    }

    private List<Endpoint> selected() {
        List<Endpoint> list = new ArrayList<>();
        for (Object o : ((IStructuredSelection) viewer.getSelection()).toList()) {
            list.add(((EndpointRow) o).endpoint());
        }
        return list;
    }

    private void reload() {
        Map<String, EndpointRow> old = new LinkedHashMap<>(rows);
        rows.clear();
        for (Endpoint e : directory.endpoints(site.id())) {
            EndpointRow previous = old.get(e.id());
            rows.put(e.id(), previous != null && previous.endpoint().equals(e) ? previous : EndpointRow.untested(e));
        }
        refresh();
        // What a DBA opens this view for is the current state: every endpoint not tested yet is tested now
        // (a read-only probe with the endpoint's own limits and timeouts).
        rows.values().stream().filter(r -> r.result() == null && r.failure() == null && !r.testing())
                .map(EndpointRow::endpoint).toList().forEach(this::test);
    }

    private void refresh() {
        if (viewer.getTable().isDisposed()) {
            return;
        }
        viewer.setInput(new ArrayList<>(rows.values()));
        long ok = rows.values().stream().filter(r -> r.result() != null).count();
        long failed = rows.values().stream().filter(r -> r.failure() != null).count();
        summary.setText(texts.format("endpoints.summary", rows.size(), ok, failed));
        summary.getParent().layout();
    }

    private void add() {
        EndpointDialog dialog = new EndpointDialog(viewer.getTable().getShell(), texts, site, null, credentials, sessions);
        if (dialog.open() == EndpointDialog.OK) {
            directory.save(dialog.endpoint());
            reload();
            test(dialog.endpoint());
        }
    }

    private void edit() {
        List<Endpoint> selected = selected();
        if (selected.size() != 1) {
            return;
        }
        EndpointDialog dialog = new EndpointDialog(viewer.getTable().getShell(), texts, site, selected.get(0),
                credentials, sessions);
        if (dialog.open() == EndpointDialog.OK) {
            directory.save(dialog.endpoint());
            sessions.forget(dialog.endpoint().id());
            reload();
            test(dialog.endpoint());
        }
    }

    private void delete() {
        List<Endpoint> selected = selected();
        if (selected.isEmpty() || !MessageDialog.openConfirm(viewer.getTable().getShell(), texts.text("delete.title"),
                texts.format("delete.message", selected.size(), selected.get(0).name()))) {
            return;
        }
        for (Endpoint e : selected) {
            sessions.forget(e.id());
            directory.delete(e.id());
        }
        reload();
    }

    /** Tests one endpoint in a job; the row shows "testing" until the result arrives. */
    private void test(Endpoint endpoint) {
        EndpointRow row = rows.get(endpoint.id());
        if (row == null || row.testing()) {
            return;
        }
        rows.put(endpoint.id(), row.started());
        refresh();
        Cancellation cancellation = new Cancellation();
        synchronized (running) {
            running.add(cancellation);
        }
        Job job = Job.create(texts.format("job.test", endpoint.name()), (IProgressMonitor monitor) -> {
            monitor.beginTask(endpoint.name(), IProgressMonitor.UNKNOWN);
            EndpointRow done;
            try {
                ProbeResult result = sessions.probe(endpoint, cancellation);
                done = row.succeeded(result);
            } catch (DatabaseException e) {
                done = row.failed(e);
            } finally {
                synchronized (running) {
                    running.remove(cancellation);
                }
                monitor.done();
            }
            EndpointRow finished = done;
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (rows.containsKey(endpoint.id())) {
                        rows.put(endpoint.id(), finished);
                        refresh();
                        retryLater(finished);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    /**
     * A server that is starting, restarting or briefly unreachable is tested again while the view is open: after
     * 10 s, 20 s, 40 s, then every 60 s (one probe per endpoint and minute at most). Problems a retry cannot fix
     * (wrong password, missing privilege, unknown host) wait for the user.
     */
    private void retryLater(EndpointRow row) {
        String id = row.endpoint().id();
        if (row.failure() == null) {
            retries.remove(id);
            return;
        }
        switch (row.failure().problem()) {
            case CONNECTION_REFUSED, LISTENER_DOWN, CONNECTION_LOST, TIMEOUT, STARTING_OR_STOPPING, INSTANCE_DOWN -> {
                int attempt = retries.merge(id, 1, Integer::sum);
                int seconds = Math.min(60, 10 << Math.min(attempt - 1, 3));
                display.timerExec(seconds * 1000, () -> {
                    EndpointRow current = rows.get(id);
                    if (!viewer.getTable().isDisposed() && current != null && current.failure() != null) {
                        test(current.endpoint());
                    }
                });
            }
            default -> retries.remove(id);
        }
    }

    private void cancelTests() {
        List<Cancellation> all;
        synchronized (running) {
            all = new ArrayList<>(running);
        }
        all.forEach(Cancellation::cancel);
    }

    @Override
    public void setFocus() {
        viewer.getTable().setFocus();
    }

    @Override
    public void dispose() {
        cancelTests(); // a closed view leaves no test running against production
        try {
            directoryListener.close();
        } catch (Exception e) {
            // the directory is gone already
        }
    }
}
