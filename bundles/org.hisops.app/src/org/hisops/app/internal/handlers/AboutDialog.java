package org.hisops.app.internal.handlers;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.hisops.app.internal.Icons;
import org.hisops.app.internal.Messages;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.SiteDirectory;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** What a support call needs to know: version, runtime, folders, site, and how many components run. */
final class AboutDialog extends Dialog {

    private static final int COPY = IDialogConstants.CLIENT_ID + 1;

    private final Messages messages;
    private final Map<String, String> facts = new LinkedHashMap<>();

    AboutDialog(Shell parent, Messages messages, Locale locale, SiteDirectory sites, CapabilityRegistry registry) {
        super(parent);
        this.messages = messages;
        Bundle app = FrameworkUtil.getBundle(AboutDialog.class);
        facts.put(messages.about_version, app.getVersion().toString());
        facts.put(messages.about_site, sites.current().displayName(locale));
        facts.put(messages.about_java, System.getProperty("java.vendor") + " " + System.getProperty("java.version")
                + " (" + System.getProperty("java.home") + ")");
        facts.put(messages.about_os, System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        facts.put(messages.about_locale, locale.getDisplayName(locale) + " (" + locale + ")");
        facts.put(messages.about_install, location(Platform.getInstallLocation()));
        facts.put(messages.about_instance, location(Platform.getInstanceLocation()));
        facts.put(messages.about_bundles, MessageFormat.format(messages.about_bundles_value,
                app.getBundleContext().getBundles().length, registry.capabilities().size()));
    }

    private static String location(org.eclipse.osgi.service.datalocation.Location location) {
        return location == null || location.getURL() == null ? "-" : location.getURL().getPath();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(messages.about_title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), area);
        Label logo = new Label(area, SWT.NONE);
        logo.setImage(resources.create(Icons.descriptor("hisops64.png")));
        logo.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false, 1, 2));
        Label title = new Label(area, SWT.NONE);
        title.setText("HisOps");
        title.setFont(resources.create(FontDescriptor.createFrom(JFaceResources.getDefaultFont())
                .increaseHeight(6).setStyle(SWT.BOLD)));
        Label description = new Label(area, SWT.WRAP);
        description.setText(messages.about_description);
        GridData descriptionData = new GridData(SWT.FILL, SWT.TOP, true, false);
        descriptionData.widthHint = 460;
        description.setLayoutData(descriptionData);

        Composite table = new Composite(area, SWT.NONE);
        GridData tableData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        tableData.verticalIndent = 12;
        table.setLayoutData(tableData);
        table.setLayout(new GridLayout(2, false));
        facts.forEach((key, value) -> {
            Label k = new Label(table, SWT.NONE);
            k.setText(key);
            k.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            Label v = new Label(table, SWT.WRAP);
            v.setText(value);
            GridData valueData = new GridData(SWT.FILL, SWT.TOP, true, false);
            valueData.widthHint = 420;
            v.setLayoutData(valueData);
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, COPY, messages.about_copy, false);
        createButton(parent, IDialogConstants.OK_ID, messages.about_close, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == COPY) {
            List<String> lines = new ArrayList<>();
            facts.forEach((k, v) -> lines.add(k + ": " + v));
            Clipboard clipboard = new Clipboard(getShell().getDisplay());
            try {
                clipboard.setContents(new Object[] { String.join(System.lineSeparator(), lines) },
                        new Transfer[] { TextTransfer.getInstance() });
            } finally {
                clipboard.dispose();
            }
            return;
        }
        super.buttonPressed(buttonId);
    }
}
