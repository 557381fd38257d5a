package org.hisops.app.internal.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hisops.platform.api.CapabilityCategory;
import org.hisops.platform.api.CapabilityEntry;
import org.hisops.platform.api.Site;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A vendor's view that throws while it is built stays inside its part; the part says what happened. */
class CapabilityViewHostTest {

    private Display display;
    private Shell shell;
    private Composite partBody;
    private CapabilityViewHost host;

    private final CapabilityViewContext context = new CapabilityViewContext() {
        @Override
        public CapabilityEntry capability() {
            return new CapabilityEntry("test.view", CapabilityCategory.OTHER, 1, "test.bundle", null, null);
        }

        @Override
        public Site site() {
            return new Site(Site.DEMO_ID, null, "site.demo.name");
        }

        @Override
        public Locale locale() {
            return Locale.ENGLISH;
        }

        @Override
        public void showStatus(String message) {
        }
    };

    @BeforeEach
    void setUp() {
        display = Display.getDefault();
        shell = new Shell(display);
        partBody = new Composite(shell, SWT.NONE);
        host = new CapabilityViewHost(partBody);
    }

    @AfterEach
    void tearDown() {
        shell.dispose();
    }

    @Test
    void aWorkingViewIsShown() {
        Throwable thrown = host.showView((parent, ctx) -> new Label(parent, SWT.NONE).setText("ok " + ctx.locale()),
                context);
        assertNull(thrown);
        assertEquals(CapabilityViewHost.VIEW, host.showing());
        Label label = (Label) ((Composite) partBody.getChildren()[0]).getChildren()[0];
        assertEquals("ok en", label.getText());
    }

    @Test
    void aViewThatThrowsHalfWayLeavesNothingBehindAndTheErrorIsShown() {
        CapabilityView broken = (parent, ctx) -> {
            new Label(parent, SWT.NONE).setText("half built");
            throw new IllegalStateException("vendor bug");
        };
        Throwable thrown = host.showView(broken, context);
        assertNotNull(thrown);
        assertNull(host.showing(), "the half-built widgets are removed");
        host.showError("The view could not be shown", "Send the details to the vendor.", "Details",
                CapabilityViewHost.stackTrace(thrown));
        assertEquals(CapabilityViewHost.ERROR, host.showing());
        Text details = find(partBody, Text.class);
        assertNotNull(details, "the details are shown");
        assertTrue(details.getText().contains("vendor bug"));
    }

    @Test
    void aViewBuiltAgainstAnotherApiVersionIsCaughtToo() {
        Throwable thrown = host.showView((parent, ctx) -> {
            throw new NoSuchMethodError("org.hisops.platform.api.Capability.removedMethod()");
        }, context);
        assertTrue(thrown instanceof NoSuchMethodError);
    }

    @Test
    void afterAnErrorTheSameHostShowsTheNextViewNormally() {
        host.showView((parent, ctx) -> {
            throw new IllegalStateException("first");
        }, context);
        host.showError("t", "h", "d", "details");
        assertNull(host.showView((parent, ctx) -> new Label(parent, SWT.NONE), context));
        assertEquals(CapabilityViewHost.VIEW, host.showing());
        assertEquals(1, partBody.getChildren().length, "the error panel is gone");
    }

    @Test
    void anInformationPanelForACapabilityWithoutView() {
        host.showInfo("Name", "Description\n\nNo view in this installation.");
        assertEquals(CapabilityViewHost.INFO, host.showing());
    }

    private static <T extends Control> T find(Composite parent, Class<T> type) {
        for (Control child : parent.getChildren()) {
            if (type.isInstance(child)) {
                return type.cast(child);
            }
            if (child instanceof Composite c) {
                T found = find(c, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
