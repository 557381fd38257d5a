package org.hisops.app.internal.parts;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.VendorBundleException;
import org.hisops.platform.api.VendorBundles;
import org.hisops.platform.api.VendorCertificate;
import org.hisops.platform.ui.AdministratorPrompt;

/**
 * The trusted-vendors store: each certificate's subject, issuer, validity and SHA-256 fingerprint (which the
 * administrator compares with the vendor's by another channel), add from a certificate file, remove after a
 * confirmation. Changes go through {@link VendorBundles}, which requires the administrator and audits them.
 */
final class TrustedVendorsDialog extends Dialog {

    private final VendorBundles vendors;
    private final AccessControl access;
    private final BundleTexts texts;
    private final Locale locale;
    private final Function<VendorBundleException, String> problems;
    private final DateTimeFormatter dates;
    private TableViewer table;
    private Button remove;

    TrustedVendorsDialog(Shell parent, VendorBundles vendors, AccessControl access, BundleTexts texts, Locale locale,
            Function<VendorBundleException, String> problems) {
        super(parent);
        this.vendors = vendors;
        this.access = access;
        this.texts = texts;
        this.locale = locale;
        this.problems = problems;
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).withZone(ZoneId.systemDefault());
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(text("trusted.title"));
        shell.setData(NavigatorPart.WIDGET_KEY, "trusted.dialog");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(text("trusted.intro"));
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        introData.widthHint = 820;
        intro.setLayoutData(introData);

        Composite holder = new Composite(area, SWT.NONE);
        GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 1, 2);
        tableData.heightHint = 220;
        holder.setLayoutData(tableData);
        TableColumnLayout columns = new TableColumnLayout();
        holder.setLayout(columns);
        table = new TableViewer(holder, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        table.getTable().setData(NavigatorPart.WIDGET_KEY, "trusted");
        table.setContentProvider(ArrayContentProvider.getInstance());
        column(columns, "trusted.col.subject", 26, VendorCertificate::subject);
        column(columns, "trusted.col.issuer", 18, VendorCertificate::issuer);
        column(columns, "trusted.col.valid", 18, c -> MessageFormat.format(text("trusted.valid"),
                dates.format(c.notBefore()), dates.format(c.notAfter())));
        column(columns, "trusted.col.sha256", 38, VendorCertificate::sha256);
        table.addSelectionChangedListener(e -> remove.setEnabled(!e.getSelection().isEmpty()));

        Button add = new Button(area, SWT.PUSH);
        add.setText(text("trusted.add"));
        add.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        add.addListener(SWT.Selection, e -> add());
        remove = new Button(area, SWT.PUSH);
        remove.setText(text("trusted.remove"));
        remove.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
        remove.setEnabled(false);
        remove.addListener(SWT.Selection, e -> remove());
        refresh();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, text("trusted.close"), true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void column(TableColumnLayout layout, String key, int weight, Function<VendorCertificate, String> label) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(text(key));
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 80));
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label.apply((VendorCertificate) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return label.apply((VendorCertificate) element);
            }
        });
    }

    private void refresh() {
        if (!table.getTable().isDisposed()) {
            table.setInput(vendors.trusted());
            remove.setEnabled(!table.getSelection().isEmpty());
        }
    }

    private void add() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setText(text("trusted.add.title"));
        dialog.setFilterExtensions(new String[] { "*.cer;*.crt;*.pem;*.der", "*" });
        String file = dialog.open();
        if (file != null) {
            run(v -> {
                VendorCertificate c = v.trust(Path.of(file));
                return MessageFormat.format(text("trusted.added"), c.subject(), c.sha256());
            });
        }
    }

    private void remove() {
        Object selected = ((IStructuredSelection) table.getSelection()).getFirstElement();
        if (selected instanceof VendorCertificate c && MessageDialog.openConfirm(getShell(), text("trusted.remove.title"),
                MessageFormat.format(text("trusted.remove.confirm"), c.subject(), c.sha256()))) {
            run(v -> {
                v.untrust(c.sha256());
                return null;
            });
        }
    }

    /** Reading a certificate file and writing the store happen off the UI thread. */
    private void run(Action action) {
        if (!AdministratorPrompt.ensure(getShell(), access, locale)) {
            return;
        }
        Job job = Job.create(text("trusted.title"), (IProgressMonitor monitor) -> {
            String done = null;
            String problem = null;
            try {
                done = action.run(vendors);
            } catch (AccessDeniedException e) {
                problem = e.message(locale);
            } catch (VendorBundleException e) {
                problem = problems.apply(e);
            }
            String message = done;
            String error = problem;
            Shell shell = getShell();
            if (shell != null && !shell.isDisposed()) {
                shell.getDisplay().asyncExec(() -> {
                    if (shell.isDisposed()) {
                        return;
                    }
                    refresh();
                    if (error != null) {
                        MessageDialog.openError(shell, text("trusted.title"), error);
                    } else if (message != null) {
                        MessageDialog.openInformation(shell, text("trusted.title"), message);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        job.schedule();
    }

    @FunctionalInterface
    private interface Action {
        String run(VendorBundles vendors) throws AccessDeniedException, VendorBundleException;
    }

    private String text(String key) {
        return texts.text(locale, key, key);
    }
}
