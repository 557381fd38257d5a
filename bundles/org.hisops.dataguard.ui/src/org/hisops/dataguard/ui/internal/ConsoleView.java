package org.hisops.dataguard.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.hisops.dataguard.api.LagAlert;
import org.hisops.dataguard.api.LagSample;
import org.hisops.dataguard.api.LagThresholds;
import org.hisops.dataguard.api.ReadinessLine;
import org.hisops.dataguard.api.Reason;
import org.hisops.dataguard.api.ReplicationMonitor;
import org.hisops.dataguard.api.SiteStatus;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.SystemStatus;
import org.hisops.dataguard.api.Verdict;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.Capability;
import org.hisops.platform.api.SiteSettings;
import org.hisops.platform.ui.AdministratorPrompt;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The Data Guard console of the site in use: per system its topology, a card, a 24-hour lag chart and the
 * switchover readiness of each standby, the site's alerts, a Refresh-now button and the site's refresh interval.
 * <p>
 * Nothing here waits on a database or the store: the view watches the site through the {@link ReplicationMonitor}
 * and draws each finished cycle handed to its listener; the history, the alerts, the readiness lines, a refresh and
 * a settings change run as jobs and come back through {@code asyncExec}. Closing the view ends its watch and its
 * listeners.
 */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=org.hisops.dataguard")
public class ConsoleView implements CapabilityView {

    static final String WIDGET_KEY = StandbyCard.WIDGET_KEY;
    /** Alerts listed at most; older ones stay in the store. */
    static final int ALERTS = 200;

    private final ReplicationMonitor monitor;
    private final EndpointDirectory directory;
    private final SiteSettings settings;
    private final AccessControl access;
    private final List<Job> jobs = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> handles = new ArrayList<>();
    private final Map<String, StandbyCard> cards = new LinkedHashMap<>();
    private final Map<String, TopologyFigure> figures = new HashMap<>();
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>(); // filled by a job too
    private CapabilityViewContext context;
    private ConsoleTexts texts;
    private DateTimeFormatter time;
    private Display display;
    private String siteId;
    private ScrolledComposite scroller;
    private Composite content;
    private Composite systems;
    private Label summary;
    private Button refresh;
    private Text interval;
    private Button applyInterval;
    private Table alerts;
    private Font bold;
    private String layoutKey = "";
    private volatile boolean disposed;

    @Activate
    public ConsoleView(@Reference ReplicationMonitor monitor, @Reference EndpointDirectory directory,
            @Reference SiteSettings settings, @Reference AccessControl access) {
        this.monitor = monitor;
        this.directory = directory;
        this.settings = settings;
        this.access = access;
    }

