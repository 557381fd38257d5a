package org.hisops.db.core.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.DbVersion;
import org.hisops.db.api.Endpoint;

/**
 * The sessions of one endpoint. Lent plus idle sessions never exceed the endpoint's connection limit: a caller
 * takes an idle session before a new one is opened, and waits (at most the connect timeout, and only until it
 * cancels) when all are lent. An idle session that has rested a while is checked before it is lent again.
 */
final class EndpointPool {

    /** Idle sessions older than this are validated before use (servers and firewalls drop idle connections). */
    private static final long VALIDATE_AFTER_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** A connection with what the broker learnt when opening it. */
    record Pooled(Connection connection, DbVersion version, String driver, long idleSince) {
        Pooled rested() {
            return new Pooled(connection, version, driver, System.nanoTime());
        }
    }

    /** Opens a new connection for the pool (called without the pool's lock held). */
    interface Opener {
        Pooled open(Endpoint endpoint, Cancellation cancellation) throws BrokerException;
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition returned = lock.newCondition();
    private final Deque<Pooled> idle = new ArrayDeque<>();
    private volatile Endpoint endpoint;
    private int lent;

    EndpointPool(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    Endpoint endpoint() {
        return endpoint;
    }

    /** Takes the latest definition; sessions opened under an older one are closed instead of being reused. */
    void update(Endpoint latest) {
        if (!latest.equals(endpoint)) {
            endpoint = latest;
            closeIdle();
        }
    }

    Pooled borrow(Cancellation cancellation, Opener opener) throws BrokerException {
        Endpoint current = endpoint;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(current.connectTimeoutSeconds());
        Pooled reused = null;
        lock.lock();
        try {
            while (lent + idle.size() >= current.connectionLimit() && idle.isEmpty()) {
                if (cancellation.isCancelled()) {
                    throw new BrokerException(DbProblem.CANCELLED, null, "cancelled while waiting for a session");
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new BrokerException(DbProblem.TIMEOUT, null, "all " + current.connectionLimit()
                            + " sessions of this endpoint stayed in use for " + current.connectTimeoutSeconds() + " s");
                }
                returned.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(100)));
            }
            reused = idle.pollFirst();
            lent++;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerException(DbProblem.CANCELLED, null, "interrupted while waiting for a session");
        } finally {
            lock.unlock();
        }
        try {
            if (reused != null && (System.nanoTime() - reused.idleSince() < VALIDATE_AFTER_NANOS || valid(reused))) {
                return reused;
            }
            if (reused != null) {
                close(reused);
            }
            return opener.open(current, cancellation);
        } catch (BrokerException | RuntimeException e) {
            release(null, true);
            throw e;
        }
    }

    /** Gives a session back; a broken one (or one of an outdated definition) is closed. */
    void release(Pooled pooled, boolean broken) {
        lock.lock();
        try {
            lent--;
            if (pooled != null) {
                if (broken || lent + idle.size() >= endpoint.connectionLimit()) {
                    close(pooled);
                } else {
                    idle.addFirst(pooled.rested());
                }
            }
            returned.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Sessions open on the server now: lent and idle. */
    int open() {
        lock.lock();
        try {
            return lent + idle.size();
        } finally {
            lock.unlock();
        }
    }

    void closeIdle() {
        lock.lock();
        try {
            while (!idle.isEmpty()) {
                close(idle.pollFirst());
            }
            returned.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private static boolean valid(Pooled pooled) {
        try {
            return pooled.connection().isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    static void close(Pooled pooled) {
        try {
            pooled.connection().close();
        } catch (SQLException | RuntimeException e) {
            // a connection that cannot even close cleanly is gone anyway
        }
    }
}
