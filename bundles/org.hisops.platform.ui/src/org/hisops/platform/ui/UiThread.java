package org.hisops.platform.ui;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/** Handing results of background work to a view's UI thread. */
public final class UiThread {

    private UiThread() {
    }

    /**
     * Runs {@code action} on the UI thread later, unless {@code control} (the view) has been disposed meanwhile:
     * a job that ends after its view was closed must not touch dead widgets.
     */
    public static void whileAlive(Control control, Runnable action) {
        if (control.isDisposed()) {
            return;
        }
        Display display = control.getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> {
                if (!control.isDisposed()) {
                    action.run();
                }
            });
        }
    }
}
