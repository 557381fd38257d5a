package org.hisops.hetero.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.EndpointDirectory;
import org.hisops.db.api.Engine;
import org.hisops.hetero.api.AssessedObject;
import org.hisops.hetero.api.Conversion;
import org.hisops.hetero.api.ConversionRule;
import org.hisops.hetero.api.EffortTable;
import org.hisops.hetero.api.HeteroAssessment;
import org.hisops.hetero.api.HeteroProgress;
import org.hisops.hetero.api.HeterogeneousAssessor;
import org.hisops.hetero.api.ObjectKind;
import org.hisops.hetero.api.RuleHit;
import org.hisops.hetero.api.TargetFlavour;
import org.hisops.platform.api.CapabilityEntry;
import org.hisops.platform.api.Site;
import org.hisops.platform.ui.CapabilityViewContext;
import org.hisops.platform.ui.Widgets;
import org.hisops.report.Report;
import org.hisops.report.ReportRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The view with services of the test's making, on a real display: a PostgreSQL endpoint cannot be assessed and
 * says why, a source that cannot be reached gives the classified problem and what to do, an assessment fills the
 * totals, objects and rules, and the schemas typed reach the assessor as Oracle keeps them.
 */
class HeterogeneousAssessmentViewTest {

    private static final Endpoint ORACLE = Endpoint.of("ora", "s", "HIS 10g", "HIS", Engine.ORACLE, "his-db", 1521,
            AddressKind.SERVICE_NAME, "HIS", "hisops").withDeclaredVersion("10.2.0.5");
    private static final Endpoint POSTGRES = Endpoint.of("pg", "s", "LIS PG", "LIS", Engine.POSTGRESQL, "lis-db",
            5432, AddressKind.DATABASE, "lis", "hisops");

    private Display display;
    private Shell shell;
    private HeterogeneousAssessmentView view;
    private final List<Set<String>> asked = new ArrayList<>();
    private volatile DatabaseException failure;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        view = new HeterogeneousAssessmentView(assessor(), directory(), renderer());
        view.createControl(shell, context());
        shell.setSize(1200, 800);
        shell.open();
    }

    @AfterEach
    void close() {
        view.dispose();
        shell.dispose();
    }

    @Test
    void aPostgresqlEndpointIsListedWithTheReasonAndCannotRun() {
        Combo endpoints = find(Combo.class, "hetero.endpoint");
        assertEquals("HIS 10g", endpoints.getItem(0));
        assertTrue(endpoints.getItem(1).contains("cannot be assessed: POSTGRESQL"), endpoints.getItem(1));
        endpoints.select(1);
        endpoints.notifyListeners(SWT.Selection, new Event());
        assertFalse(find(Button.class, "hetero.run").isEnabled());
        assertTrue(find(Label.class, "hetero.status").getText().contains("reads an Oracle source"));
    }

    @Test
    void anUnreachableSourceGivesTheProblemAndWhatToDo() {
        failure = new DatabaseException(DbProblem.LISTENER_DOWN, "ORA-12541", "ora", "TNS:no listener", null);
        press("hetero.run");
        Label status = find(Label.class, "hetero.status");
        spinUntil(() -> status.getText().contains("ORA-12541"));
        assertTrue(status.getText().contains("his-db:1521") && status.getText().contains("lsnrctl start"),
                status.getText());
        assertTrue(find(Button.class, "hetero.run").isEnabled(), "Assess can be pressed again");
        assertFalse(find(Button.class, "hetero.cancel").isEnabled());
    }

    @Test
    void anAssessmentFillsTotalsObjectsAndRulesAndPassesTheSchemas() {
        find(Text.class, "hetero.schemas").setText("his, lis");
        press("hetero.run");
        Table kinds = find(Table.class, "hetero.kinds");
        spinUntil(() -> kinds.getItemCount() > 0);
        assertEquals(List.of(Set.of("HIS", "LIS")), asked);
        assertEquals(3, kinds.getItemCount(), "tables, packages and the total line");
        assertEquals("Total", kinds.getItem(2).getText(0));
        assertEquals("2", kinds.getItem(2).getText(1));
        assertEquals("1", kinds.getItem(2).getText(4), "one manual object");
        // the kind with the most effort is chosen: the package, and its rule with the line
        assertEquals(1, kinds.getSelectionIndex());
        assertEquals("HIS.PKG_JOBS", find(Table.class, "hetero.objects").getItem(0).getText(0));
        String details = find(Text.class, "hetero.details").getText();
        assertTrue(details.contains("Line 12: plsql.dbms.job") && details.contains("DBMS_JOB.SUBMIT"), details);
    }

    private void press(String key) {
        find(Button.class, key).notifyListeners(SWT.Selection, new Event());
    }

    /** Runs the event loop until the condition holds (the job hands its result over through asyncExec). */
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

    private HeterogeneousAssessor assessor() {
        return new HeterogeneousAssessor() {
            @Override
            public HeteroAssessment assess(Endpoint endpoint, TargetFlavour flavour, Set<String> schemas,
                    HeteroProgress progress, Cancellation cancellation) throws DatabaseException {
                asked.add(schemas);
                if (failure != null) {
                    throw failure;
                }
                progress.started(1);
                progress.schemaDone("HIS", 1, 1);
                EffortTable effort = new EffortTable(30, 6, 200, Map.of(ObjectKind.TABLE, 0.2, ObjectKind.PACKAGE, 2.0));
                AssessedObject table = new AssessedObject("HIS", "PATIENT", ObjectKind.TABLE, Conversion.AUTO, 0.2, 0,
                        List.of());
                AssessedObject jobs = new AssessedObject("HIS", "PKG_JOBS", ObjectKind.PACKAGE, Conversion.MANUAL, 5,
                        100, List.of(new RuleHit("plsql.dbms.job", Conversion.MANUAL, 2, 12, "DBMS_JOB.SUBMIT(j, 'x;')")));
                return new HeteroAssessment(endpoint.id(), "10.2.0.5.0", "ZHS16GBK", flavour, false, Instant.now(),
                        Instant.now(), false, List.of("HIS"), List.of(table, jobs), effort);
            }

            @Override
            public List<ConversionRule> rules() {
                return List.of();
            }

            @Override
            public EffortTable effort(String siteId) {
                return new EffortTable(30, 6, 200, Map.of());
            }

            @Override
            public String text(Locale locale, String key, Object... arguments) {
                return key;
            }
        };
    }

    private static EndpointDirectory directory() {
        return new EndpointDirectory() {
            @Override
            public List<Endpoint> endpoints(String siteId) {
                return List.of(POSTGRES, ORACLE);
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

    private static CapabilityViewContext context() {
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
                return Locale.ENGLISH;
            }

            @Override
            public void showStatus(String message) {
            }
        };
    }
}
