package org.hisops.testprobe.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * Test-only window into a running product (never part of a feature): product tests and benchmarks add it to a
 * copy of the product and talk to it over a loopback socket, one command per line, one answer line per command
 * ({@code OK ...} or {@code ERR ...}). It reads the real widgets on the UI thread, so what it reports is what the
 * user sees. Started only when the system property {@value #PORT_FILE} names the file to write its port to.
 */
public class Probe implements BundleActivator {

    public static final String PORT_FILE = "hisops.probe.port.file";
    private static final String WIDGET_KEY = "org.hisops.widget";
    /** Widget data key of a save button's action on a chosen file ({@code Consumer<Path>}). */
    private static final String SAVE_TO = "org.hisops.widget.saveTo";

    private BundleContext context;
    private ServerSocket server;
    private LogReaderService logReader;
    private final List<String> problems = new ArrayList<>();
    private final LogListener logListener = this::logged;

    @Override
    public void start(BundleContext bundleContext) throws Exception {
        String portFile = System.getProperty(PORT_FILE);
        if (portFile == null) {
            return;
        }
        context = bundleContext;
        ServiceReference<LogReaderService> ref = context.getServiceReference(LogReaderService.class);
        if (ref != null) {
            logReader = context.getService(ref);
            logReader.addLogListener(logListener);
        }
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Path target = Path.of(portFile);
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, Integer.toString(server.getLocalPort()));
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Thread thread = new Thread(this::serve, "hisops-probe");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void stop(BundleContext bundleContext) throws Exception {
        if (logReader != null) {
            logReader.removeLogListener(logListener);
        }
        if (server != null) {
            server.close();
        }
    }

    private void logged(LogEntry entry) {
        if (entry.getLogLevel() == LogLevel.ERROR || entry.getException() != null) {
            synchronized (problems) {
                problems.add(entry.getLogLevel() + " " + entry.getBundle().getSymbolicName() + ": " + entry.getMessage()
                        + (entry.getException() == null ? "" : " " + entry.getException()));
            }
        }
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept();
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8), true)) {
                String line;
                while ((line = in.readLine()) != null) {
                    String answer;
                    try {
                        answer = handle(line.trim());
                    } catch (Exception | LinkageError e) {
                        answer = "ERR " + e;
                    }
                    out.println(answer.replace('\n', ' '));
                }
            } catch (SocketException e) {
                return; // closed on stop
            } catch (IOException e) {
                // one broken connection; keep serving
            }
        }
    }

    private String handle(String line) throws Exception {
        String[] a = line.split(" ", 2);
        String arg = a.length > 1 ? a[1] : "";
        switch (a[0]) {
            case "PING":
                return "OK";
            case "SHELL":
                return "OK " + ui(() -> {
                    Shell shell = mainShell();
                    return shell == null ? "null"
                            : json(List.of(shell.getText(), String.valueOf(shell.isVisible()), shell.getBounds().toString()));
                });
            case "NAV":
                return "OK " + ui(this::navigator);
            case "WAITNAV": {
                String[] p = arg.split(" ");
                long ms = Long.parseLong(p[p.length - 1]);
                boolean present = "present".equals(p[p.length - 2]);
                String label = String.join(" ", java.util.Arrays.copyOf(p, p.length - 2));
                return waitNav(label, present, ms);
            }
            case "INSTALL": {
                Bundle bundle = context.installBundle(Path.of(arg).toUri().toString());
                try {
                    bundle.start();
                    return "OK " + bundle.getBundleId();
                } catch (Exception e) {
                    return "ERR " + bundle.getBundleId() + " " + e.getMessage() + " / " + e.getCause();
                }
            }
            case "INSTALLWAIT": { // <label>\t<path>: micro-seconds from install to the navigator showing the label
                String[] p = arg.split("\t");
                long t0 = System.nanoTime();
                Bundle bundle = context.installBundle(Path.of(p[1]).toUri().toString());
                bundle.start();
                long started = System.nanoTime();
                String waited = waitNav(p[0], true, 10_000);
                long shown = System.nanoTime();
                return waited.startsWith("OK") ? "OK " + bundle.getBundleId() + " " + (started - t0) / 1000 + " "
                        + (shown - t0) / 1000 : waited;
            }
            case "UNINSTALLWAIT": { // <label>\t<bundle id>
                String[] p = arg.split("\t");
                long t0 = System.nanoTime();
                context.getBundle(Long.parseLong(p[1])).uninstall();
                String waited = waitNav(p[0], false, 10_000);
                return waited.startsWith("OK") ? "OK " + (System.nanoTime() - t0) / 1000 : waited;
            }
            case "START":
                context.getBundle(Long.parseLong(arg)).start();
                return "OK";
            case "STOP":
                context.getBundle(Long.parseLong(arg)).stop();
                return "OK";
            case "UPDATE": {
                String[] p = arg.split(" ", 2);
                try (var in = Files.newInputStream(Path.of(p[1]))) {
                    context.getBundle(Long.parseLong(p[0])).update(in);
                }
                return "OK";
            }
            case "UNINSTALL":
                context.getBundle(Long.parseLong(arg)).uninstall();
                return "OK";
            case "OPEN":
                return ui(() -> open(arg));
            case "TABS":
                return "OK " + ui(this::tabs);
            case "TABLE": // widget key: the visible cell texts of a table, row by row
                return "OK " + ui(() -> {
                    Control c = find(WIDGET_KEY, arg);
                    if (!(c instanceof org.eclipse.swt.widgets.Table table)) {
                        return "null";
                    }
                    List<String> rows = new ArrayList<>();
                    for (org.eclipse.swt.widgets.TableItem item : table.getItems()) {
                        List<String> cells = new ArrayList<>();
                        for (int i = 0; i < table.getColumnCount(); i++) {
                            cells.add(item.getText(i));
                        }
                        rows.add(String.join("\u001f", cells));
                    }
                    return json(rows);
                });
            case "SHOWING":
                return "OK " + ui(() -> json(tagged(List.of("view", "error", "info"))));
            case "LABEL": // widget key: the text of a label tagged with it
                return "OK " + ui(() -> {
                    Control c = find(WIDGET_KEY, arg);
                    return json(List.of(c instanceof Label l ? l.getText() : c instanceof org.eclipse.swt.widgets.Button b ? b.getText() : ""));
                });
            case "TEXT": // widget key: the text of a text field (e.g. a read-only multi-line one)
                return "OK " + ui(() -> {
                    Control c = find(WIDGET_KEY, arg);
                    return json(List.of(c instanceof org.eclipse.swt.widgets.Text t ? t.getText() : ""));
                });
            case "STATUS":
                return "OK " + ui(() -> {
                    Control c = find(WIDGET_KEY, "status.message");
                    return json(List.of(c instanceof Label l ? l.getText() : c instanceof org.eclipse.swt.widgets.Button b ? b.getText() : ""));
                });
            case "SHOT":
                return ui(() -> shot(arg));
            case "ENDPOINT": { // id host port database user password: a PostgreSQL endpoint of the current site
                String[] p = arg.split("\t");
                org.hisops.platform.api.SiteDirectory sites = service(org.hisops.platform.api.SiteDirectory.class);
                org.hisops.db.api.Endpoint endpoint = org.hisops.db.api.Endpoint.of(p[0], sites.current().id(), p[0],
                        "HIS", org.hisops.db.api.Engine.POSTGRESQL, p[1], Integer.parseInt(p[2]),
                        org.hisops.db.api.AddressKind.DATABASE, p[3], p[4]).withLimits(2, 3, 10);
                service(org.hisops.db.api.EndpointDirectory.class).save(endpoint);
                service(org.hisops.db.api.CredentialStore.class).store(p[0], p[5].toCharArray());
                return "OK";
            }
            case "EMULATED": { // id, name, scenario, version (tab separated): an emulated Oracle endpoint of the current site
                String[] p = arg.split("\t");
                org.hisops.platform.api.SiteDirectory sites = service(org.hisops.platform.api.SiteDirectory.class);
                org.hisops.db.api.Endpoint endpoint = org.hisops.db.api.Endpoint.of(p[0], sites.current().id(), p[1],
                        "HIS", org.hisops.db.api.Engine.ORACLE, p[0] + ".emulated", 1521,
                        org.hisops.db.api.AddressKind.SERVICE_NAME, "his", "hisops").withDeclaredVersion(p[3])
                        .withEmulation(p[2]).withLimits(2, 5, 10);
                service(org.hisops.db.api.EndpointDirectory.class).save(endpoint);
                // the emulated scenarios' account password, as on the demo site
                service(org.hisops.db.api.CredentialStore.class).store(p[0], "hisops-demo".toCharArray());
                return "OK";
            }
            case "PROBE": { // endpoint id: what "Test connection" finds, or the problem
                org.hisops.db.api.Endpoint endpoint = service(org.hisops.db.api.EndpointDirectory.class).find(arg)
                        .orElseThrow();
                try {
                    org.hisops.db.api.ProbeResult r = service(org.hisops.db.api.DatabaseSessions.class).probe(endpoint,
                            org.hisops.db.api.Cancellation.none());
                    return "OK " + r.engine() + " " + r.version() + " " + r.databaseRole();
                } catch (org.hisops.db.api.DatabaseException e) {
                    return "OK PROBLEM " + e.problem() + " " + e.serverCode();
                }
            }
            // Administrative actions through the platform's own services (so they are audited as in use).
            case "ADMIN": { // password: sets it at first start, else signs in
                org.hisops.platform.api.AccessControl access = service(org.hisops.platform.api.AccessControl.class);
                try {
                    if (access.passwordSet()) {
                        access.signIn(arg.toCharArray());
                    } else {
                        access.setPassword(null, arg.toCharArray());
                    }
                    return "OK " + access.role();
                } catch (org.hisops.platform.api.AccessDeniedException e) {
                    return "OK DENIED " + e.reason();
                }
            }
            case "OPERATOR": // back to operator (sign out)
                service(org.hisops.platform.api.AccessControl.class).signOut();
                return "OK";
            case "DROPINS":
                return "OK " + service(org.hisops.platform.api.VendorBundles.class).dropins();
            case "TRUST": // certificate file
                return "OK " + service(org.hisops.platform.api.VendorBundles.class).trust(Path.of(arg)).sha256();
            case "UNSIGNED": // on | off
                service(org.hisops.platform.api.VendorBundles.class).allowUnsigned("on".equals(arg));
                return "OK";
            case "VENDORS": { // the vendor bundles: symbolic name, version, source
                List<String> rows = new ArrayList<>();
                for (org.hisops.platform.api.VendorBundle b : service(org.hisops.platform.api.VendorBundles.class).installed()) {
                    rows.add(b.symbolicName() + " " + b.version() + " " + b.source());
                }
                return "OK " + json(rows);
            }
            case "REFUSED": { // refused dropins: file and reason
                List<String> rows = new ArrayList<>();
                for (org.hisops.platform.api.RefusedBundle r : service(org.hisops.platform.api.VendorBundles.class).refused()) {
                    rows.add(r.file() + " " + (r.refusal().verdict() == null ? r.refusal().problem() : r.refusal().verdict().reason()));
                }
                return "OK " + json(rows);
            }
            case "CLICK": { // widget key of a button: clicked later on the UI thread, as it may open a modal dialog
                display().asyncExec(() -> {
                    Control c = find(WIDGET_KEY, arg);
                    if (c instanceof org.eclipse.swt.widgets.Button b && b.isEnabled()) {
                        if ((b.getStyle() & SWT.CHECK) != 0) {
                            b.setSelection(!b.getSelection());
                        }
                        b.notifyListeners(SWT.Selection, new Event());
                    }
                });
                return "OK";
            }
            case "DIALOGS": // titles of the open dialogs
                return "OK " + ui(() -> {
                    List<String> titles = new ArrayList<>();
                    Shell main = mainShell();
                    for (Shell shell : display().getShells()) {
                        if (shell != main && shell.isVisible()) {
                            titles.add(shell.getText());
                        }
                    }
                    return json(titles);
                });
            case "DIALOGOK": // presses the default button (OK, Yes) of the open dialogs, later: it may open another
                display().asyncExec(() -> {
                    Shell main = mainShell();
                    for (Shell shell : display().getShells()) {
                        if (shell != main && shell.isVisible() && shell.getDefaultButton() != null) {
                            shell.getDefaultButton().notifyListeners(SWT.Selection, new Event());
                        }
                    }
                });
                return "OK";
            case "CLOSEDIALOGS":
                return "OK " + ui(() -> {
                    int closed = 0;
                    Shell main = mainShell();
                    for (Shell shell : display().getShells()) {
                        if (shell != main && shell.isVisible()) {
                            shell.close();
                            closed++;
                        }
                    }
                    return Integer.toString(closed);
                });
            case "REVEAL": // widget key: scrolls the enclosing scrolled composites so that the control is in view
                return "OK " + ui(() -> {
                    Control c = find(WIDGET_KEY, arg);
                    if (c == null) {
                        return "null";
                    }
                    for (Control p = c.getParent(); p != null; p = p.getParent()) {
                        if (p instanceof org.eclipse.swt.custom.ScrolledComposite sc) {
                            sc.showControl(c);
                        }
                    }
                    return "true";
                });
            case "ENABLED": // widget key: whether a control is enabled (a busy view disables its actions)
                return "OK " + ui(() -> {
                    Control c = find(WIDGET_KEY, arg);
                    return json(List.of(String.valueOf(c != null && c.isEnabled())));
                });
            case "VISIBLE": // widget key: whether a control is shown
                return "OK " + ui(() -> {
                    Control c = find(WIDGET_KEY, arg);
                    return String.valueOf(c != null && c.isVisible());
                });
            case "AUDIT": { // site id, action, target, outcome, detail (tab separated)
                String[] p = arg.split("\t", -1);
                service(org.hisops.platform.api.AuditLog.class).append(p[0], p[1], p[2],
                        org.hisops.platform.api.AuditOutcome.valueOf(p[3]), p[4]);
                return "OK";
            }
            case "LOGMARK":
                synchronized (problems) {
                    problems.clear();
                }
                return "OK";
            case "LOGERRORS":
                synchronized (problems) {
                    return "OK " + json(problems);
                }
            case "NEWSITE": // name: creates a site (administrator), answers its id
                return "OK " + service(org.hisops.platform.api.SiteDirectory.class).create(arg).id();
            case "USESITE": // site id
                service(org.hisops.platform.api.SiteDirectory.class).switchTo(arg);
                return "OK";
            case "SWITCH": { // site id, capability id, on|off (tab separated); answers the refusal if any
                String[] p = arg.split("\t");
                try {
                    service(org.hisops.platform.api.CapabilitySwitches.class).setEnabled(p[0], p[1], "on".equals(p[2]));
                    return "OK";
                } catch (org.hisops.platform.api.AccessDeniedException e) {
                    return "OK DENIED " + e.reason();
                }
            }
            case "TYPE": { // widget key, text (tab separated): sets the text of a text field in any window
                String[] p = arg.split("\t", 2);
                return ui(() -> {
                    Control c = find(WIDGET_KEY, p[0]);
                    if (!(c instanceof org.eclipse.swt.widgets.Text text)) {
                        return "ERR no text field " + p[0];
                    }
                    text.setText(p.length > 1 ? p[1] : "");
                    return "OK";
                });
            }
            case "ROW": // widget key, row index (tab separated): selects a table row as a click would
            {
                String[] p = arg.split("\t");
                return ui(() -> {
                    Control c = find(WIDGET_KEY, p[0]);
                    if (!(c instanceof org.eclipse.swt.widgets.Table table) || Integer.parseInt(p[1]) >= table.getItemCount()) {
                        return "ERR no row " + arg;
                    }
                    table.setSelection(Integer.parseInt(p[1]));
                    table.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                    return "OK";
                });
            }
            case "CELL": // widget key, row, column (tab separated): a mouse press in a table cell (opens a cell editor)
            {
                String[] p = arg.split("\t");
                return ui(() -> {
                    Control c = find(WIDGET_KEY, p[0]);
                    if (!(c instanceof org.eclipse.swt.widgets.Table table) || Integer.parseInt(p[1]) >= table.getItemCount()) {
                        return "ERR no row " + arg;
                    }
                    org.eclipse.swt.graphics.Rectangle cell = table.getItem(Integer.parseInt(p[1]))
                            .getBounds(Integer.parseInt(p[2]));
                    org.eclipse.swt.widgets.Event press = new org.eclipse.swt.widgets.Event();
                    press.x = cell.x + cell.width / 2;
                    press.y = cell.y + cell.height / 2;
                    press.button = 1;
                    table.notifyListeners(SWT.MouseDown, press);
                    return "OK";
                });
            }
            case "ENTER": // widget key: Enter in a text field (its default selection), e.g. to commit a cell editor
                return ui(() -> {
                    Control c = find(WIDGET_KEY, arg);
                    if (c == null) {
                        return "ERR no control " + arg;
                    }
                    c.notifyListeners(SWT.DefaultSelection, new org.eclipse.swt.widgets.Event());
                    return "OK";
                });
            case "PRESS": // widget key: presses a button as a click would; returns at once (it may open a dialog)
                display().asyncExec(() -> {
                    Control c = find(WIDGET_KEY, arg);
                    if (c instanceof org.eclipse.swt.widgets.Button button && button.isEnabled()) {
                        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
                    }
                });
                return "OK";
            case "CHOOSE": // widget key, text (tab separated): selects the first combo item containing the text
                return "OK " + ui(() -> {
                    String[] p = arg.split("\t", 2);
                    if (!(find(WIDGET_KEY, p[0]) instanceof org.eclipse.swt.widgets.Combo combo)) {
                        return "null";
                    }
                    String[] items = combo.getItems();
                    for (int i = 0; i < items.length; i++) {
                        if (items[i].contains(p[1])) {
                            combo.select(i);
                            combo.notifyListeners(SWT.Selection, new Event());
                            return json(List.of(items[i]));
                        }
                    }
                    return "null";
                });
            case "ROWS": // widget key, row indices (comma separated): selects those rows of a table as a user would
                return "OK " + ui(() -> {
                    String[] p = arg.split("\t", 2);
                    if (!(find(WIDGET_KEY, p[0]) instanceof org.eclipse.swt.widgets.Table table)) {
                        return "null";
                    }
                    int[] rows = java.util.Arrays.stream(p[1].split(",")).mapToInt(Integer::parseInt).toArray();
                    table.setSelection(rows);
                    table.notifyListeners(SWT.Selection, new Event());
                    return String.valueOf(table.getSelectionCount());
                });
            case "SAVETO": { // widget key, file (tab separated): what the button saves, written to the file a file
                // dialog would have returned (a native dialog cannot be driven); the widget carries that action
                String[] p = arg.split("\t", 2);
                return "OK " + ui(() -> {
                    Control c = find(WIDGET_KEY, p[0]);
                    if (c == null || !(c.getData(SAVE_TO) instanceof java.util.function.Consumer<?> action)) {
                        return "null";
                    }
                    @SuppressWarnings("unchecked")
                    java.util.function.Consumer<Path> save = (java.util.function.Consumer<Path>) action;
                    save.accept(Path.of(p[1]));
                    return "true";
                });
            }
            case "COMBO": // widget key: the selected item, then all items
                return "OK " + ui(() -> {
                    Control c = find(WIDGET_KEY, arg);
                    if (!(c instanceof org.eclipse.swt.widgets.Combo combo)) {
                        return "null";
                    }
                    List<String> items = new ArrayList<>();
                    items.add(combo.getText());
                    items.addAll(List.of(combo.getItems()));
                    return json(items);
                });
            case "EXIT":
                display().asyncExec(() -> {
                    Shell shell = mainShell();
                    if (shell != null) {
                        shell.close();
                    }
                });
                return "OK";
            default:
                return "ERR unknown command " + a[0];
        }
    }

    private <T> T service(Class<T> type) {
        ServiceReference<T> ref = context.getServiceReference(type);
        if (ref == null) {
            throw new IllegalStateException("no " + type.getSimpleName() + " service");
        }
        return context.getService(ref);
    }

    private String waitNav(String label, boolean present, long timeoutMs) throws InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + timeoutMs * 1_000_000;
        while (System.nanoTime() < deadline) {
            boolean shown = ui(() -> navigatorLabels().contains(label));
            if (shown == present) {
                return "OK " + (System.nanoTime() - t0) / 1000;
            }
            Thread.sleep(2);
        }
        return "ERR timeout waiting for '" + label + "' to be " + (present ? "present" : "absent");
    }

    private Display display() {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            Display d = Display.findDisplay(t);
            if (d != null && !d.isDisposed()) {
                return d;
            }
        }
        throw new IllegalStateException("no display yet");
    }

    private <T> T ui(Supplier<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        display().syncExec(() -> result.set(action.get()));
        return result.get();
    }

    private Shell mainShell() {
        for (Shell shell : display().getShells()) {
            if (shell.isVisible() && find(shell, WIDGET_KEY, "navigator") != null) {
                return shell;
            }
        }
        return null;
    }

    private Tree navigatorTree() {
        Control c = find(WIDGET_KEY, "navigator");
        return c instanceof Tree t ? t : null;
    }

    private List<String> navigatorLabels() {
        List<String> labels = new ArrayList<>();
        Tree tree = navigatorTree();
        if (tree != null) {
            for (TreeItem group : tree.getItems()) {
                labels.add(group.getText());
                for (TreeItem item : group.getItems()) {
                    labels.add(item.getText());
                }
            }
        }
        return labels;
    }

    private String navigator() {
        Tree tree = navigatorTree();
        if (tree == null) {
            return "null";
        }
        StringBuilder s = new StringBuilder("[");
        for (TreeItem group : tree.getItems()) {
            List<String> items = new ArrayList<>();
            for (TreeItem item : group.getItems()) {
                items.add(item.getText());
            }
            s.append(s.length() > 1 ? "," : "").append("{\"group\":").append(quote(group.getText())).append(",\"items\":")
                    .append(json(items)).append('}');
        }
        return s.append(']').toString();
    }

    private String open(String label) {
        Tree tree = navigatorTree();
        if (tree == null) {
            return "ERR no navigator";
        }
        for (TreeItem group : tree.getItems()) {
            for (TreeItem item : group.getItems()) {
                if (item.getText().equals(label)) {
                    tree.setSelection(item);
                    Event event = new Event();
                    event.item = item;
                    tree.notifyListeners(SWT.DefaultSelection, event);
                    return "OK";
                }
            }
        }
        return "ERR no navigator item '" + label + "'";
    }

    private String tabs() {
        List<String> texts = new ArrayList<>();
        collectTabs(display().getShells(), texts);
        return json(texts);
    }

    private void collectTabs(Control[] controls, List<String> texts) {
        for (Control c : controls) {
            if (c instanceof CTabFolder folder) {
                for (CTabItem item : folder.getItems()) {
                    texts.add(item.getText());
                }
            }
            if (c instanceof Composite composite) {
                collectTabs(composite.getChildren(), texts);
            }
        }
    }

    private List<String> tagged(List<String> kinds) {
        List<String> found = new ArrayList<>();
        for (Shell shell : display().getShells()) {
            collectTagged(shell, kinds, found);
        }
        return found;
    }

    private void collectTagged(Control c, List<String> kinds, List<String> found) {
        Object tag = c.getData(WIDGET_KEY);
        if (tag instanceof String s && kinds.contains(s) && c.isVisible()) {
            found.add(s);
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collectTagged(child, kinds, found);
            }
        }
    }

    private String shot(String path) {
        Shell shell = mainShell();
        if (shell == null) {
            return "ERR no window";
        }
        // Paint what changed since the last event loop turn, so the picture shows the state the widgets hold.
        for (int i = 0; i < 50 && shell.getDisplay().readAndDispatch(); i++) {
            // drain pending events
        }
        Rectangle area = shell.getClientArea();
        shell.redraw(area.x, area.y, area.width, area.height, true); // children too: GTK paints each widget itself
        shell.update();
        // GTK 3 paints on its frame clock: keep the event loop turning a moment so the pixels catch up.
        long until = System.nanoTime() + 400_000_000L;
        while (System.nanoTime() < until) {
            if (!shell.getDisplay().readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        Rectangle bounds = shell.getBounds();
        GC gc = new GC(shell.getDisplay());
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            Path target = Path.of(path);
            try {
                Files.createDirectories(target.getParent());
            } catch (IOException e) {
                return "ERR " + e;
            }
            loader.save(path, SWT.IMAGE_PNG);
            return "OK " + bounds.width + "x" + bounds.height;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private Control find(String key, String value) {
        for (Shell shell : display().getShells()) {
            Control c = find(shell, key, value);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static Control find(Control c, String key, String value) {
        if (value.equals(c.getData(key))) {
            return c;
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Control found = find(child, key, value);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String json(List<String> values) {
        StringBuilder s = new StringBuilder("[");
        for (String v : values) {
            s.append(s.length() > 1 ? "," : "").append(quote(v));
        }
        return s.append(']').toString();
    }

    private static String quote(String v) {
        StringBuilder s = new StringBuilder("\"");
        for (char ch : v.toCharArray()) {
            switch (ch) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        s.append(String.format("\\u%04x", (int) ch));
                    } else {
                        s.append(ch);
                    }
                }
            }
        }
        return s.append('"').toString();
    }
}
