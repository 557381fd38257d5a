package org.hisops.platform.ui;

import org.eclipse.swt.widgets.Composite;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The content of a capability's part. Register it as
 *
 * <pre>
 * &#64;Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=com.example.lis.inspection")
 * public class LisInspectionView implements CapabilityView { ... }
 * </pre>
 *
 * All methods are called on the UI thread. A view must not wait on a database there: it schedules a job
 * ({@code org.eclipse.core.runtime.jobs.Job}), whose progress the shell shows in its status line, and updates its
 * widgets with {@code Display.asyncExec} when the job is done. If {@link #createControl} throws, the shell shows
 * the error in the part and the rest of the product carries on.
 */
@ConsumerType
public interface CapabilityView {

    /** Builds the view's widgets inside {@code parent} (which has a {@code FillLayout}). */
    void createControl(Composite parent, CapabilityViewContext context);

    /** Gives the keyboard focus to the view's main control. */
    default void setFocus() {
    }

    /** Releases what the view holds beyond its widgets (jobs, listeners); widgets are disposed by the shell. */
    default void dispose() {
    }
}
