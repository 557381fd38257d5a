package org.hisops.db.ui.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.ConnectRole;
import org.hisops.db.api.CredentialStore;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.db.api.ProbeResult;
import org.hisops.db.api.RoleHint;
import org.hisops.platform.api.Site;

/**
 * Adds or edits an endpoint. The password field is never filled from storage; left empty when editing, the stored
 * password is kept. "Test connection" tries the values as entered (the password goes to secure storage under a
 * temporary id for the test and is removed afterwards) in a job that the dialog cancels when it closes.
 */
final class EndpointDialog extends TitleAreaDialog {

    private static final String[] SYSTEMS = { "HIS", "EMR", "LIS", "PACS", "RIS", "CIS" };

    private final Texts texts;
    private final Site site;
    private final Endpoint original;
    private final CredentialStore credentials;
    private final DatabaseSessions sessions;
    private Endpoint result;
    private Cancellation test;

    private Text name;
    private Combo system;
    private Combo engine;
    private Text host;
    private Spinner port;
    private Combo addressKind;
    private Text address;
    private Text user;
    private Text password;
    private Combo connectRole;
    private Combo roleHint;
    private Text declaredVersion;
    private Spinner limit;
    private Spinner connectTimeout;
    private Spinner statementTimeout;
    private Button testButton;
    private Label testResult;

