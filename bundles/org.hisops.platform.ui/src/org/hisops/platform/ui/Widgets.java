package org.hisops.platform.ui;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

/** The plain widgets the capability views build their pages from, made the same way in every view. */
public final class Widgets {

    /** The data key under which a widget carries its test name (read by the product tests' probe). */
    public static final String TEST_KEY = "org.hisops.widget";

    private Widgets() {
    }

    /** A push button with a translated label. */
    public static Button button(Composite parent, String label, Listener onSelection) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(label);
        b.addListener(SWT.Selection, onSelection);
        return b;
    }

    /** A titled group laid out in {@code columns} columns; the caller sets its layout data. */
    public static Group group(Composite parent, String title, int columns) {
        Group g = new Group(parent, SWT.NONE);
        g.setText(title);
        g.setLayout(new GridLayout(columns, false));
        return g;
    }

    /**
     * A single-selection table with header and lines, filling its grid cell ({@code span} columns, at least
     * {@code heightHint} pixels high), with the given column titles and widths.
     */
    public static Table table(Composite parent, int span, int heightHint, String[] titles, int[] widths) {
        Table t = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        GridData d = new GridData(SWT.FILL, SWT.FILL, true, true, span, 1);
        d.heightHint = heightHint;
        t.setLayoutData(d);
        for (int i = 0; i < titles.length; i++) {
            TableColumn col = new TableColumn(t, SWT.LEFT);
            col.setText(titles[i]);
            col.setWidth(widths[i]);
        }
        return t;
    }
}
