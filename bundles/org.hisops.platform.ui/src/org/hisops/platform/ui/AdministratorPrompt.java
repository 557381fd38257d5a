package org.hisops.platform.ui;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Role;

/**
 * Asks for the administrator password where an action needs the role: any view calls {@link #ensure} before an
 * administrative action. On a fresh installation it asks to set the password instead (the first start). The slow
 * password hash runs off the UI thread while the dialog shows that it is checking; a wrong password or a lock-out is
 * explained in the dialog, which stays open for another try.
 */
public final class AdministratorPrompt {

    /** {@code Widget.getData("org.hisops.widget")} values, for the product-level tests. */
    public static final String PASSWORD_WIDGET = "admin.password";
    public static final String CONFIRM_WIDGET = "admin.confirm";
    public static final String ERROR_WIDGET = "admin.error";
    public static final String OK_WIDGET = "admin.ok";

    private final AccessControl access;
    private final Locale locale;
    private final BundleTexts texts = BundleTexts.of(AdministratorPrompt.class);
    private final boolean firstPassword;

    private Shell shell;
    private Text password;
    private Text confirm;
    private Label error;
    private Button ok;
    private Button cancel;
    private boolean signedIn;

    private AdministratorPrompt(AccessControl access, Locale locale) {
        this.access = access;
        this.locale = locale;
        this.firstPassword = !access.passwordSet();
    }

    /**
     * Whether the user is administrator now, after asking for the password if needed. Call on the UI thread; it
     * returns when the dialog closes.
     */
    public static boolean ensure(Shell parent, AccessControl access, Locale locale) {
        if (access.role() == Role.ADMINISTRATOR) {
            return true;
        }
        return new AdministratorPrompt(access, locale).open(parent);
    }

    /**
     * Asks for the current and a new password and changes it. Returns whether it was changed.
     */
    public static boolean changePassword(Shell parent, AccessControl access, Locale locale) {
        return new PasswordChange(access, locale).open(parent);
    }

