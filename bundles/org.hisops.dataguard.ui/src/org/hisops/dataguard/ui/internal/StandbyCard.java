package org.hisops.dataguard.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hisops.dataguard.api.LagFigures;
import org.hisops.dataguard.api.NodeState;
import org.hisops.dataguard.api.ReadinessLine;
import org.hisops.dataguard.api.Reason;
import org.hisops.dataguard.api.SiteStatus;
import org.hisops.dataguard.api.StandbyStatus;
import org.hisops.dataguard.api.SystemStatus;
import org.hisops.dataguard.api.Verdict;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;

/**
 * One standby: its card (verdict, figures, reasons, or why it cannot be reached and what to do), its 24-hour lag
 * chart, and its switchover readiness lines. Widgets are tagged {@code dataguard.<part>.<standby id>} for the tests.
 */
final class StandbyCard {

    static final String WIDGET_KEY = "org.hisops.widget";

    private final String standbyId;
    private final ConsoleTexts texts;
    private final Function<String, Endpoint> endpoints;
    private final DateTimeFormatter time;
    private final Composite root;
    private final Composite card;
    private final Label verdict;
    private final Label role;
    private final Label protection;
    private final Label rpo;
    private final Label apply;
    private final Label rto;
    private final Label staleness;
    private final Label refreshed;
    private final Label reasons;
    private final LagChart chart;
    private final Table readiness;
    private final Label readinessSummary;
    private final Label actions;
    private final Button check;
    private final List<Label> captions = new ArrayList<>();

    StandbyCard(Composite parent, String standbyId, ConsoleTexts texts, Function<String, Endpoint> endpoints,
            Font bold, Runnable checkReadiness) {
        this.standbyId = standbyId;
        this.texts = texts;
        this.endpoints = endpoints;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", texts.locale()).withZone(ZoneId.systemDefault());
        root = new Composite(parent, SWT.NONE);
        root.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        GridLayout rootLayout = new GridLayout(2, false);
        rootLayout.marginWidth = 0;
        root.setLayout(rootLayout);

        card = new Composite(root, SWT.BORDER);
        GridData cardData = new GridData(SWT.FILL, SWT.FILL, false, true);
        cardData.widthHint = 470;
        card.setLayoutData(cardData);
        GridLayout cardLayout = new GridLayout(2, false);
        cardLayout.marginWidth = cardLayout.marginHeight = 8;
        card.setLayout(cardLayout);
        Label title = new Label(card, SWT.NONE);
        title.setFont(bold);
        title.setText(name(standbyId));
        title.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        verdict = new Label(card, SWT.NONE);
        verdict.setFont(bold);
        verdict.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        tag(verdict, "verdict");
        role = row("card.role", "role");
        protection = row("card.protection", "protection");
        rpo = row("card.rpo", "rpo");
        apply = row("card.apply", "apply");
        rto = row("card.rto", "rto");
        staleness = row("card.staleness", "staleness");
        refreshed = row("card.refreshed", "refreshed");
        reasons = new Label(card, SWT.WRAP);
        GridData reasonsData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        reasonsData.widthHint = 440;
        reasons.setLayoutData(reasonsData);
        tag(reasons, "reasons");

        chart = new LagChart(root, texts);
        GridData chartData = new GridData(SWT.FILL, SWT.FILL, true, true);
        chartData.heightHint = 260;
        chartData.minimumWidth = 300;
        chart.control().setLayoutData(chartData);
        chart.control().setData(WIDGET_KEY, "dataguard.chart." + standbyId);

        Composite head = new Composite(root, SWT.NONE);
        head.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        GridLayout headLayout = new GridLayout(3, false);
        headLayout.marginWidth = 0;
        head.setLayout(headLayout);
        Label readinessTitle = new Label(head, SWT.NONE);
        readinessTitle.setFont(bold);
        readinessTitle.setText(texts.ui("readiness.title", name(standbyId)));
        check = new Button(head, SWT.PUSH);
        check.setText(texts.ui("readiness.check"));
        check.addListener(SWT.Selection, e -> checkReadiness.run());
        tag(check, "readiness.check");
        readinessSummary = new Label(head, SWT.NONE);
        readinessSummary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        tag(readinessSummary, "readiness.summary");
        readiness = new Table(root, SWT.BORDER | SWT.FULL_SELECTION);
        readiness.setHeaderVisible(true);
        readiness.setLinesVisible(true);
        GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        tableData.heightHint = readiness.getItemHeight() * 11 + readiness.getHeaderHeight();
        readiness.setLayoutData(tableData);
        tag(readiness, "readiness");
        column("readiness.col.result", 80);
        column("readiness.col.precondition", 300);
        column("readiness.col.why", 460);
        column("readiness.col.action", 600);
        // A table cell does not wrap: what to do for each failing line is written out in full below it.
        actions = new Label(root, SWT.WRAP);
        GridData actionsData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        actionsData.widthHint = 800;
        actions.setLayoutData(actionsData);
        tag(actions, "readiness.actions");
        setReadinessBusy();
    }