    @Override
    public void createControl(Composite parent, CapabilityViewContext viewContext) {
        context = viewContext;
        siteId = viewContext.site().id();
        texts = new ConsoleTexts(viewContext.locale(), monitor.getClass());
        time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", viewContext.locale())
                .withZone(ZoneId.systemDefault());
        display = parent.getDisplay();
        FontData[] data = parent.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        bold = new Font(display, data);

        scroller = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        content = new Composite(scroller, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = layout.marginHeight = 8;
        content.setLayout(layout);
        scroller.setContent(content);
        scroller.addListener(SWT.Resize, e -> relayout());

        Composite bar = new Composite(content, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout barLayout = new GridLayout(6, false);
        barLayout.marginWidth = 0;
        bar.setLayout(barLayout);
        summary = new Label(bar, SWT.NONE);
        summary.setFont(bold);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setText(texts.ui("summary.waiting"));
        summary.setData(WIDGET_KEY, "dataguard.summary");
        refresh = new Button(bar, SWT.PUSH);
        refresh.setText(texts.ui("refresh.now"));
        refresh.setData(WIDGET_KEY, "dataguard.refresh");
        refresh.addListener(SWT.Selection, e -> refreshNow());
        new Label(bar, SWT.NONE).setText(texts.ui("interval.label"));
        interval = new Text(bar, SWT.BORDER | SWT.RIGHT);
        GridData intervalData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        intervalData.widthHint = 50;
        interval.setLayoutData(intervalData);
        interval.setText(Long.toString(LagThresholds.from(k -> settings.get(siteId, k)).refresh().toSeconds()));
        interval.setData(WIDGET_KEY, "dataguard.interval");
        interval.setToolTipText(texts.ui("interval.tooltip"));
        new Label(bar, SWT.NONE).setText(texts.ui("interval.unit"));
        applyInterval = new Button(bar, SWT.PUSH);
        applyInterval.setText(texts.ui("interval.apply"));
        applyInterval.setData(WIDGET_KEY, "dataguard.interval.apply");
        applyInterval.addListener(SWT.Selection, e -> changeInterval());

        systems = new Composite(content, SWT.NONE);
        systems.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout systemsLayout = new GridLayout(1, false);
        systemsLayout.marginWidth = systemsLayout.marginHeight = 0;
        systems.setLayout(systemsLayout);

        Label alertsTitle = new Label(content, SWT.NONE);
        alertsTitle.setFont(bold);
        alertsTitle.setText(texts.ui("alerts.title"));
        alerts = new Table(content, SWT.BORDER | SWT.FULL_SELECTION);
        alerts.setHeaderVisible(true);
        alerts.setLinesVisible(true);
        alerts.setData(WIDGET_KEY, "dataguard.alerts");
        GridData alertsData = new GridData(SWT.FILL, SWT.TOP, true, false);
        alertsData.heightHint = alerts.getItemHeight() * 8 + alerts.getHeaderHeight();
        alerts.setLayoutData(alertsData);
        for (String[] c : new String[][] { { "alerts.col.time", "150" }, { "alerts.col.system", "90" },
                { "alerts.col.standby", "220" }, { "alerts.col.change", "150" }, { "alerts.col.reasons", "700" } }) {
            TableColumn column = new TableColumn(alerts, SWT.LEFT);
            column.setText(texts.ui(c[0]));
            column.setWidth(Integer.parseInt(c[1]));
        }

        handles.add(monitor.addListener(status -> {
            if (status.siteId().equals(siteId)) {
                ui(() -> show(status));
            }
        }));
        handles.add(monitor.addAlertListener(alert -> {
            if (alert.siteId().equals(siteId)) {
                ui(() -> alerted(alert));
            }
        }));
        handles.add(monitor.watch(siteId));
        run("job.load", m -> {
            for (Endpoint e : directory.endpoints(siteId)) {
                endpoints.put(e.id(), e);
            }
            List<LagAlert> kept = monitor.alerts(siteId, Instant.now().minus(LagChart.SPAN));
            ui(() -> {
                for (LagAlert a : kept.subList(0, Math.min(ALERTS, kept.size())).reversed()) {
                    addAlertRow(a);
                }
                monitor.latest(siteId).ifPresent(this::show);
            });
        });
        relayout();
    }

    private void relayout() {
        if (scroller.isDisposed()) {
            return;
        }
        int width = scroller.getClientArea().width;
        scroller.setMinSize(content.computeSize(Math.max(width, 900), SWT.DEFAULT));
        content.layout(true, true);
    }

    /** Draws a finished cycle; the widgets are rebuilt only when the site's systems or standbys changed. */
    private void show(SiteStatus status) {
        StringBuilder key = new StringBuilder();
        for (SystemStatus s : status.systems()) {
            key.append(s.topology().system()).append(':');
            s.standbys().forEach(l -> key.append(l.standbyId()).append(','));
            key.append(';');
        }
        if (!key.toString().equals(layoutKey) || endpoints.isEmpty()) {
            layoutKey = key.toString();
            rebuild(status);
        }
        LagThresholds limits = LagThresholds.from(k -> settings.get(siteId, k));
        for (SystemStatus system : status.systems()) {
            TopologyFigure figure = figures.get(system.topology().system());
            if (figure != null) {
                figure.show(system);
            }
            for (StandbyStatus link : system.standbys()) {
                StandbyCard card = cards.get(link.standbyId());
                if (card != null) {
                    card.chart().setLimits(limits.applyLagWarning(), limits.applyLagError());
                    card.show(status, system, link);
                }
            }
        }
        Verdict site = status.verdict();
        summary.setForeground(Palette.color(site));
        summary.setText(status.systems().isEmpty() ? texts.ui("summary.none")
                : texts.ui("summary", texts.verdict(site), status.systems().size(), cards.size(),
                        time.format(status.finished()), status.cycle()));
        relayout();
    }

    private void rebuild(SiteStatus status) {
        for (var child : systems.getChildren()) {
            child.dispose();
        }
        cards.clear();
        figures.clear();
        for (Endpoint e : directory.endpoints(siteId)) { // the site's own list, read from memory
            endpoints.put(e.id(), e);
        }
        for (SystemStatus system : status.systems()) {
            Group group = new Group(systems, SWT.NONE);
            Endpoint first = system.topology().endpoints().get(0);
            group.setText(texts.ui("system.title", system.topology().system(), first.engine().name()));
            group.setFont(bold);
            group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
            group.setLayout(new GridLayout(1, false));
            TopologyFigure figure = new TopologyFigure(group, texts, this::name);
            GridData figureData = new GridData(SWT.FILL, SWT.TOP, true, false);
            figureData.heightHint = Math.max(1, system.standbys().size()) * TopologyFigure.HEIGHT_PER_STANDBY + 8;
            figure.control().setLayoutData(figureData);
            figure.control().setData(WIDGET_KEY, "dataguard.topology." + system.topology().system());
            figures.put(system.topology().system(), figure);
            for (StandbyStatus link : system.standbys()) {
                String standby = link.standbyId();
                StandbyCard card = new StandbyCard(group, standby, texts, endpoints::get, bold,
                        () -> readiness(standby));
                cards.put(standby, card);
                loadHistory(standby, card);
                readiness(standby);
            }
        }
    }

    private String name(String endpointId) {
        Endpoint e = endpoints.get(endpointId);
        return e == null ? endpointId : e.name();
    }

    private void loadHistory(String standby, StandbyCard card) {
        run("job.history", m -> {
            List<LagSample> samples = monitor.history(standby, Instant.now().minus(LagChart.SPAN));
            ui(() -> {
                if (!card.control().isDisposed()) {
                    card.chart().setHistory(samples);
                }
            });
        });
    }

    private void readiness(String standby) {
        StandbyCard card = cards.get(standby);
        if (card == null) {
            return;
        }
        card.setReadinessBusy();
        run("job.readiness", m -> {
            List<ReadinessLine> lines = List.of();
            String failure = null;
            try {
                lines = monitor.readiness(siteId, standby);
            } catch (DatabaseException | RuntimeException e) {
                failure = texts.ui("readiness.failed", String.valueOf(e.getMessage()));
            }
            List<ReadinessLine> shown = lines;
            String why = failure;
            ui(() -> {
                StandbyCard now = cards.get(standby);
                if (now != null && !now.control().isDisposed()) {
                    now.showReadiness(shown, why);
                    relayout();
                }
            });
        });
    }

    private void refreshNow() {
        refresh.setEnabled(false);
        run("job.refresh", m -> {
            try {
                monitor.refresh(siteId); // the listener draws it
            } finally {
                ui(() -> refresh.setEnabled(true));
            }
        });
    }

    private void changeInterval() {
        long seconds;
        try {
            seconds = Long.parseLong(interval.getText().trim());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds < 1 || seconds > 3600) {
            context.showStatus(texts.ui("interval.invalid"));
            return;
        }
        if (!AdministratorPrompt.ensure(interval.getShell(), access, context.locale())) {
            context.showStatus(texts.ui("interval.denied"));
            return;
        }
        String value = Long.toString(seconds);
        applyInterval.setEnabled(false);
        run("job.interval", m -> {
            String message;
            try {
                settings.set(siteId, LagThresholds.REFRESH_SECONDS, value);
                message = texts.ui("interval.saved", value);
            } catch (AccessDeniedException e) {
                message = texts.ui("interval.denied");
            } catch (java.io.IOException | RuntimeException e) {
                message = texts.ui("interval.failed", String.valueOf(e.getMessage()));
            }
            String shown = message;
            ui(() -> {
                applyInterval.setEnabled(true);
                context.showStatus(shown);
            });
        });
    }

    private void alerted(LagAlert alert) {
        addAlertRow(alert);
        readiness(alert.standbyId()); // the lines read before the change no longer hold
        String reason = alert.reasons().isEmpty() ? texts.ui("alert.recovered") : texts.reason(alert.reasons().get(0));
        context.showStatus(texts.ui("status.alert", alert.system(), name(alert.standbyId()),
                texts.verdict(alert.from()), texts.verdict(alert.to()), reason));
    }

    /** Newest first. */
    private void addAlertRow(LagAlert alert) {
        TableItem item = new TableItem(alerts, SWT.NONE, 0);
        item.setText(0, time.format(alert.at()));
        item.setText(1, alert.system());
        item.setText(2, name(alert.standbyId()));
        item.setText(3, texts.verdict(alert.from()) + " \u2192 " + texts.verdict(alert.to()));
        item.setForeground(3, Palette.color(alert.to()));
        List<String> reasons = new ArrayList<>();
        for (Reason r : alert.reasons()) {
            reasons.add(texts.reason(r));
        }
        item.setText(4, reasons.isEmpty() ? texts.ui("alert.recovered") : String.join(" ", reasons));
        while (alerts.getItemCount() > ALERTS) {
            alerts.remove(alerts.getItemCount() - 1);
        }
    }

    private interface Work {
        void run(IProgressMonitor monitor) throws Exception;
    }

    private void run(String nameKey, Work work) {
        if (disposed) {
            return;
        }
        Job job = Job.create(texts.ui(nameKey), (IProgressMonitor m) -> {
            try {
                work.run(m);
                return Status.OK_STATUS;
            } catch (Exception e) {
                // shown where it matters (card, status line); a console job must never raise an error dialog
                ui(() -> context.showStatus(texts.ui("job.failed", String.valueOf(e.getMessage()))));
                return Status.CANCEL_STATUS;
            } finally {
                jobs.removeIf(j -> j.getState() == Job.NONE);
            }
        });
        job.setSystem(false);
        jobs.add(job);
        job.schedule();
    }

    private void ui(Runnable r) {
        if (disposed || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> {
            if (!disposed && !content.isDisposed()) {
                r.run();
            }
        });
    }

    @Override
    public void setFocus() {
        if (refresh != null && !refresh.isDisposed()) {
            refresh.setFocus();
        }
    }

    @Override
    public void dispose() {
        disposed = true;
        for (AutoCloseable handle : handles) {
            try {
                handle.close();
            } catch (Exception e) {
                // the monitor went first; nothing left to end
            }
        }
        handles.clear();
        jobs.forEach(Job::cancel);
        jobs.clear();
        if (bold != null) {
            bold.dispose();
        }
    }
}
