package org.hisops.app.internal.parts;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;

/**
 * The inside of a capability's part: the capability's own view, or a panel that says why there is none.
 * Whatever a vendor's view throws while it is built stays in this part.
 */
public final class CapabilityViewHost {

    /** {@code getData(NavigatorPart.WIDGET_KEY)} of the panel shown, for tests: "view", "error", "info". */
    public static final String VIEW = "view";
    public static final String ERROR = "error";
    public static final String INFO = "info";

    private final Composite parent;

    public CapabilityViewHost(Composite parent) {
        this.parent = parent;
        parent.setLayout(new FillLayout());
    }

    public boolean isDisposed() {
        return parent.isDisposed();
    }

    /** What the part shows now: {@link #VIEW}, {@link #ERROR}, {@link #INFO}, or {@code null}. */
    public String showing() {
        Control[] children = parent.getChildren();
        return children.length == 0 ? null : (String) children[0].getData(NavigatorPart.WIDGET_KEY);
    }

    public void clear() {
        for (Control child : parent.getChildren()) {
            child.dispose();
        }
    }

    /**
     * Lets the view build its widgets. Returns what it threw (after removing whatever it had half built), or
     * {@code null} when it succeeded.
     */
    public Throwable showView(CapabilityView view, CapabilityViewContext context) {
        clear();
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setData(NavigatorPart.WIDGET_KEY, VIEW);
        holder.setLayout(new FillLayout());
        try {
            view.createControl(holder, context);
            parent.layout(true, true);
            return null;
        } catch (RuntimeException | LinkageError e) {
            // LinkageError too: a view compiled against another API version fails with NoSuchMethodError.
            clear();
            return e;
        }
    }

    /** A panel with an error icon, a title, what to do, and the technical details. */
    public void showError(String title, String hint, String detailsLabel, String details) {
        Composite panel = panel(ERROR, SWT.ICON_ERROR, title, hint);
        if (details != null && !details.isBlank()) {
            Label label = new Label(panel, SWT.NONE);
            label.setText(detailsLabel);
            label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
            Text text = new Text(panel, SWT.MULTI | SWT.READ_ONLY | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
            text.setFont(JFaceResources.getTextFont());
            text.setText(details);
            text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        }
        parent.layout(true, true);
    }

    /** A panel with an information icon, a title and a text. */
    public void showInfo(String title, String text) {
        panel(INFO, SWT.ICON_INFORMATION, title, text);
        parent.layout(true, true);
    }

    private Composite panel(String kind, int icon, String title, String text) {
        clear();
        Composite panel = new Composite(parent, SWT.NONE);
        panel.setData(NavigatorPart.WIDGET_KEY, kind);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = layout.marginHeight = 16;
        layout.horizontalSpacing = 12;
        panel.setLayout(layout);
        Label image = new Label(panel, SWT.NONE);
        image.setImage(parent.getDisplay().getSystemImage(icon));
        image.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 1, 2));
        Label heading = new Label(panel, SWT.WRAP);
        heading.setFont(JFaceResources.getHeaderFont());
        heading.setText(title);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Label body = new Label(panel, SWT.WRAP);
        body.setText(text == null ? "" : text);
        GridData bodyData = new GridData(SWT.FILL, SWT.TOP, true, false);
        bodyData.widthHint = 560;
        body.setLayoutData(bodyData);
        return panel;
    }

    /** The stack trace of a throwable, as shown in the details box. */
    public static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
