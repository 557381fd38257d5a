package org.hisops.dataguard.core.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.hisops.dataguard.api.LagAlert;
import org.hisops.dataguard.api.LagFigures;
import org.hisops.dataguard.api.LagHistory;
import org.hisops.dataguard.api.LagSample;
import org.hisops.dataguard.api.Verdict;
import org.hisops.platform.api.EmbeddedStore;
import org.osgi.framework.Bundle;

/**
 * The lag history and the alerts in the {@link EmbeddedStore} (schema {@code DATAGUARD}, scripts in
 * {@code store/}). {@link #append} only queues: a thread of its own writes the queue in one batch every
 * {@link #FLUSH} (or sooner when {@link #BATCH} samples wait), so a polling thread never waits on the store. While
 * the store is absent or cannot be written the samples wait in memory (at most {@link #MAX_PENDING}, the oldest
 * dropped first) and are still returned by {@link #samples}; they are written when the store is back.
 */
final class StoreLagHistory implements LagHistory, AutoCloseable {

    static final String OWNER = "dataguard";
    static final String SCRIPTS = "store";
    static final Duration FLUSH = Duration.ofSeconds(2);
    static final int BATCH = 500;
    /** Half an hour of 50 standbys polled every 5 s: what a store outage may cost before the oldest go. */
    static final int MAX_PENDING = 20_000;

    private static final String INSERT_SAMPLE = "INSERT INTO DATAGUARD.LAG_SAMPLE (SITE_ID, STANDBY_ID, SAMPLE_TIME, "
            + "TRANSPORT_LAG_MS, UNSHIPPED_BYTES, APPLY_LAG_MS, UNAPPLIED_BYTES, APPLY_FINISH_MS, STARTUP_MS, "
            + "STALENESS_MS, VERDICT, REACHABLE) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_SAMPLES = "SELECT SITE_ID, STANDBY_ID, SAMPLE_TIME, TRANSPORT_LAG_MS, "
            + "UNSHIPPED_BYTES, APPLY_LAG_MS, UNAPPLIED_BYTES, APPLY_FINISH_MS, STARTUP_MS, STALENESS_MS, VERDICT, "
            + "REACHABLE FROM DATAGUARD.LAG_SAMPLE WHERE STANDBY_ID = ? AND SAMPLE_TIME >= ? ORDER BY SAMPLE_TIME";
    private static final String INSERT_ALERT = "INSERT INTO DATAGUARD.ALERT (SITE_ID, SYSTEM_NAME, STANDBY_ID, "
            + "ALERT_TIME, FROM_VERDICT, TO_VERDICT, REASONS) VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String SELECT_ALERTS = "SELECT SITE_ID, SYSTEM_NAME, STANDBY_ID, ALERT_TIME, FROM_VERDICT, "
            + "TO_VERDICT, REASONS FROM DATAGUARD.ALERT WHERE SITE_ID = ? AND ALERT_TIME >= ? "
            + "ORDER BY ALERT_TIME DESC";
    private static final String PRUNE_SAMPLES = "DELETE FROM DATAGUARD.LAG_SAMPLE WHERE SAMPLE_TIME < ?";
    private static final String PRUNE_ALERTS = "DELETE FROM DATAGUARD.ALERT WHERE ALERT_TIME < ?";

    private final Supplier<EmbeddedStore> store;
    private final Bundle bundle;
    private final Consumer<String> warn;
    private final Deque<LagSample> samples = new ArrayDeque<>(); // guarded by itself
    private final Deque<LagAlert> alerts = new ArrayDeque<>(); // guarded by samples
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ScheduledExecutorService writer;
    private volatile Instant pruneBefore;
    private EmbeddedStore prepared; // guarded by writeLock
    private int failures; // guarded by writeLock
    private long dropped; // guarded by samples