    private boolean open(Shell parent) {
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText(text(firstPassword ? "prompt.first.title" : "prompt.signin.title"));
        shell.setLayout(new GridLayout(2, false));
        Label intro = new Label(shell, SWT.WRAP);
        intro.setText(text(firstPassword ? "prompt.first.message" : "prompt.signin.message"));
        intro.setLayoutData(wide(420));
        password = field(text("prompt.password"), PASSWORD_WIDGET);
        if (firstPassword) {
            confirm = field(text("prompt.confirm"), CONFIRM_WIDGET);
        }
        error = new Label(shell, SWT.WRAP);
        error.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_RED));
        error.setLayoutData(wide(420));
        error.setData("org.hisops.widget", ERROR_WIDGET);
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        ok = new Button(buttons, SWT.PUSH);
        ok.setText(text(firstPassword ? "prompt.first.ok" : "prompt.signin.ok"));
        ok.setData("org.hisops.widget", OK_WIDGET);
        ok.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        cancel = new Button(buttons, SWT.PUSH);
        cancel.setText(text("prompt.cancel"));
        cancel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        shell.setDefaultButton(ok);
        ok.addListener(SWT.Selection, e -> submit());
        cancel.addListener(SWT.Selection, e -> shell.close());
        shell.pack();
        center(parent, shell);
        shell.open();
        password.setFocus();
        Display display = shell.getDisplay();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return signedIn;
    }

    private void submit() {
        char[] entered = password.getTextChars();
        if (firstPassword && !Arrays.equals(entered, confirm.getTextChars())) {
            error.setText(text("prompt.mismatch"));
            shell.layout(true, true);
            Arrays.fill(entered, '\0');
            return;
        }
        busy(true);
        Display display = shell.getDisplay();
        // The hash is deliberately slow (a quarter of a second or more): never on the UI thread.
        Thread worker = new Thread(() -> {
            AccessDeniedException denied = null;
            RuntimeException failed = null;
            try {
                if (firstPassword) {
                    access.setPassword(null, entered);
                } else {
                    access.signIn(entered);
                }
            } catch (AccessDeniedException e) {
                denied = e;
            } catch (RuntimeException e) {
                failed = e;
            } finally {
                Arrays.fill(entered, '\0');
            }
            AccessDeniedException d = denied;
            RuntimeException f = failed;
            display.asyncExec(() -> done(d, f));
        }, "HisOps administrator sign-in");
        worker.setDaemon(true);
        worker.start();
    }

    private void done(AccessDeniedException denied, RuntimeException failed) {
        if (shell.isDisposed()) {
            return;
        }
        if (denied == null && failed == null) {
            signedIn = true;
            shell.close();
            return;
        }
        busy(false);
        error.setText(denied != null ? denied.message(locale) : texts.format(locale, "prompt.failed", failed.toString()));
        password.setText("");
        if (confirm != null) {
            confirm.setText("");
        }
        password.setFocus();
        shell.layout(true, true);
        shell.pack();
    }

    private void busy(boolean busy) {
        ok.setEnabled(!busy);
        password.setEnabled(!busy);
        if (confirm != null) {
            confirm.setEnabled(!busy);
        }
        if (busy) {
            error.setText(text("prompt.checking"));
        }
    }

    private Text field(String label, String widget) {
        new Label(shell, SWT.NONE).setText(label);
        Text t = new Text(shell, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        t.setData("org.hisops.widget", widget);
        return t;
    }

    private static GridData wide(int width) {
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        data.widthHint = width;
        return data;
    }

    private String text(String key) {
        return texts.text(locale, key, key);
    }

    static void center(Shell parent, Shell dialog) {
        if (parent == null) {
            return;
        }
        Point size = dialog.getSize();
        org.eclipse.swt.graphics.Rectangle p = parent.getBounds();
        dialog.setLocation(p.x + (p.width - size.x) / 2, p.y + (p.height - size.y) / 3);
    }

    /** Changing the password: current, new, confirmation. */
    private static final class PasswordChange {
        private final AccessControl access;
        private final Locale locale;
        private final BundleTexts texts = BundleTexts.of(AdministratorPrompt.class);
        private boolean changed;

        PasswordChange(AccessControl access, Locale locale) {
            this.access = access;
            this.locale = locale;
        }

        boolean open(Shell parent) {
            Shell shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
            shell.setText(texts.text(locale, "prompt.change.title", ""));
            shell.setLayout(new GridLayout(2, false));
            Text current = field(shell, texts.text(locale, "prompt.current", ""));
            Text fresh = field(shell, texts.text(locale, "prompt.new", ""));
            Text again = field(shell, texts.text(locale, "prompt.confirm", ""));
            Label error = new Label(shell, SWT.WRAP);
            error.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_RED));
            error.setLayoutData(wide(420));
            Button ok = new Button(shell, SWT.PUSH);
            ok.setText(texts.text(locale, "prompt.change.ok", ""));
            ok.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false));
            Button cancel = new Button(shell, SWT.PUSH);
            cancel.setText(texts.text(locale, "prompt.cancel", ""));
            shell.setDefaultButton(ok);
            cancel.addListener(SWT.Selection, e -> shell.close());
            ok.addListener(SWT.Selection, e -> {
                char[] c = current.getTextChars();
                char[] n = fresh.getTextChars();
                if (!Arrays.equals(n, again.getTextChars())) {
                    error.setText(texts.text(locale, "prompt.mismatch", ""));
                    shell.layout(true, true);
                    return;
                }
                ok.setEnabled(false);
                error.setText(texts.text(locale, "prompt.checking", ""));
                Display display = shell.getDisplay();
                Thread worker = new Thread(() -> {
                    String problem = null;
                    try {
                        access.setPassword(c, n);
                    } catch (AccessDeniedException x) {
                        problem = x.message(locale);
                    } catch (RuntimeException x) {
                        problem = texts.format(locale, "prompt.failed", x.toString());
                    } finally {
                        Arrays.fill(c, '\0');
                        Arrays.fill(n, '\0');
                    }
                    String p = problem;
                    display.asyncExec(() -> {
                        if (shell.isDisposed()) {
                            return;
                        }
                        if (p == null) {
                            changed = true;
                            shell.close();
                        } else {
                            ok.setEnabled(true);
                            error.setText(p);
                            shell.layout(true, true);
                            shell.pack();
                        }
                    });
                }, "HisOps administrator password");
                worker.setDaemon(true);
                worker.start();
            });
            shell.pack();
            center(parent, shell);
            shell.open();
            Display display = shell.getDisplay();
            while (!shell.isDisposed()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
            return changed;
        }

        private static Text field(Shell shell, String label) {
            new Label(shell, SWT.NONE).setText(label);
            Text t = new Text(shell, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
            t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            return t;
        }
    }
}
