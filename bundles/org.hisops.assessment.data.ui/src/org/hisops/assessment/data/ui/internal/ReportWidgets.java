package org.hisops.assessment.data.ui.internal;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.hisops.report.Report;

/**
 * Shows a {@link Report} (the same one that is exported) as widgets: headings in bold, paragraphs wrapped, facts as
 * two columns, tables as SWT tables. So the view and the HTML/PDF export never disagree.
 */
final class ReportWidgets {

    private final ScrolledComposite scroll;
    private Composite body;

    ReportWidgets(Composite parent, String widgetId) {
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setData("org.hisops.widget", widgetId);
        body = new Composite(scroll, SWT.NONE);
        scroll.setContent(body);
    }

    /** Before anything is shown: one line that says how to fill the area, instead of an empty panel. */
    void empty(String text) {
        body.dispose();
        body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        scroll.setContent(body);
        Label hint = new Label(body, SWT.WRAP);
        hint.setText(text);
        hint.setData("org.hisops.widget", scroll.getData("org.hisops.widget") + ".empty");
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        body.layout(true, true);
    }

    Control control() {
        return scroll;
    }

    void show(Report report) {
        body.dispose();
        body = new Composite(scroll, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        scroll.setContent(body);
        int tables = 0;
        int texts = 0;
        String id = (String) scroll.getData("org.hisops.widget");
        for (Report.Block b : report.blocks()) {
            if (b instanceof Report.Heading h) {
                Label l = new Label(body, SWT.NONE);
                l.setText(h.text());
                l.setFont(JFaceResources.getBannerFont());
            } else if (b instanceof Report.Paragraph p) {
                Label l = new Label(body, SWT.WRAP);
                l.setText(p.text());
                l.setData("org.hisops.widget", id + ".text" + texts++);
                GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
                d.widthHint = 900;
                l.setLayoutData(d);
            } else if (b instanceof Report.Facts f) {
                Composite c = new Composite(body, SWT.NONE);
                c.setLayout(new GridLayout(2, false));
                for (Report.Fact fact : f.facts()) {
                    new Label(c, SWT.NONE).setText(fact.label() + ":");
                    new Label(c, SWT.NONE).setText(fact.value());
                }
            } else if (b instanceof Report.Table t) {
                Table table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
                table.setData("org.hisops.widget", id + ".table" + tables++);
                table.setHeaderVisible(true);
                table.setLinesVisible(true);
                for (String h : t.header()) {
                    new TableColumn(table, SWT.LEFT).setText(h);
                }
                for (var row : t.rows()) {
                    new TableItem(table, SWT.NONE).setText(row.toArray(String[]::new));
                }
                for (TableColumn c : table.getColumns()) {
                    c.pack();
                    c.setWidth(Math.min(c.getWidth() + 8, 420));
                }
                GridData d = new GridData(SWT.FILL, SWT.TOP, true, false);
                d.heightHint = Math.min(t.rows().size(), 12) * table.getItemHeight() + table.getHeaderHeight() + 4;
                table.setLayoutData(d);
                // A long statement or name is cut by its column: the selected row is shown whole below the table.
                Label detail = new Label(body, SWT.WRAP);
                detail.setData("org.hisops.widget", table.getData("org.hisops.widget") + ".row");
                GridData dd = new GridData(SWT.FILL, SWT.TOP, true, false);
                dd.widthHint = 900;
                dd.exclude = true;
                detail.setLayoutData(dd);
                detail.setVisible(false);
                table.addListener(SWT.Selection, e -> {
                    TableItem[] selected = table.getSelection();
                    if (selected.length == 0) {
                        return;
                    }
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < t.header().size(); i++) {
                        text.append(i == 0 ? "" : "    ").append(t.header().get(i)).append(": ").append(selected[0].getText(i));
                    }
                    detail.setText(text.toString());
                    dd.widthHint = Math.max(300, scroll.getClientArea().width - 30); // wraps within what is visible
                    dd.exclude = false;
                    detail.setVisible(true);
                    scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
                    body.layout(true, true);
                });
            }
        }
        scroll.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        body.layout(true, true);
    }

    /** The first table's rows, for choosing tables to count. */
    Table firstTableAfter(int index) {
        int i = 0;
        for (Control c : body.getChildren()) { // tables only: the row labels between them do not count
            if (c instanceof Table t && i++ == index) {
                return t;
            }
        }
        return null;
    }
}