    /**
     * @param store the store now, or null while there is none
     * @param bundle the bundle holding the scripts
     * @param warn where a store problem is told (once per outage)
     */
    StoreLagHistory(Supplier<EmbeddedStore> store, Bundle bundle, Consumer<String> warn) {
        this.store = store;
        this.bundle = bundle;
        this.warn = warn;
        writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hisops-dataguard-history");
            t.setDaemon(true);
            return t;
        });
        writer.scheduleWithFixedDelay(this::flush, FLUSH.toMillis(), FLUSH.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void append(LagSample sample) {
        int waiting;
        synchronized (samples) {
            if (samples.size() >= MAX_PENDING) {
                samples.removeFirst();
                dropped++;
            }
            samples.addLast(sample);
            waiting = samples.size();
        }
        if (waiting == BATCH) {
            later();
        }
    }

    @Override
    public void append(LagAlert alert) {
        synchronized (samples) {
            alerts.addLast(alert);
        }
        later();
    }

    private void later() {
        try {
            writer.execute(this::flush);
        } catch (RejectedExecutionException e) {
            // closed: close() wrote what it could
        }
    }

    @Override
    public void prune(Instant before) {
        pruneBefore = before;
        later();
    }

    @Override
    public List<LagSample> samples(String standbyId, Instant since) {
        flush();
        List<LagSample> result = new ArrayList<>();
        EmbeddedStore s = ready();
        if (s != null) {
            try (Connection c = s.connection(); PreparedStatement st = c.prepareStatement(SELECT_SAMPLES)) {
                st.setString(1, standbyId);
                st.setObject(2, time(since));
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        result.add(sample(r));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                warn("read", e);
            }
        }
        synchronized (samples) { // what the store did not take yet
            for (LagSample sample : samples) {
                if (sample.standbyId().equals(standbyId) && !sample.at().isBefore(since)) {
                    result.add(sample);
                }
            }
        }
        result.sort(Comparator.comparing(LagSample::at));
        return result;
    }

    @Override
    public List<LagAlert> alerts(String siteId, Instant since) {
        flush();
        List<LagAlert> result = new ArrayList<>();
        EmbeddedStore s = ready();
        if (s != null) {
            try (Connection c = s.connection(); PreparedStatement st = c.prepareStatement(SELECT_ALERTS)) {
                st.setString(1, siteId);
                st.setObject(2, time(since));
                try (ResultSet r = st.executeQuery()) {
                    while (r.next()) {
                        result.add(new LagAlert(r.getString(1), r.getString(2), r.getString(3),
                                r.getObject(4, OffsetDateTime.class).toInstant(), 0, Verdict.valueOf(r.getString(5)),
                                Verdict.valueOf(r.getString(6)), StoredReasons.decode(r.getString(7))));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                warn("read", e);
            }
        }
        synchronized (samples) {
            for (LagAlert alert : alerts) {
                if (alert.siteId().equals(siteId) && !alert.at().isBefore(since)) {
                    result.add(alert);
                }
            }
        }
        result.sort(Comparator.comparing(LagAlert::at).reversed());
        return result;
    }

    /** Writes what waits, in one transaction; what fails stays queued for the next try. */
    void flush() {
        writeLock.lock();
        try {
            EmbeddedStore s = ready();
            if (s == null) {
                return;
            }
            List<LagSample> batch;
            List<LagAlert> alertBatch;
            synchronized (samples) {
                batch = new ArrayList<>(samples);
                alertBatch = new ArrayList<>(alerts);
            }
            Instant prune = pruneBefore;
            if (batch.isEmpty() && alertBatch.isEmpty() && prune == null) {
                return;
            }
            try (Connection c = s.connection()) {
                c.setAutoCommit(false);
                try {
                    write(c, batch, alertBatch);
                    if (prune != null) {
                        try (PreparedStatement st = c.prepareStatement(PRUNE_SAMPLES);
                                PreparedStatement sa = c.prepareStatement(PRUNE_ALERTS)) {
                            st.setObject(1, time(prune));
                            st.executeUpdate();
                            sa.setObject(1, time(prune));
                            sa.executeUpdate();
                        }
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                } finally {
                    c.setAutoCommit(true);
                }
            }
            synchronized (samples) { // the queue only grows at its end meanwhile, or loses its head when full
                for (LagSample written : batch) {
                    if (samples.peekFirst() == written) {
                        samples.removeFirst();
                    }
                }
                alerts.removeAll(alertBatch);
            }
            if (prune != null && pruneBefore == prune) {
                pruneBefore = null;
            }
            if (failures > 0) {
                warn.accept("Data Guard lag history: the store is written again");
                failures = 0;
            }
        } catch (SQLException | RuntimeException e) {
            warn("write", e);
        } finally {
            writeLock.unlock();
        }
    }

    private void write(Connection c, List<LagSample> batch, List<LagAlert> alertBatch) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(INSERT_SAMPLE)) {
            for (LagSample sample : batch) {
                LagFigures f = sample.figures() == null ? LagFigures.UNKNOWN : sample.figures();
                st.setString(1, sample.siteId());
                st.setString(2, sample.standbyId());
                st.setObject(3, time(sample.at()));
                millis(st, 4, f.transportLag());
                number(st, 5, f.unshippedBytes());
                millis(st, 6, f.applyLag());
                number(st, 7, f.unappliedBytes());
                millis(st, 8, f.applyFinish());
                millis(st, 9, f.startup());
                millis(st, 10, f.staleness());
                st.setString(11, sample.verdict().name());
                st.setBoolean(12, sample.reachable());
                st.addBatch();
            }
            if (!batch.isEmpty()) {
                st.executeBatch();
            }
        }
        try (PreparedStatement st = c.prepareStatement(INSERT_ALERT)) {
            for (LagAlert alert : alertBatch) {
                st.setString(1, alert.siteId());
                st.setString(2, alert.system());
                st.setString(3, alert.standbyId());
                st.setObject(4, time(alert.at()));
                st.setString(5, alert.from().name());
                st.setString(6, alert.to().name());
                st.setString(7, StoredReasons.encode(alert.reasons()));
                st.addBatch();
            }
            if (!alertBatch.isEmpty()) {
                st.executeBatch();
            }
        }
    }

    /** The store with the schema up to date, or null when there is none or it cannot be used now. */
    private EmbeddedStore ready() {
        EmbeddedStore s = store.get();
        if (s == null) {
            return null;
        }
        writeLock.lock();
        try {
            if (prepared != s) {
                s.migrate(OWNER, bundle, SCRIPTS);
                prepared = s;
            }
            return s;
        } catch (SQLException | RuntimeException e) {
            warn("open", e);
            return null;
        } finally {
            writeLock.unlock();
        }
    }

    private void warn(String what, Exception e) {
        writeLock.lock();
        try {
            if (failures++ == 0) {
                long waiting;
                synchronized (samples) {
                    waiting = samples.size();
                }
                warn.accept("Data Guard lag history: cannot " + what + " the embedded store (" + e.getMessage()
                        + "); " + waiting + " samples wait in memory");
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** How many samples were dropped because the store could not take them for too long. */
    long dropped() {
        synchronized (samples) {
            return dropped;
        }
    }

    /** How many samples and alerts wait to be written. */
    int waiting() {
        synchronized (samples) {
            return samples.size() + alerts.size();
        }
    }

    /** Writes what waits and stops the writer. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flush();
    }

    private static LagSample sample(ResultSet r) throws SQLException {
        LagFigures f = new LagFigures(duration(r, 4), number(r, 5), duration(r, 6), number(r, 7), duration(r, 8),
                duration(r, 9), duration(r, 10));
        return new LagSample(r.getString(1), r.getString(2), r.getObject(3, OffsetDateTime.class).toInstant(), f,
                Verdict.valueOf(r.getString(11)), r.getBoolean(12));
    }

    private static OffsetDateTime time(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static void millis(PreparedStatement st, int index, Duration d) throws SQLException {
        number(st, index, d == null ? null : d.toMillis());
    }

    private static void number(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.BIGINT);
        } else {
            st.setLong(index, value);
        }
    }

    private static Duration duration(ResultSet r, int index) throws SQLException {
        Long ms = number(r, index);
        return ms == null ? null : Duration.ofMillis(ms);
    }

    private static Long number(ResultSet r, int index) throws SQLException {
        long value = r.getLong(index);
        return r.wasNull() ? null : value;
    }
}
