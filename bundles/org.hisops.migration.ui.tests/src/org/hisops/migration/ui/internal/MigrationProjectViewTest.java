package org.hisops.migration.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.hisops.db.api.AddressKind;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.migration.api.ComparedBy;
import org.hisops.migration.api.MigrationProject;
import org.hisops.migration.api.MigrationProjects;
import org.hisops.migration.api.RepairScript;
import org.hisops.migration.api.RowDifference;
import org.hisops.migration.api.TablePair;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.TableStatus;
import org.hisops.migration.api.Verifications;
import org.hisops.migration.api.VerifyListener;
import org.hisops.migration.api.VerifyRequest;
import org.hisops.migration.api.VerifyResult;
import org.hisops.migration.copy.CopyException;
import org.hisops.migration.copy.CopyPlan;
import org.hisops.migration.copy.CopyPreflight;
import org.hisops.migration.copy.CopyReject;
import org.hisops.migration.copy.CopyRequest;
import org.hisops.migration.copy.CopyRun;
import org.hisops.migration.copy.CopyService;
import org.hisops.migration.copy.MappingNote;
import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.CapabilityEntry;
import org.hisops.platform.api.Site;
import org.hisops.platform.ui.CapabilityViewContext;
import org.hisops.platform.ui.Widgets;
import org.hisops.report.Report;
import org.hisops.report.ReportRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The view on a real display with services of the test's making: a project is made, saved and its unsaved edits
 * survive switching projects; the source's tables are read in a job and the patterns, the check marks and the
 * filter act at once; the mapping preview shows the translation's notes; a wrong password or a refused copy is said
 * in the user's language with what to do; a verification shows the differing rows with the changed cells marked and
 * the repair script, and is recorded in the project's history.
 */
class MigrationProjectViewTest {

    private static final Endpoint ORACLE = Endpoint.of("ora", "s", "HIS 10g", "HIS", Engine.ORACLE, "his-db", 1521,
            AddressKind.SERVICE_NAME, "HIS", "hisops").withEmulation("migration-10g");
    private static final Endpoint POSTGRES = Endpoint.of("pg", "s", "HIS PG", "HIS", Engine.POSTGRESQL, "pg-db",
            5432, AddressKind.DATABASE, "his", "hisops");

    private Display display;
    private Shell shell;
    private MigrationProjectView view;
    private final Map<String, MigrationProject> store = new ConcurrentHashMap<>();
    private final List<MigrationProjects.ProjectRun> recorded = new ArrayList<>();
    private volatile Exception planFailure;
    private volatile VerifyRequest verified;
    /** The next verification is cut off (its table CANCELLED, the run unfinished) until resumed. */
    private volatile boolean cutOff;
    private volatile String resumed;

