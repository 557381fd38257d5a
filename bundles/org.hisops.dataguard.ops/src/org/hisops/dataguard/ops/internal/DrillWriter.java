package org.hisops.dataguard.ops.internal;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Sql;

/**
 * Commits numbered rows on the primary, one transaction each, until the primary is lost or the drill stops it.
 * Only acknowledged commits are counted: those are the transactions an application was told were saved, so any
 * of them missing on the new primary is data lost.
 */
final class DrillWriter implements Runnable {

    private final DatabaseSessions sessions;
    private final Endpoint primary;
    private final String drillId;
    private final Cancellation stop = new Cancellation();
    private final AtomicLong acknowledged = new AtomicLong();
    private final Map<Long, Instant> ackTimes = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile String ended = "";

    DrillWriter(DatabaseSessions sessions, Endpoint primary, String drillId) {
        this.sessions = sessions;
        this.primary = primary;
        this.drillId = drillId;
        this.thread = new Thread(this, "hisops-drill-writer");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    @Override
    public void run() {
        try {
            sessions.change(primary, "drill writer", s -> {
                Sql write = s.sql("dataguard.ops.drill.write");
                for (long seq = 1; !stop.isCancelled(); seq++) {
                    s.query(write.text(), primary.statementTimeoutSeconds(), rs -> rs.getLong(1), drillId, seq);
                    ackTimes.put(seq, Instant.now());
                    acknowledged.set(seq);
                    synchronized (this) {
                        notifyAll();
                    }
                }
                return null;
            }, stop);
            ended = "stopped";
        } catch (DatabaseException e) {
            ended = e.problem() + (e.serverCode() == null ? "" : " " + e.serverCode());
        } catch (RuntimeException e) {
            ended = e.toString();
        } finally {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    /** The highest acknowledged sequence (every lower one was acknowledged too). */
    long acknowledged() {
        return acknowledged.get();
    }

    Instant ackTime(long seq) {
        return ackTimes.get(seq);
    }

    /** Waits until {@code count} commits are acknowledged or the writer ended; false if it ended first. */
    synchronized boolean awaitCommits(long count, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (acknowledged.get() < count && thread.isAlive()) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(Math.min(left, 200));
        }
        return acknowledged.get() >= count;
    }

    /** Stops writing (a commit in flight may still be acknowledged) and waits for the thread. */
    String stopAndJoin(long timeoutMillis) throws InterruptedException {
        stop.cancel();
        thread.join(timeoutMillis);
        return ended;
    }
}
