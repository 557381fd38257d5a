package org.hisops.demo.ui.internal;

import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.hisops.demo.api.DemoSite;
import org.hisops.demo.api.DemoSiteListener;
import org.hisops.demo.api.DemoState;
import org.hisops.demo.api.DemoStatus;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Capability;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** The demo site's servers: what they are doing, and a rebuild from scratch on request (after confirmation). */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=org.hisops.demo.site")
public class DemoSiteView implements CapabilityView {

    private final DemoSite demo;
    private final DemoSiteListener listener = this::statusChanged;
    private Locale locale;
    private BundleTexts own;
    private BundleTexts demoTexts;
    private Label state;
    private Label problem;
    private Label folder;
    private Label ports;
    private Label since;
    private Button rebuild;

    @Activate
    public DemoSiteView(@Reference DemoSite demo) {
        this.demo = demo;
    }

    @Override
    public void createControl(Composite container, CapabilityViewContext context) {
        locale = context.locale();
        own = BundleTexts.of(DemoSiteView.class);
        demoTexts = BundleTexts.of(DemoSite.class);
        Composite parent = new Composite(container, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = layout.marginHeight = 16;
        layout.verticalSpacing = 8;
        parent.setLayout(layout);
        Label intro = new Label(parent, SWT.WRAP);
        intro.setText(text("demo.intro"));
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        introData.widthHint = 640;
        intro.setLayoutData(introData);
        state = row(parent, "demo.state");
        state.setData("org.hisops.widget", "demo.state");
        problem = row(parent, "demo.problem");
        folder = row(parent, "demo.folder");
        ports = row(parent, "demo.ports");
        since = row(parent, "demo.since");
        rebuild = new Button(parent, SWT.PUSH);
        rebuild.setText(text("demo.rebuild"));
        rebuild.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 2, 1));
        rebuild.addListener(SWT.Selection, e -> {
            if (MessageDialog.openConfirm(parent.getShell(), text("demo.rebuild.title"), text("demo.rebuild.message"))) {
                demo.rebuild(); // runs in the background; the listener shows its progress here
            }
        });
        demo.addListener(listener);
        show(demo.status());
    }

    private Label row(Composite parent, String key) {
        new Label(parent, SWT.NONE).setText(text(key));
        Label value = new Label(parent, SWT.WRAP);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 520;
        value.setLayoutData(data);
        return value;
    }

    /** Called from the demo's background thread. */
    private void statusChanged(DemoStatus status) {
        if (state != null && !state.isDisposed()) {
            state.getDisplay().asyncExec(() -> show(status));
        }
    }

    private void show(DemoStatus status) {
        if (state.isDisposed()) {
            return;
        }
        state.setText(demoTexts.text(locale, "state." + status.state().name().toLowerCase(Locale.ROOT), status.state().name()));
        problem.setText(status.problem() == null ? "-"
                : demoTexts.text(locale, "problem." + status.problem().name().toLowerCase(Locale.ROOT), status.problem().name()));
        folder.setText(status.folder() == null ? "-" : status.folder().toString());
        ports.setText(status.primaryPort() > 0 ? MessageFormat.format(text("demo.ports.value"),
                Integer.toString(status.primaryPort()), Integer.toString(status.standbyPort())) : "-");
        since.setText(status.since() == null ? "-" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale).withZone(ZoneId.systemDefault()).format(status.since()));
        rebuild.setEnabled(status.state() != DemoState.DISABLED && status.state() != DemoState.BUILDING);
        state.getParent().layout(true);
    }

    private String text(String key) {
        return own.text(locale, key, key);
    }

    @Override
    public void dispose() {
        demo.removeListener(listener);
    }
}