    private Label row(String captionKey, String tag) {
        Label caption = new Label(card, SWT.NONE);
        caption.setText(texts.ui(captionKey));
        captions.add(caption);
        Label value = new Label(card, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 300;
        value.setLayoutData(data);
        tag(value, tag);
        return value;
    }

    private void column(String key, int width) {
        TableColumn c = new TableColumn(readiness, SWT.LEFT);
        c.setText(texts.ui(key));
        c.setWidth(width);
    }

    private void tag(Control control, String part) {
        control.setData(WIDGET_KEY, "dataguard." + part + "." + standbyId);
    }

    Composite control() {
        return root;
    }

    LagChart chart() {
        return chart;
    }

    private String name(String endpointId) {
        Endpoint e = endpoints.apply(endpointId);
        return e == null ? endpointId : e.name();
    }

    /** Shows the link as the last cycle found it. */
    void show(SiteStatus site, SystemStatus system, StandbyStatus link) {
        NodeState standby = system.node(standbyId).orElse(null);
        NodeState primary = link.primaryId() == null ? null : system.node(link.primaryId()).orElse(null);
        Verdict v = link.verdict();
        card.setBackground(Palette.pale(v));
        for (Control c : card.getChildren()) {
            c.setBackground(Palette.pale(v));
        }
        verdict.setForeground(Palette.color(v));
        verdict.setText("\u25cf " + texts.verdict(v));
        LagFigures f = link.figures();
        if (standby != null && standby.reachable()) {
            String mode = standby.fact("open_mode");
            role.setText(texts.role(standby.role()) + (mode == null ? "" : " \u00b7 " + mode));
        } else {
            role.setText(texts.ui("node.unreachable.short"));
        }
        String mode = primary == null ? null : primary.fact("protection_mode");
        String sync = link.facts().get("sync_state");
        protection.setText(mode != null ? mode + level(primary)
                : sync != null ? texts.ui("card.sync_state", sync) : texts.ui("figure.unknown"));
        rpo.setText(texts.ui("card.rpo.value", texts.duration(f.transportLag()), texts.bytes(f.unshippedBytes())));
        apply.setText(texts.duration(f.applyLag()));
        rto.setText(f.rtoEstimate() == null ? texts.ui("figure.unknown")
                : texts.ui("card.rto.value", texts.duration(f.rtoEstimate()), texts.duration(f.applyFinish()),
                        texts.duration(f.startup())));
        staleness.setText(texts.duration(f.staleness()));
        refreshed.setText(texts.ui("card.refreshed.value", time.format(site.finished()), site.cycle()));

        StringBuilder why = new StringBuilder();
        for (NodeState node : system.nodes()) {
            boolean ours = node.endpointId().equals(standbyId) || node.endpointId().equals(link.primaryId());
            if (!node.reachable() && ours) {
                Endpoint e = endpoints.apply(node.endpointId());
                DbProblem problem = node.problem() == null ? DbProblem.OTHER : node.problem();
                String title = texts.problemTitle(problem, node.serverCode() == null ? "" : node.serverCode(),
                        e == null ? "" : e.host(), e == null ? "" : Integer.toString(e.port()));
                if (problem == DbProblem.OTHER && node.message() != null) {
                    title = title + " " + node.message();
                }
                line(why, texts.ui("card.unreachable", name(node.endpointId()), title));
                String action = texts.problemAction(problem);
                if (!action.isEmpty()) {
                    line(why, texts.ui("card.todo", action));
                }
            }
        }
        for (Reason r : link.reasons()) {
            line(why, "\u2022 " + texts.reason(r));
        }
        if (why.length() == 0) {
            why.append(texts.ui("card.no.reasons"));
        }
        reasons.setText(why.toString());
        chart.add(new org.hisops.dataguard.api.LagSample(site.siteId(), standbyId, site.finished(), f, v,
                standby != null && standby.reachable()));
    }

    private static String level(NodeState primary) {
        String level = primary.fact("protection_level");
        return level == null || level.equals(primary.fact("protection_mode")) ? "" : " / " + level;
    }

    private static void line(StringBuilder b, String text) {
        if (b.length() > 0) {
            b.append('\n');
        }
        b.append(text);
    }

    void setReadinessBusy() {
        check.setEnabled(false);
        readinessSummary.setText(texts.ui("readiness.checking"));
    }

    /** The lines, failing ones first, or why they could not be read. */
    void showReadiness(List<ReadinessLine> lines, String failure) {
        check.setEnabled(true);
        readiness.removeAll();
        actions.setText("");
        if (failure != null) {
            readinessSummary.setText(failure);
            return;
        }
        StringBuilder todo = new StringBuilder();
        List<ReadinessLine> ordered = new ArrayList<>(lines);
        ordered.sort((a, b) -> Boolean.compare(a.passed(), b.passed()));
        int failed = 0;
        for (ReadinessLine l : ordered) {
            TableItem item = new TableItem(readiness, SWT.NONE);
            String result = texts.ui("readiness.result." + l.result().name().toLowerCase(java.util.Locale.ROOT));
            item.setText(0, result);
            item.setForeground(0, l.result() == ReadinessLine.Result.PASS ? Palette.NORMAL
                    : l.result() == ReadinessLine.Result.FAIL ? Palette.ERROR : Palette.WARNING);
            item.setText(1, texts.core(l.precondition(), List.of()));
            item.setText(2, texts.reason(l.why()));
            item.setText(3, l.action() == null ? "" : texts.core(l.action(), l.actionArgs()));
            if (!l.passed()) {
                failed++;
                if (l.action() != null) {
                    line(todo, texts.ui("readiness.todo", item.getText(1), item.getText(3)));
                }
            }
        }
        readinessSummary.setText(failed == 0 ? texts.ui("readiness.all.pass", lines.size())
                : texts.ui("readiness.some.fail", failed, lines.size()));
        readinessSummary.setForeground(failed == 0 ? Palette.NORMAL : Palette.ERROR);
        actions.setText(todo.toString());
        readiness.getParent().layout(true, true);
    }
}
