package com.example.hisops.tablespace.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Capability;
import org.hisops.platform.ui.CapabilityView;
import org.hisops.platform.ui.CapabilityViewContext;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

/** The sample's view: one instance per open part (prototype scope), built on the UI thread. */
@Component(scope = ServiceScope.PROTOTYPE, property = Capability.ID_PROPERTY + "=" + TablespaceCapability.ID)
public class TablespaceView implements CapabilityView {

    private Button check;

    @Override
    public void createControl(Composite parent, CapabilityViewContext context) {
        BundleTexts texts = BundleTexts.of(TablespaceView.class);
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        Label intro = new Label(body, SWT.WRAP);
        intro.setText(texts.format(context.locale(), "view.intro", context.site().displayName(context.locale())));
        intro.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        check = new Button(body, SWT.PUSH);
        check.setText(texts.text(context.locale(), "view.check", "Check now"));
        // A real check runs as a Job against the site's endpoints; the sample only says what it would do.
        check.addListener(SWT.Selection, e -> context.showStatus(texts.text(context.locale(), "view.checked", "")));
    }

    @Override
    public void setFocus() {
        check.setFocus();
    }
}