    EndpointDialog(Shell parent, Texts texts, Site site, Endpoint original, CredentialStore credentials,
            DatabaseSessions sessions) {
        super(parent);
        this.texts = texts;
        this.site = site;
        this.original = original;
        this.credentials = credentials;
        this.sessions = sessions;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    Endpoint endpoint() {
        return result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(texts.text(original == null ? "dialog.title.new" : "dialog.title.edit"));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(texts.text(original == null ? "dialog.title.new" : "dialog.title.edit"));
        setMessage(texts.format("dialog.message", site.displayName(texts.locale())));
        Composite form = new Composite(area, SWT.NONE);
        form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        form.setLayout(new GridLayout(4, false));

        name = text(form, "field.name", 3);
        system = combo(form, "field.system", SWT.DROP_DOWN, SYSTEMS, 3);
        engine = combo(form, "field.engine", SWT.READ_ONLY, new String[] { texts.text("engine.oracle"),
                texts.text("engine.postgresql"), texts.text("engine.kingbase") }, 3);
        host = text(form, "field.host", 1);
        port = spinner(form, "field.port", 1, 65535, 1521);
        addressKind = combo(form, "field.addressKind", SWT.READ_ONLY, new String[0], 1);
        address = text(form, "field.address", 1);
        user = text(form, "field.user", 1);
        password = new Text(labelled(form, "field.password"), SWT.BORDER | SWT.PASSWORD);
        password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        if (original != null) {
            password.setMessage(texts.text("field.password.keep"));
        }
        connectRole = combo(form, "field.connectRole", SWT.READ_ONLY, new String[] { "NORMAL", "SYSDBA", "SYSOPER" }, 1);
        roleHint = combo(form, "field.roleHint", SWT.READ_ONLY, new String[] { texts.text("rolehint.primary"),
                texts.text("rolehint.standby"), texts.text("rolehint.unknown") }, 1);
        declaredVersion = text(form, "field.declaredVersion", 1);
        declaredVersion.setMessage(texts.text("field.declaredVersion.hint"));
        limit = spinner(form, "field.connectionLimit", 1, 20, Endpoint.DEFAULT_CONNECTION_LIMIT);
        connectTimeout = spinner(form, "field.connectTimeout", 1, 300, Endpoint.DEFAULT_CONNECT_TIMEOUT);
        statementTimeout = spinner(form, "field.statementTimeout", 1, 3600, Endpoint.DEFAULT_STATEMENT_TIMEOUT);

        testButton = new Button(form, SWT.PUSH);
        testButton.setText(texts.text("dialog.test"));
        testButton.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        testButton.addListener(SWT.Selection, e -> testOrCancel());
        testResult = new Label(form, SWT.WRAP);
        GridData resultData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
        resultData.widthHint = 480;
        resultData.heightHint = 70;
        testResult.setLayoutData(resultData);

        engine.addListener(SWT.Selection, e -> engineChanged(true));
        fill();
        return area;
    }

    private Composite labelled(Composite form, String key) {
        Label label = new Label(form, SWT.NONE);
        label.setText(texts.text(key));
        return form;
    }

    private Text text(Composite form, String key, int span) {
        Text t = new Text(labelled(form, key), SWT.BORDER);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        return t;
    }

    private Combo combo(Composite form, String key, int style, String[] items, int span) {
        Combo c = new Combo(labelled(form, key), style);
        c.setItems(items);
        c.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
        return c;
    }

    private Spinner spinner(Composite form, String key, int min, int max, int value) {
        Spinner s = new Spinner(labelled(form, key), SWT.BORDER);
        s.setValues(value, min, max, 0, 1, 10);
        s.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return s;
    }

    private void fill() {
        Endpoint e = original;
        if (e == null) {
            engine.select(0);
            engineChanged(true);
            system.setText("HIS");
            connectRole.select(0);
            roleHint.select(2);
            return;
        }
        name.setText(e.name());
        system.setText(e.system());
        engine.select(e.engine().ordinal());
        engineChanged(false);
        host.setText(e.host());
        port.setSelection(e.port());
        addressKind.setText(e.addressKind().name());
        address.setText(e.address());
        user.setText(e.user());
        connectRole.select(e.connectRole().ordinal());
        roleHint.select(e.roleHint().ordinal());
        declaredVersion.setText(e.declaredVersion() == null ? "" : e.declaredVersion());
        limit.setSelection(e.connectionLimit());
        connectTimeout.setSelection(e.connectTimeoutSeconds());
        statementTimeout.setSelection(e.statementTimeoutSeconds());
    }

    private void engineChanged(boolean resetPort) {
        Engine selected = Engine.values()[Math.max(0, engine.getSelectionIndex())];
        if (selected == Engine.ORACLE) {
            addressKind.setItems(new String[] { "SERVICE_NAME", "SID", "DESCRIPTOR" });
        } else {
            addressKind.setItems(new String[] { "DATABASE" });
        }
        addressKind.select(0);
        connectRole.setEnabled(selected == Engine.ORACLE);
        if (resetPort) {
            port.setSelection(selected.defaultPort());
        }
    }

    /** The endpoint as entered, or {@code null} with the reason shown in the dialog's message area. */
    private Endpoint read(String id) {
        String missing = name.getText().isBlank() ? "field.name" : host.getText().isBlank() ? "field.host"
                : address.getText().isBlank() ? "field.address" : user.getText().isBlank() ? "field.user" : null;
        if (missing != null) {
            setErrorMessage(texts.format("dialog.required", texts.text(missing).replace(":", "")));
            return null;
        }
        String version = declaredVersion.getText().trim();
        if (!version.isEmpty()) {
            try {
                org.hisops.db.api.DbVersion.parse(version);
            } catch (IllegalArgumentException ex) {
                setErrorMessage(texts.format("dialog.badVersion", version));
                return null;
            }
        }
        setErrorMessage(null);
        Endpoint e = new Endpoint(id, site.id(), name.getText().trim(), system.getText().trim().toUpperCase(Locale.ROOT),
                Engine.values()[engine.getSelectionIndex()], host.getText().trim(), port.getSelection(),
                AddressKind.valueOf(addressKind.getText()), address.getText().trim(), user.getText().trim(),
                ConnectRole.values()[Math.max(0, connectRole.getSelectionIndex())],
                RoleHint.values()[roleHint.getSelectionIndex()], version.isEmpty() ? null : version,
                limit.getSelection(), connectTimeout.getSelection(), statementTimeout.getSelection(),
                original == null ? null : original.emulation());
        return e;
    }

    private void testOrCancel() {
        if (test != null) {
            test.cancel();
            return;
        }
        String testId = "test-" + UUID.randomUUID();
        Endpoint entered = read(testId);
        if (entered == null) {
            return;
        }
        char[] secret = password.getText().toCharArray();
        try {
            if (secret.length > 0) {
                credentials.store(testId, secret);
            } else if (original != null && credentials.password(original.id()).isPresent()) {
                char[] stored = credentials.password(original.id()).get();
                credentials.store(testId, stored);
                Arrays.fill(stored, '\0');
            }
        } catch (IOException ex) {
            testResult.setText(ex.getMessage());
            return;
        } finally {
            Arrays.fill(secret, '\0');
        }
        Cancellation cancellation = new Cancellation();
        test = cancellation;
        testButton.setText(texts.text("dialog.cancelTest"));
        testResult.setText(texts.text("status.testing"));
        Job.create(texts.format("job.test", entered.name()), (IProgressMonitor monitor) -> {
            String text;
            try {
                ProbeResult r = sessions.probe(entered, cancellation);
                text = texts.format("dialog.result.ok", texts.text("engine." + r.engine().name().toLowerCase(Locale.ROOT)),
                        r.version(), r.openMode(), r.databaseRole(), String.format(texts.locale(), "%.1f", r.roundTrip().toNanos() / 1e6),
                        r.databaseName(), r.driver()) + (r.emulated() ? " " + texts.text("status.emulated") : "");
            } catch (DatabaseException ex) {
                text = texts.problemTitle(ex, entered) + "\n" + texts.problemAction(ex);
            } finally {
                sessions.forget(testId);
                try {
                    credentials.delete(testId);
                } catch (IOException ex) {
                    // a stray encrypted test entry is harmless; it is overwritten by the next test
                }
            }
            String shown = text;
            if (!testResult.isDisposed()) {
                testResult.getDisplay().asyncExec(() -> {
                    test = null;
                    if (!testResult.isDisposed()) {
                        testResult.setText(shown);
                        testButton.setText(texts.text("dialog.test"));
                        testResult.getParent().layout();
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    @Override
    protected void okPressed() {
        Endpoint e = read(original == null ? UUID.randomUUID().toString() : original.id());
        if (e == null) {
            return;
        }
        char[] secret = password.getText().toCharArray();
        try {
            if (secret.length > 0) {
                credentials.store(e.id(), secret);
            } else if (!credentials.has(e.id())) {
                setErrorMessage(texts.text("dialog.passwordRequired"));
                return;
            }
        } catch (IOException ex) {
            setErrorMessage(ex.getMessage());
            return;
        } finally {
            Arrays.fill(secret, '\0');
        }
        result = e;
        super.okPressed();
    }

    @Override
    public boolean close() {
        if (test != null) {
            test.cancel(); // nothing keeps connecting to a server after the dialog is gone
        }
        return super.close();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, texts.text("dialog.save"), true);
        createButton(parent, IDialogConstants.CANCEL_ID, texts.text("dialog.cancel"), false);
    }
}
