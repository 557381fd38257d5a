package org.hisops.assessment.data.core.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.hisops.assessment.data.api.Baseline;
import org.hisops.assessment.data.api.BaselineComparison;
import org.hisops.assessment.data.api.BaselineSummary;
import org.hisops.assessment.data.api.PerformanceBaselines;
import org.hisops.assessment.data.api.Snapshot;
import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.SiteSettings;
import org.hisops.report.Report;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The {@link PerformanceBaselines} service. */
@Component(service = PerformanceBaselines.class)
public class PerformanceBaselinesComponent implements PerformanceBaselines {

    private static final System.Logger LOG = System.getLogger(PerformanceBaselinesComponent.class.getName());

    private final DatabaseSessions sessions;
    private volatile EmbeddedStore store;
    private volatile SiteSettings settings;

    @Activate
    public PerformanceBaselinesComponent(@Reference DatabaseSessions sessions) {
        this.sessions = sessions;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setStore(EmbeddedStore s) {
        store = s;
    }

    void unsetStore(EmbeddedStore s) {
        if (store == s) {
            store = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setSettings(SiteSettings s) {
        settings = s;
    }

    void unsetSettings(SiteSettings s) {
        if (settings == s) {
            settings = null;
        }
    }

    private SnapshotStore snapshots() throws SQLException {
        EmbeddedStore s = store;
        if (s == null) {
            throw new SQLException("the embedded store is not available");
        }
        return new SnapshotStore(new DataRuns(s, FrameworkUtil.getBundle(PerformanceBaselinesComponent.class)));
    }

    @Override
    public Snapshot snapshot(Endpoint endpoint, Cancellation cancellation) throws DatabaseException {
        boolean awr = endpoint.engine() == org.hisops.db.api.Engine.ORACLE && SiteFlags.diagnosticsPack(settings, endpoint);
        Snapshot s = sessions.read(endpoint, session -> SnapshotReader.read(session, endpoint, awr), cancellation);
        try {
            return s.withId(snapshots().save(s));
        } catch (SQLException e) {
            throw new DatabaseException(DbProblem.OTHER, null, endpoint.id(),
                    "the snapshot could not be saved in the embedded store: " + e.getMessage(), e);
        }
    }

    @Override
    public Baseline take(Endpoint endpoint, String name, Duration interval, Progress progress,
            Cancellation cancellation) throws DatabaseException, InterruptedException {
        Progress p = progress == null ? (step, left) -> { } : progress;
        Snapshot first = null;
        if (!interval.isZero()) {
            p.step("first", interval.toSeconds());
            first = snapshot(endpoint, cancellation);
            for (long left = interval.toSeconds(); left > 0; left--) {
                if (cancellation.isCancelled()) {
                    throw new InterruptedException("baseline cancelled while waiting");
                }
                p.step("waiting", left);
                Thread.sleep(1000);
            }
        }
        p.step("second", 0);
        Snapshot second = snapshot(endpoint, cancellation);
        try {
            long id = snapshots().saveBaseline(name, endpoint.id(), first == null ? null : first.id(), second.id());
            p.step("saved", 0);
            return BaselineMath.baseline(id, name, first, second);
        } catch (SQLException e) {
            throw new DatabaseException(DbProblem.OTHER, null, endpoint.id(),
                    "the baseline could not be saved in the embedded store: " + e.getMessage(), e);
        }
    }

    @Override
    public List<BaselineSummary> list(String endpointId) {
        try {
            return snapshots().list(endpointId);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "baselines unreadable", e);
            return List.of();
        }
    }

    @Override
    public Optional<Baseline> load(long baselineId) {
        try {
            SnapshotStore st = snapshots();
            Optional<Object[]> row = st.baseline(baselineId);
            if (row.isEmpty()) {
                return Optional.empty();
            }
            long firstId = (Long) row.get()[1];
            Snapshot first = firstId == 0 ? null : st.load(firstId).orElse(null);
            Optional<Snapshot> second = st.load((Long) row.get()[2]);
            return second.map(s -> BaselineMath.baseline(baselineId, (String) row.get()[0], first, s));
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "baseline " + baselineId + " unreadable", e);
            return Optional.empty();
        }
    }

    @Override
    public BaselineComparison compare(Baseline before, Baseline after, double thresholdPercent) {
        return BaselineMath.compare(before, after, thresholdPercent);
    }

    @Override
    public void appendTo(Report.Builder report, Baseline baseline, Locale locale) {
        new PerfReportSection(locale).append(report, baseline);
    }

    @Override
    public void appendTo(Report.Builder report, BaselineComparison comparison, Locale locale) {
        new PerfReportSection(locale).append(report, comparison);
    }
}