    private void open(Locale locale) {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        view = new MigrationProjectView(projects(), verifications(), directory(), unused(DatabaseSessions.class),
                unused(AccessControl.class), renderer());
        view.copy = copy();
        view.createControl(shell, context(locale));
        shell.setSize(1300, 850);
        shell.open();
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.dispose();
            shell.dispose();
        }
    }

    @Test
    void aProjectIsSavedAndUnsavedEditsSurviveSwitchingProjects() {
        open(Locale.ENGLISH);
        newProject("Outpatient");
        press("mig.save");
        spinUntil(() -> store.size() == 1);
        MigrationProject kept = store.values().iterator().next();
        assertEquals("ora", kept.sourceEndpointId());
        assertEquals("HIS", kept.sourceSchema());
        assertEquals("his", kept.targetSchema());
        Table list = find(Table.class, "mig.projects");
        spinUntil(() -> list.getItemCount() == 1 && list.getItem(0).getText().equals("Outpatient"));

        find(Text.class, "mig.name").setText("Outpatient (edited)");
        assertTrue(list.getItem(0).getText().startsWith("* "), "an unsaved project is marked");
        press("mig.new");
        assertEquals("New project", find(Text.class, "mig.name").getText());
        list.setSelection(0);
        list.notifyListeners(SWT.Selection, new Event());
        assertEquals("Outpatient (edited)", find(Text.class, "mig.name").getText(), "the edit was kept");
        assertEquals("Outpatient", store.get(kept.id()).name(), "and not saved behind the user's back");
    }

    @Test
    void tablesAreReadInAJobAndThePatternsChecksAndFilterActAtOnce() {
        open(Locale.ENGLISH);
        newProject("Outpatient");
        press("mig.read");
        Table tables = find(Table.class, "mig.tables");
        spinUntil(() -> tables.getItemCount() == 3);
        Label count = find(Label.class, "mig.count");
        assertEquals("3 of 3 tables selected", count.getText());
        assertTrue(find(Label.class, "mig.status").getText().contains("emulated"), "an emulated source says so");

        find(Text.class, "mig.include").setText("PAT*, VISIT");
        assertEquals("2 of 3 tables selected", count.getText());
        assertFalse(tables.getItem(0).getChecked(), "ORDERS is not included");
        tables.getItem(0).setChecked(true);
        Event check = new Event();
        check.detail = SWT.CHECK;
        check.item = tables.getItem(0);
        tables.notifyListeners(SWT.Selection, check);
        assertEquals("3 of 3 tables selected", count.getText(), "a table checked by hand is taken");
        assertEquals("", find(Text.class, "mig.include").getText(), "the chosen list replaces the include patterns");
        find(Text.class, "mig.exclude").setText("VIS*");
        assertEquals("2 of 3 tables selected", count.getText(), "the patterns still exclude");

        find(Text.class, "mig.filter").setText("pat");
        assertEquals(1, tables.getItemCount());
        assertEquals("2 of 3 tables selected", count.getText(), "the filter hides rows, the selection stays");
        tables.setSelection(0);
        tables.notifyListeners(SWT.Selection, new Event());
        Table columns = find(Table.class, "mig.columns");
        assertEquals(2, columns.getItemCount());
        assertEquals("NUMBER(10)", columns.getItem(0).getText(1));
        assertEquals("integer", columns.getItem(0).getText(4));
        assertTrue(find(Text.class, "mig.create").getText().startsWith("CREATE TABLE his.patient"));
        Table notes = find(Table.class, "mig.notes");
        assertEquals(1, notes.getItemCount());
        assertFalse(notes.getItem(0).getText(2).contains("copy.note."), "the note is translated: "
                + notes.getItem(0).getText(2));
    }

    @Test
    void aWrongPasswordIsSaidWithWhatToDoInEnglish() {
        open(Locale.ENGLISH);
        planFailure = new DatabaseException(DbProblem.WRONG_PASSWORD, "ORA-01017", "ora", "invalid username", null);
        newProject("Outpatient");
        press("mig.read");
        Label status = find(Label.class, "mig.status");
        spinUntil(() -> status.getText().contains("ORA-01017"));
        assertTrue(status.getText().startsWith("HIS 10g: Wrong user name or password"), status.getText());
        assertTrue(status.getText().contains("enter the password again"), status.getText());
        assertTrue(find(Button.class, "mig.read").isEnabled(), "Read can be pressed again");
        assertEquals("Outpatient", find(Text.class, "mig.name").getText(), "nothing typed is lost");
    }

    @Test
    void aRefusedCopyAndALostTargetAreSaidInChinese() {
        open(Locale.SIMPLIFIED_CHINESE);
        planFailure = new CopyException("copy.problem.target-exists", List.of("his", "patient"), "exists", null);
        newProject("\u95e8\u8bca");
        press("mig.read");
        Label status = find(Label.class, "mig.status");
        spinUntil(() -> status.getText().contains("patient"));
        assertTrue(status.getText().contains("\u6a21\u5f0f his"), status.getText());
        Texts texts = new Texts(Locale.SIMPLIFIED_CHINESE);
        String lost = texts.failure(new DatabaseException(DbProblem.CONNECTION_LOST, "57P01", "pg", "terminating", null),
                id -> POSTGRES);
        assertTrue(lost.startsWith("HIS PG\uff1a") && !lost.contains("problem."), lost);
    }

    @Test
    void aVerificationShowsTheDifferingRowsMarkedAndTheRepairScript() {
        open(Locale.ENGLISH);
        newProject("Outpatient");
        press("mig.read");
        Table tables = find(Table.class, "mig.tables");
        spinUntil(() -> tables.getItemCount() == 3);
        find(Text.class, "mig.include").setText("PATIENT");
        press("mig.verify");
        Table results = find(Table.class, "mig.results");
        spinUntil(() -> results.getItemCount() == 1);
        assertEquals(List.of(new TablePair("HIS", "PATIENT", "his", "patient")), verified.tables(),
                "the selected table, with the target name of the mapping");
        assertEquals("Different", results.getItem(0).getText(1));
        Table diffs = find(Table.class, "mig.diffs");
        assertEquals(2, diffs.getItemCount(), "source and target line of the changed row");
        assertEquals("Changed", diffs.getItem(0).getText(0));
        assertEquals("\u25b6 \u5f20\u4e09", diffs.getItem(0).getText(4));
        assertEquals("\u25b6 \u5f20\u4e8c", diffs.getItem(1).getText(4));
        assertEquals("7", diffs.getItem(0).getText(3), "an unchanged cell is not marked");
        assertTrue(find(Text.class, "mig.repair").getText().contains("UPDATE his.patient"));
        spinUntil(() -> recorded.size() == 1);
        assertEquals("DIFFERENT", recorded.get(0).summary());
        assertEquals(1, store.size(), "the project was saved before the run");
    }

    @Test
    void anUnfinishedVerificationIsResumedFromTheHistory() {
        open(Locale.ENGLISH);
        newProject("Outpatient");
        press("mig.read");
        Table tables = find(Table.class, "mig.tables");
        spinUntil(() -> tables.getItemCount() == 3);
        find(Text.class, "mig.include").setText("PATIENT");
        cutOff = true;
        press("mig.verify");
        Table results = find(Table.class, "mig.results");
        spinUntil(() -> results.getItemCount() == 1 && results.getItem(0).getText(1).equals("Cancelled"));
        Table history = find(Table.class, "mig.history");
        spinUntil(() -> history.getItemCount() == 1 && history.getItem(0).getText(3).contains("can be resumed"));
        assertTrue(find(Button.class, "mig.resume").isEnabled());
        press("mig.resume");
        spinUntil(() -> results.getItemCount() == 1 && results.getItem(0).getText(1).equals("Different"));
        assertEquals("run-1", resumed, "the unfinished run was resumed, not started again");
        assertTrue(find(Label.class, "mig.run.status").getText().startsWith("Verification finished"));
    }

    @Test
    void theReportIsExportedAsJsonToTheChosenFile() throws Exception {
        open(Locale.ENGLISH);
        newProject("Outpatient");
        press("mig.read");
        Table tables = find(Table.class, "mig.tables");
        spinUntil(() -> tables.getItemCount() == 3);
        press("mig.verify");
        Table results = find(Table.class, "mig.results");
        spinUntil(() -> results.getItemCount() == 1);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("verification", ".json");
        @SuppressWarnings("unchecked")
        java.util.function.Consumer<java.nio.file.Path> save = (java.util.function.Consumer<java.nio.file.Path>) find(
                Button.class, "mig.export.json").getData("org.hisops.widget.saveTo");
        save.accept(file);
        Label status = find(Label.class, "mig.status");
        spinUntil(() -> status.getText().startsWith("Written"));
        assertEquals("{\"runId\":\"run-1\"}", java.nio.file.Files.readString(file));
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("not-a-file");
        save.accept(folder);
        spinUntil(() -> status.getText().contains("cannot be written"));
        assertTrue(status.getText().contains("Choose another folder"), status.getText());
    }

    private void newProject(String name) {
        press("mig.new");
        find(Text.class, "mig.name").setText(name);
        choose("mig.source", 0);
        find(Text.class, "mig.source.schema").setText("HIS");
        choose("mig.target", 1);
        find(Text.class, "mig.target.schema").setText("his");
    }

    private void choose(String key, int index) {
        Combo c = find(Combo.class, key);
        c.select(index);
        c.notifyListeners(SWT.Selection, new Event());
    }

    private void press(String key) {
        find(Button.class, key).notifyListeners(SWT.Selection, new Event());
    }

    /** Runs the event loop until the condition holds (jobs hand their results over through asyncExec). */
    private void spinUntil(BooleanSupplier condition) {
        long end = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        assertTrue(condition.getAsBoolean(), "the view did not show the result");
    }

    private <T extends Control> T find(Class<T> type, String key) {
        T found = find(shell, type, key);
        if (found == null) {
            throw new AssertionError("no " + type.getSimpleName() + " " + key);
        }
        return found;
    }

    private static <T extends Control> T find(Composite parent, Class<T> type, String key) {
        for (Control c : parent.getChildren()) {
            if (type.isInstance(c) && key.equals(c.getData(Widgets.TEST_KEY))) {
                return type.cast(c);
            }
            if (c instanceof Composite child) {
                T inner = find(child, type, key);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    // ---- the services of the test's making ---------------------------------------------------------------------

    private MigrationProjects projects() {
        return new MigrationProjects() {
            @Override
            public List<MigrationProject> list(String siteId) {
                return store.values().stream().sorted(java.util.Comparator.comparing(MigrationProject::sortKey))
                        .toList();
            }

            @Override
            public Optional<MigrationProject> find(String siteId, String idOrName) {
                return Optional.ofNullable(store.get(idOrName));
            }

            @Override
            public MigrationProject save(MigrationProject project) {
                MigrationProject kept = project.saved(project.id() == null ? "p" + (store.size() + 1) : project.id(),
                        Instant.now());
                store.put(kept.id(), kept);
                return kept;
            }

            @Override
            public void delete(String projectId) {
                store.remove(projectId);
            }

            @Override
            public void recordRun(String projectId, ProjectRun run) {
                synchronized (recorded) {
                    recorded.add(run);
                }
            }

            @Override
            public List<ProjectRun> runs(String projectId) {
                synchronized (recorded) {
                    return List.copyOf(recorded);
                }
            }
        };
    }

    private CopyService copy() {
        return new CopyService() {
            @Override
            public CopyPlan plan(CopyRequest request, Cancellation cancellation) throws DatabaseException,
                    CopyException {
                if (planFailure instanceof DatabaseException d) {
                    throw d;
                }
                if (planFailure instanceof CopyException c) {
                    throw c;
                }
                List<CopyPlan.TablePlan> tables = new ArrayList<>();
                for (String t : List.of("ORDERS", "PATIENT", "VISIT")) {
                    String target = t.toLowerCase(Locale.ROOT);
                    tables.add(new CopyPlan.TablePlan(t, target, List.of(
                            new CopyPlan.ColumnPlan("ID", "NUMBER(10)", "id", "integer"),
                            new CopyPlan.ColumnPlan("NAME", "VARCHAR2(40)", "name", "varchar(40)")), List.of("id"),
                            List.of("CREATE TABLE his." + target + " (id integer NOT NULL, name varchar(40))"),
                            false));
                }
                return new CopyPlan("ORACLE", "10.2.0.5.0", true, tables, List.of(), List.of(), List.of(
                        MappingNote.of("PATIENT.NAME", MappingNote.Level.WARNING, "date-has-time")));
            }

            @Override
            public CopyPreflight preflight(CopyRequest request, Cancellation cancellation) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CopyRun start(CopyRequest request, org.hisops.migration.copy.CopyListener listener,
                    Cancellation cancellation) {
                throw new UnsupportedOperationException();
            }

            @Override
            public CopyRun resume(long runId, org.hisops.migration.copy.CopyListener listener,
                    Cancellation cancellation) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<CopyRun> run(long runId) {
                return Optional.empty();
            }

            @Override
            public List<CopyReject> rejects(long runId, String table, int limit) {
                return List.of();
            }
        };
    }

    private Verifications verifications() {
        return new Verifications() {
            @Override
            public VerifyResult verify(VerifyRequest request, VerifyListener listener, Cancellation cancellation) {
                verified = request;
                TablePair pair = request.tables().get(0);
                if (cutOff) {
                    TableResult cancelled = new TableResult(pair, TableStatus.CANCELLED, ComparedBy.KEY_RANGES, 0, 0,
                            2, 1, 0, 0, List.of(), List.of("ID", "NAME"), List.of("ID"), List.of(), null, null,
                            new RepairScript(Engine.POSTGRESQL, List.of(), true));
                    return new VerifyResult("run-1", "ora", "pg", Instant.now(), Instant.now(), "SCN 1", "snapshot 1",
                            true, List.of(cancelled));
                }
                return different(request, listener);
            }

            private VerifyResult different(VerifyRequest request, VerifyListener listener) {
                TablePair pair = request.tables().get(0);
                listener.segment(pair, 1, 2);
                RowDifference changed = new RowDifference(RowDifference.Kind.CHANGED, List.of("7"),
                        List.of("7", "\u5f20\u4e09"), List.of("7", "\u5f20\u4e8c"), List.of("NAME"));
                TableResult table = new TableResult(pair, TableStatus.DIFFERENT, ComparedBy.KEY_RANGES, 10, 10, 2, 2,
                        1, 0, List.of(changed), List.of("ID", "NAME"), List.of("ID"), List.of("empty-string-is-null"),
                        null, null, new RepairScript(Engine.POSTGRESQL,
                                List.of("UPDATE his.patient SET name = '\u5f20\u4e09' WHERE id = 7"), true));
                listener.table(table);
                return new VerifyResult("run-1", "ora", "pg", Instant.now(), Instant.now(), "SCN 1", "snapshot 1",
                        true, List.of(table));
            }

            @Override
            public VerifyResult resume(String runId, VerifyListener listener, Cancellation cancellation) {
                resumed = runId;
                cutOff = false;
                return different(verified, listener);
            }

            @Override
            public Optional<VerifyResult> find(String runId) {
                return Optional.empty();
            }

            @Override
            public List<String> unfinished() {
                return cutOff ? List.of("run-1") : List.of();
            }

            @Override
            public String json(VerifyResult result) {
                return "{\"runId\":\"" + result.runId() + "\"}";
            }

            @Override
            public Report report(VerifyResult result, Locale locale) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** A service the test does not use: every call fails (the endpoint probe then keeps the declared version). */
    private static <T> T unused(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(MigrationProjectViewTest.class.getClassLoader(), new Class<?>[] { type },
                (proxy, method, args) -> {
                    if (method.getName().equals("probe")) {
                        throw new DatabaseException(DbProblem.TIMEOUT, null, "x", "not in this test", null);
                    }
                    throw new UnsupportedOperationException(method.getName());
                }));
    }

    private static EndpointDirectory directory() {
        return new EndpointDirectory() {
            @Override
            public List<Endpoint> endpoints(String siteId) {
                return List.of(ORACLE, POSTGRES);
            }

            @Override
            public Optional<Endpoint> find(String endpointId) {
                return endpoints("s").stream().filter(e -> e.id().equals(endpointId)).findFirst();
            }

            @Override
            public void save(Endpoint endpoint) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void delete(String endpointId) {
                throw new UnsupportedOperationException();
            }

            @Override
            public AutoCloseable addListener(Runnable listener) {
                return () -> {
                };
            }
        };
    }

    private static ReportRenderer renderer() {
        return new ReportRenderer() {
            @Override
            public void html(Report report, Writer out) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void pdf(Report report, OutputStream out) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<java.nio.file.Path> font() {
                return Optional.empty();
            }
        };
    }

    private static CapabilityViewContext context(Locale locale) {
        return new CapabilityViewContext() {
            @Override
            public CapabilityEntry capability() {
                return null;
            }

            @Override
            public Site site() {
                return new Site("s", "Site", null);
            }

            @Override
            public Locale locale() {
                return locale;
            }

            @Override
            public void showStatus(String message) {
            }
        };
    }
}
