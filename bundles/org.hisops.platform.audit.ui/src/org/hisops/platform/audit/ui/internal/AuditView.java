package org.hisops.platform.audit.ui.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnLayoutData;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditLog.Verification;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.AuditRecord;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Capability;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.Role;
import org.hisops.platform.api.SiteDirectory;
import org.hisops.platform.api.StoreException;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * The audit log: newest entry first, updated as entries are appended, with a filter, a red banner naming edited,
 * replaced or missing entries (or why the log cannot be read), and an export to CSV. Reading, checking and exporting
 * run as jobs; the table is filled on the UI thread.
 */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=org.hisops.platform.audit")
public class AuditView implements CapabilityView {

    /** Widget data key for tests. */
    static final String WIDGET_KEY = "org.hisops.widget";
    /** Entries shown at most; the export holds all. */
    static final int LIMIT = 5000;
    /** Runs of sequences named in the banner before an ellipsis. */
    static final int NAMED = 12;
    private static final Color PALE_RED = new Color(255, 228, 225);

    private final AuditLog log;
    private final SiteDirectory sites;
    private final BundleTexts own = BundleTexts.of(AuditView.class);
    private final BundleTexts platform = BundleTexts.of(AuditLog.class);
    private Locale locale;
    private CapabilityViewContext context;
    private DateTimeFormatter timeFormat;
    private Display display;
    private Composite banner;
    private Label bannerText;
    private Font bold;
    private Text filter;
    private Label summary;
    private TableViewer viewer;
    private Job loader;
    private CapabilityRegistry.Registration listening;
    private int total;

    @Activate
    public AuditView(@Reference AuditLog log, @Reference SiteDirectory sites) {
        this.log = log;
        this.sites = sites;
    }

