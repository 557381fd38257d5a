package org.hisops.migration.core.internal;

import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Session;
import org.hisops.db.api.SessionWork;

/**
 * The sessions one side of a verification reads with, all seeing one snapshot: on PostgreSQL the first session
 * exports its snapshot and the others adopt it before any work starts; on Oracle every statement reads AS OF the
 * run's SCN. Work from all tables queues here, so the side never holds more sessions than it was given (at most
 * the endpoint's connection limit).
 */
final class SideReader implements AutoCloseable {

    private record Task(SessionWork<Object> work, CompletableFuture<Object> result) {
    }

    private final DatabaseSessions sessions;
    private final Endpoint endpoint;
    private final Cancellation cancellation;
    private final LinkedBlockingQueue<Task> queue = new LinkedBlockingQueue<>();
    private final Thread[] workers;
    private final CompletableFuture<String> exported = new CompletableFuture<>();
    private final CountDownLatch adopted;
    private volatile boolean closed;
    private volatile DatabaseException broken;

    SideReader(DatabaseSessions sessions, Endpoint endpoint, int count, Cancellation cancellation, String name) {
        this.sessions = sessions;
        this.endpoint = endpoint;
        this.cancellation = cancellation;
        int n = Math.max(1, Math.min(count, endpoint.connectionLimit()));
        this.workers = new Thread[n];
        this.adopted = new CountDownLatch(n - 1);
        for (int i = 0; i < n; i++) {
            int index = i;
            workers[i] = new Thread(() -> work(index), "HisOps verify " + name + " " + endpoint.id() + " #" + i);
            workers[i].setDaemon(true);
        }
    }

    void start() {
        for (Thread worker : workers) {
            worker.start();
        }
    }

    /** The exported snapshot id on PostgreSQL (for the record), {@code null} on Oracle. */
    String snapshot() {
        try {
            return exported.get(endpoint.connectTimeoutSeconds() + 30L, TimeUnit.SECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    @SuppressWarnings("unchecked")
    <T> CompletableFuture<T> submit(SessionWork<T> work) {
        CompletableFuture<Object> result = new CompletableFuture<>();
        if (broken != null) {
            result.completeExceptionally(broken);
        } else if (closed || cancellation.isCancelled()) {
            result.completeExceptionally(cancelled());
        } else {
            queue.add(new Task((SessionWork<Object>) work, result));
            // the workers may have drained the queue and ended between the checks above and the add
            if (broken != null) {
                drain(broken);
            } else if (closed || cancellation.isCancelled()) {
                drain(cancelled());
            }
        }
        return (CompletableFuture<T>) result;
    }

    private DatabaseException cancelled() {
        return new DatabaseException(DbProblem.CANCELLED, null, endpoint.id(), "cancelled", null);
    }

    private void work(int index) {
        boolean postgres = endpoint.engine().postgresFamily();
        while (!closed && !cancellation.isCancelled()) {
            Task[] current = new Task[1];
            try {
                String adopt = null;
                if (postgres && index > 0) {
                    adopt = exported.get();
                }
                String snapshot = adopt;
                sessions.readSnapshot(endpoint, snapshot, session -> {
                    if (postgres && index == 0) {
                        exported.complete(session.queryFirst(session.sql("migration.snapshot.export"),
                                rs -> rs.getString(1)).orElseThrow());
                        // the exporting transaction must stay open until every other session adopted it
                        try {
                            adopted.await(endpoint.connectTimeoutSeconds() + 30L, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return null;
                        }
                    } else if (postgres) {
                        adopted.countDown();
                    } else if (index == 0) {
                        exported.complete(null);
                    }
                    loop(session, current);
                    return null;
                }, cancellation);
                break; // closed or cancelled: what is still queued is failed below, never left waiting
            } catch (DatabaseException e) {
                if (index == 0) {
                    exported.completeExceptionally(e);
                }
                if (current[0] != null) {
                    current[0].result.completeExceptionally(e);
                    continue; // a statement failed: the next task gets a new session (and snapshot)
                }
                broken = e; // the session could not be opened: every task of this side fails with the reason
                adopted.countDown();
                drain(e);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(current[0], cancelled());
                break;
            } catch (Exception e) {
                // a defect in a task (a runtime exception) or a failed snapshot hand-over: nothing may wait forever
                DatabaseException wrapped = e.getCause() instanceof DatabaseException d ? d
                        : new DatabaseException(DbProblem.OTHER, null, endpoint.id(), String.valueOf(e), e);
                broken = wrapped;
                if (index == 0) {
                    exported.completeExceptionally(wrapped);
                }
                adopted.countDown();
                fail(current[0], wrapped);
                drain(wrapped);
                return;
            }
        }
        if (index == 0) {
            exported.completeExceptionally(cancelled()); // no-op once exported; else frees the waiting sessions
        }
        drain(cancelled());
    }

    private void loop(Session session, Task[] current) throws SQLException {
        while (!closed && !cancellation.isCancelled()) {
            Task task;
            try {
                task = queue.poll(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (task == null) {
                continue;
            }
            current[0] = task;
            Object value = task.work.run(session); // an SQLException ends this session; work() fails the task
            current[0] = null;
            task.result.complete(value);
        }
    }

    private static void fail(Task task, DatabaseException e) {
        if (task != null) {
            task.result.completeExceptionally(e);
        }
    }

    private void drain(DatabaseException e) {
        for (Task task; (task = queue.poll()) != null;) {
            task.result.completeExceptionally(e);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Thread worker : workers) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(endpoint.statementTimeoutSeconds() + 5L));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        drain(cancelled());
    }
}