    @Override
    public void createControl(Composite container, CapabilityViewContext viewContext) {
        context = viewContext;
        locale = viewContext.locale();
        // The same compact, sortable form in every language (the localised medium form of Chinese is too wide).
        timeFormat = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", locale).withZone(ZoneId.systemDefault());
        display = container.getDisplay();
        Composite parent = new Composite(container, SWT.NONE);
        GridLayout layout = new GridLayout(4, false);
        layout.marginWidth = layout.marginHeight = 8;
        parent.setLayout(layout);

        banner = new Composite(parent, SWT.NONE);
        Color red = new Color(178, 34, 34);
        banner.setBackground(red);
        GridLayout bannerLayout = new GridLayout(1, false);
        bannerLayout.marginWidth = bannerLayout.marginHeight = 10;
        banner.setLayout(bannerLayout);
        GridData bannerData = new GridData(SWT.FILL, SWT.TOP, true, false, 4, 1);
        bannerData.exclude = true;
        banner.setLayoutData(bannerData);
        banner.setVisible(false);
        bannerText = new Label(banner, SWT.WRAP);
        bannerText.setBackground(red);
        bannerText.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
        FontData[] data = bannerText.getFont().getFontData();
        for (FontData d : data) {
            d.setStyle(SWT.BOLD);
        }
        bold = new Font(display, data);
        bannerText.setFont(bold);
        GridData textData = new GridData(SWT.FILL, SWT.TOP, true, false);
        textData.widthHint = 600;
        bannerText.setLayoutData(textData);
        bannerText.setData(WIDGET_KEY, "audit.banner");

        new Label(parent, SWT.NONE).setText(text("view.filter"));
        filter = new Text(parent, SWT.BORDER | SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(text("view.filter.hint"));
        GridData filterData = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        filterData.widthHint = 260;
        filter.setLayoutData(filterData);
        filter.setData(WIDGET_KEY, "audit.filter");
        Button export = new Button(parent, SWT.PUSH);
        export.setText(text("view.export"));
        export.addListener(SWT.Selection, e -> export());
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        summary.setData(WIDGET_KEY, "audit.summary");

        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(WIDGET_KEY, "audit");
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        ColumnViewerToolTipSupport.enableFor(viewer);
        // Columns of short, known texts get the width of their longest text; the free texts share the rest.
        List<String> roles = new ArrayList<>();
        for (Role role : Role.values()) {
            roles.add(platform.text(locale, role.nameKey(), role.name()));
        }
        List<String> outcomes = new ArrayList<>();
        for (AuditOutcome outcome : AuditOutcome.values()) {
            outcomes.add(platform.text(locale, outcome.nameKey(), outcome.name()));
        }
        column(columns, "col.sequence", fixed("col.sequence", List.of("99999")), this::sequence);
        column(columns, "col.time", fixed("col.time", List.of("2026-12-31 23:59:59")),
                r -> r.record() == null ? "" : timeFormat.format(r.record().time()));
        column(columns, "col.user", new ColumnWeightData(5, 50), r -> r.record() == null ? "" : r.record().user());
        column(columns, "col.role", fixed("col.role", roles), r -> r.record() == null || r.record().role() == null ? ""
                : platform.text(locale, r.record().role().nameKey(), r.record().role().name()));
        column(columns, "col.site", new ColumnWeightData(10, 80), r -> r.record() == null ? "" : siteName(r.record().siteId()));
        column(columns, "col.action", new ColumnWeightData(17, 120), r -> r.record() == null ? "" : action(r.record().action()));
        column(columns, "col.target", new ColumnWeightData(13, 100), r -> r.record() == null ? "" : r.record().target());
        column(columns, "col.outcome", fixed("col.outcome", outcomes), r -> r.record() == null || r.record().outcome() == null
                ? "" : platform.text(locale, r.record().outcome().nameKey(), r.record().outcome().name()));
        column(columns, "col.detail", new ColumnWeightData(13, 120), this::detail);
        viewer.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer v, Object parentElement, Object element) {
                return matches((AuditRow) element);
            }
        });
        filter.addListener(SWT.Modify, e -> {
            viewer.refresh();
            showSummary(null);
        });

        loader = Job.create(text("job.load"), (IProgressMonitor monitor) -> {
            monitor.beginTask(text("job.load"), IProgressMonitor.UNKNOWN);
            List<AuditRecord> records = log.latest(LIMIT);
            Verification check = log.verify();
            monitor.done();
            List<AuditRow> rows = AuditRow.of(records, check, records.size() < LIMIT);
            if (!display.isDisposed()) {
                display.asyncExec(() -> show(rows, check, records.size()));
            }
            return Status.OK_STATUS;
        });
        loader.setSystem(true);
        // Live: every append reloads (a burst of appends coalesces into one more run of the job).
        listening = log.addListener(() -> loader.schedule(200));
        loader.schedule();
    }

    /** A column as wide as its header or its widest possible text. */
    private ColumnPixelData fixed(String header, List<String> samples) {
        GC gc = new GC(viewer.getTable());
        try {
            int width = gc.textExtent(text(header)).x + 24; // room for the sort-less header's padding
            for (String sample : samples) {
                width = Math.max(width, gc.textExtent(sample).x + 16);
            }
            return new ColumnPixelData(width, true, false);
        } finally {
            gc.dispose();
        }
    }

    private void column(TableColumnLayout layout, String key, ColumnLayoutData size, Function<AuditRow, String> label) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(text(key));
        layout.setColumnData(column.getColumn(), size);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return oneLine(label.apply((AuditRow) element));
            }

            @Override
            public String getToolTipText(Object element) {
                AuditRow row = (AuditRow) element;
                return switch (row.kind()) {
                    case BROKEN -> text("row.broken.tip");
                    case MISSING -> text("row.missing.tip");
                    case PENDING -> text("row.pending.tip");
                    default -> row.record().detail().isEmpty() ? null : row.record().detail();
                };
            }

            @Override
            public Color getForeground(Object element) {
                AuditRow row = (AuditRow) element;
                if (row.kind() == AuditRow.Kind.BROKEN || row.kind() == AuditRow.Kind.MISSING) {
                    return display.getSystemColor(SWT.COLOR_DARK_RED);
                }
                if (row.kind() == AuditRow.Kind.PENDING) {
                    return display.getSystemColor(SWT.COLOR_DARK_GRAY);
                }
                return row.record().outcome() == AuditOutcome.SUCCESS ? null
                        : display.getSystemColor(SWT.COLOR_DARK_RED);
            }

            @Override
            public Color getBackground(Object element) {
                AuditRow.Kind kind = ((AuditRow) element).kind();
                return kind == AuditRow.Kind.BROKEN || kind == AuditRow.Kind.MISSING ? PALE_RED : null;
            }
        });
    }

    private String sequence(AuditRow row) {
        return switch (row.kind()) {
            case PENDING -> "\u2014";
            case MISSING -> row.from() == row.to() ? Long.toString(row.from()) : row.from() + "-" + row.to();
            default -> Long.toString(row.record().sequence());
        };
    }

    private String detail(AuditRow row) {
        return switch (row.kind()) {
            case MISSING -> text("row.missing");
            case BROKEN -> text("row.broken") + " " + readable(row.record().detail());
            case PENDING -> text("row.pending") + " " + readable(row.record().detail());
            default -> readable(row.record().detail());
        };
    }

    /**
     * The platform writes refusal reasons as stable codes ({@code NOT_ADMINISTRATOR}, {@code NOT_SWITCHABLE}) so the
     * log reads the same in every language; shown here in the viewer's. Anything else is shown as written.
     */
    private String readable(String detail) {
        if (detail == null || !detail.matches("[A-Z][A-Z_]+")) {
            return detail;
        }
        return org.hisops.platform.api.BundleTexts.of(org.hisops.platform.api.AuditLog.class).text(locale,
                "audit.detail." + detail.toLowerCase(Locale.ROOT), detail);
    }

    private String siteName(String siteId) {
        if (siteId == null || siteId.isEmpty()) {
            return text("site.none");
        }
        return sites.find(siteId).map(s -> s.displayName(locale)).orElse(siteId);
    }

    /** The platform's name of the action; a vendor's own action shows as it was recorded. */
    private String action(String action) {
        return platform.text(locale, "audit.action." + action, action);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ').replace('\t', ' ');
    }

    private boolean matches(AuditRow row) {
        String wanted = filter.getText().strip().toLowerCase(locale);
        if (wanted.isEmpty()) {
            return true;
        }
        StringBuilder all = new StringBuilder(sequence(row)).append('\u0000').append(detail(row));
        if (row.record() != null) {
            AuditRecord r = row.record();
            all.append('\u0000').append(timeFormat.format(r.time())).append('\u0000').append(r.user()).append('\u0000')
                    .append(r.role() == null ? "" : platform.text(locale, r.role().nameKey(), "")).append('\u0000')
                    .append(siteName(r.siteId())).append('\u0000').append(r.siteId()).append('\u0000')
                    .append(action(r.action())).append('\u0000').append(r.action()).append('\u0000').append(r.target())
                    .append('\u0000').append(r.outcome() == null ? "" : platform.text(locale, r.outcome().nameKey(), ""));
        }
        return all.toString().toLowerCase(locale).contains(wanted);
    }

    private void show(List<AuditRow> rows, Verification check, int records) {
        if (viewer.getTable().isDisposed()) {
            return;
        }
        viewer.setInput(rows);
        total = records;
        String problem = problem(check);
        GridData data = (GridData) banner.getLayoutData();
        data.exclude = problem == null;
        banner.setVisible(problem != null);
        bannerText.setText(problem == null ? "" : problem);
        showSummary(check);
        banner.getParent().layout(true, true);
    }

    private void showSummary(Verification check) {
        String text;
        int shown = viewer.getTable().getItemCount();
        if (!filter.getText().isBlank()) {
            text = format("view.summary.filtered", shown, total);
        } else if (check == null) {
            return;
        } else if (!check.checked()) {
            text = text("view.summary.unchecked");
        } else if (check.intact()) {
            text = format("view.summary.intact", check.entries(), timeFormat.format(Instant.now()));
        } else {
            text = format("view.summary", check.entries(), timeFormat.format(Instant.now()));
        }
        summary.setText(text);
        summary.getParent().layout();
    }

    /** The banner's text, or {@code null} when the log was checked and is intact. */
    private String problem(Verification check) {
        List<String> lines = new ArrayList<>();
        if (!check.checked()) {
            StoreException e = check.problem();
            String why = platform.text(locale, e.reason().key(), null);
            lines.add(format("banner.unreadable", why == null ? e.getMessage()
                    : MessageFormat.format(why, e.file() == null ? "" : e.file().toString())));
        } else {
            if (!check.broken().isEmpty() || !check.missing().isEmpty() || check.anchorLost()) {
                lines.add(text("banner.tampered"));
            }
            if (!check.broken().isEmpty()) {
                lines.add(format("banner.broken", AuditRow.describe(check.broken(), NAMED)));
            }
            if (!check.missing().isEmpty()) {
                lines.add(format("banner.missing", AuditRow.describe(check.missing(), NAMED)));
            }
            if (check.anchorLost()) {
                lines.add(text("banner.anchor"));
            }
        }
        if (check.pending() > 0) {
            lines.add(format("banner.pending", check.pending()));
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    private void export() {
        FileDialog dialog = new FileDialog(viewer.getTable().getShell(), SWT.SAVE);
        dialog.setText(text("export.title"));
        dialog.setFilterExtensions(new String[] { "*.csv", "*.*" });
        dialog.setFilterNames(new String[] { text("export.filter"), text("export.filter.all") });
        dialog.setFileName("hisops-audit-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now())
                + ".csv");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return;
        }
        Path target = Path.of(chosen);
        Job job = Job.create(format("job.export", target.getFileName()), (IProgressMonitor monitor) -> {
            monitor.beginTask(format("job.export", target.getFileName()), IProgressMonitor.UNKNOWN);
            try {
                write(target);
                display.asyncExec(() -> context.showStatus(format("export.done", target)));
            } catch (IOException | RuntimeException e) {
                display.asyncExec(() -> {
                    if (!viewer.getTable().isDisposed()) {
                        MessageDialog.openError(viewer.getTable().getShell(), text("export.failed.title"),
                                format("export.failed", target, e.getMessage() == null ? e.toString() : e.getMessage()));
                    }
                });
            } finally {
                monitor.done();
            }
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    /** Written next to the target and moved over it, so a failure never leaves half a file under the chosen name. */
    void write(Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(folder, ".hisops-audit", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                log.exportCsv(out, locale);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private String text(String key) {
        return own.text(locale, key, key);
    }

    private String format(String key, Object... args) {
        return new MessageFormat(text(key), locale).format(args);
    }

    @Override
    public void setFocus() {
        if (filter != null && !filter.isDisposed()) {
            filter.setFocus();
        }
    }

    @Override
    public void dispose() {
        if (listening != null) {
            listening.close();
        }
        if (loader != null) {
            loader.cancel();
        }
        if (bold != null) {
            bold.dispose();
        }
    }
}
