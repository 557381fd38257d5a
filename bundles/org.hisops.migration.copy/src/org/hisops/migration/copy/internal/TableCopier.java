package org.hisops.migration.copy.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.db.api.Engine;
import org.hisops.migration.copy.CopyException;
import org.hisops.migration.copy.CopyListener;
import org.hisops.migration.copy.CopyReject;
import org.hisops.migration.copy.TableCopy;
import org.hisops.migration.copy.TableCopy.TableState;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.CopyOut;

/**
 * Copies one table: a reader thread streams the source's rows in key order into a bounded queue of batches; this
 * thread writes each batch into the target with one COPY in its own transaction. A batch the target refuses is
 * bisected until the refused rows stand alone; those are recorded with their reason and the rest is written. A
 * keyed table resumes after the last key the target holds (the last committed batch); a table without a key is
 * truncated and copied again.
 */
final class TableCopier {

    /** The one long statement of a table's stream (every other statement keeps the endpoint's timeout). */
    static final String STREAM_TIMEOUT = "6h";
    private static final int STREAM_TIMEOUT_MILLIS = 6 * 3600 * 1000;
    private static final int QUEUE = 2;
    private static final RowBatch END = new RowBatch();

    /** What a worker needs to know about its run. */
    record Context(DatabaseSessions sessions, Endpoint source, Endpoint target, String sourceSchema,
            String targetSchema, String snapshot, String oracleScn, int batchRows, CopyStore store, long runId,
            CopyListener listener) {
    }

    private final Context context;
    private final Translation.TableSpec spec;
    private final Cancellation cancellation;
    private final AtomicLong sourceRows = new AtomicLong(-1);
    private final AtomicLong streamed = new AtomicLong();
    /** PostgreSQL to PostgreSQL with built-in scalar types only: COPY binary (see {@link CopyBinary}). */
    private final boolean binary;
    private long written;

    TableCopier(Context context, Translation.TableSpec spec, Cancellation cancellation) {
        this.context = context;
        this.spec = spec;
        this.cancellation = cancellation;
        // KingbaseES keeps text: its binary COPY is not documented to match PostgreSQL's byte for byte
        this.binary = context.source().engine() == Engine.POSTGRESQL && context.target().engine() == Engine.POSTGRESQL
                && CopyBinary.eligible(spec.sourceTypes());
    }

    private String purpose() {
        return "copy run " + context.runId() + " table " + spec.source();
    }

    private String targetTable() {
        return Identifiers.qualified(context.targetSchema(), spec.target());
    }

    private boolean oracle() {
        return context.source().engine() == Engine.ORACLE;
    }

    /** Whether the table resumes by key: keyed, and (on Oracle) no character key (GBK and UTF-8 order apart). */
    private boolean resumesByKey() {
        return spec.keyed() && !(oracle() && spec.keyTextual().contains(true));
    }

    TableCopy copy(TableCopy previous) throws CopyException {
        int attempts = previous.attempts() + 1;
        context.store().table(context.runId(), new TableCopy(spec.source(), spec.target(), TableState.COPYING,
                previous.sourceRows(), previous.targetRows(), previous.rejected(), previous.streamed(), attempts,
                null));
        try {
            long[] counts = context.sessions().transfer(context.target(), true, purpose(),
                    session -> write(session.connection(), previous.state() != TableState.PENDING), cancellation);
            long rejected = context.store().rejectCount(context.runId(), spec.source());
            TableState state = counts[0] == counts[1] + rejected ? TableState.DONE : TableState.MISMATCH;
            return new TableCopy(spec.source(), spec.target(), state, counts[0], counts[1], rejected,
                    previous.streamed() + streamed.get(), attempts,
                    state == TableState.MISMATCH ? "source " + counts[0] + " != target " + counts[1] + " + rejected "
                            + rejected : null);
        } catch (DatabaseException e) {
            long rejected = context.store().rejectCount(context.runId(), spec.source());
            return new TableCopy(spec.source(), spec.target(), TableState.FAILED, Math.max(0, sourceRows.get()),
                    previous.targetRows(), rejected, previous.streamed() + streamed.get(), attempts,
                    e.problem() + ": " + e.getMessage());
        }
    }

    /** Returns {source rows, target rows}. */
    private long[] write(Connection target, boolean again) throws SQLException {
        execute(target, "SET synchronous_commit = off"); // the target's own rows are the truth on resumption
        String after = null;
        long already = 0;
        if (again) {
            already = count(target);
            if (resumesByKey()) {
                after = already == 0 ? null : resumeCondition(target);
            } else if (already > 0) {
                execute(target, "TRUNCATE " + targetTable());
                already = 0;
            }
            if (!resumesByKey()) {
                try {
                    context.store().clearRejects(context.runId(), spec.source());
                } catch (CopyException e) {
                    throw new SQLException(e.getMessage(), e);
                }
            }
        }
        BlockingQueue<RowBatch> queue = new ArrayBlockingQueue<>(QUEUE);
        AtomicReference<Throwable> readerFailure = new AtomicReference<>();
        Cancellation readerCancel = new Cancellation();
        String condition = after;
        Thread reader = Thread.ofPlatform().name("hisops-copy-read-" + spec.source()).daemon().start(() -> {
            try {
                context.sessions().transfer(context.source(), false, purpose(), s -> {
                    if (oracle()) {
                        readOracle(s.connection(), condition, queue, readerCancel);
                    } else {
                        readPostgres(s.connection(), s.sql("copy.pg.snapshot").text(), condition, queue,
                                readerCancel);
                    }
                    return null;
                }, readerCancel);
            } catch (Throwable e) {
                readerFailure.set(e);
            } finally {
                offerEnd(queue, readerCancel);
            }
        });
        try (AutoCloseable hook = cancellation.onCancel(readerCancel::cancel)) {
            boolean announced = false;
            CopyManager copy = target.unwrap(PGConnection.class).getCopyAPI();
            String copySql = "COPY " + targetTable() + " ("
                    + String.join(", ", spec.targetColumns().stream().map(Identifiers::quote).toList())
                    + ") FROM STDIN" + (binary ? " (FORMAT binary)" : "");
            while (true) {
                RowBatch batch = queue.poll(200, TimeUnit.MILLISECONDS);
                if (!announced && sourceRows.get() >= 0) {
                    context.listener().tableStarted(spec.source(), sourceRows.get(), already);
                    announced = true;
                }
                if (batch == null) {
                    if (cancellation.isCancelled()) {
                        throw new SQLException("cancelled", "57014");
                    }
                    continue;
                }
                if (batch == END) {
                    break;
                }
                writeBatch(copy, copySql, batch, 0, batch.rows(), null);
                context.listener().rowsCommitted(spec.source(), written);
            }
            reader.join();
            Throwable failure = readerFailure.get();
            if (failure instanceof DatabaseException e) {
                throw new SQLException(e.problem() + ": " + e.getMessage(), "08006", e);
            } else if (failure != null) {
                throw new SQLException(failure.toString(), "XX000", failure);
            }
            return new long[] { sourceRows.get(), count(target) };
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted", "57014", e);
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException(e.toString(), "XX000", e);
        } finally {
            readerCancel.cancel(); // a writer that stopped early stops its reader
        }
    }

    /** Writes rows [from, to) of a batch; rows the target refuses are bisected out and recorded. */
    private void writeBatch(CopyManager copy, String copySql, RowBatch batch, int from, int to, SQLException known)
            throws SQLException {
        SQLException failure = known;
        if (failure == null) {
            try {
                written += copyIn(copy, copySql, batch, from, to);
                return;
            } catch (SQLException e) {
                if (!RejectReasons.aboutRows(e.getSQLState())) {
                    throw e;
                }
                failure = e;
            }
        }
        if (to - from == 1) {
            reject(batch, from, failure);
            return;
        }
        int middle = (from + to) >>> 1;
        writeBatch(copy, copySql, batch, from, middle, null);
        writeBatch(copy, copySql, batch, middle, to, null);
    }

    private long copyIn(CopyManager copy, String copySql, RowBatch batch, int from, int to)
            throws SQLException {
        CopyIn in = copy.copyIn(copySql);
        try {
            int start = batch.start(from);
            if (binary) {
                in.writeToCopy(CopyBinary.HEADER, 0, CopyBinary.HEADER.length);
            }
            in.writeToCopy(batch.data(), start, batch.end(to - 1) - start);
            if (binary) {
                in.writeToCopy(CopyBinary.TRAILER, 0, CopyBinary.TRAILER.length);
            }
            return in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    private void reject(RowBatch batch, int row, SQLException failure) throws SQLException {
        int end = binary ? batch.end(row) : batch.end(row) - 1; // text: without the newline
        List<String> fields = binary ? CopyBinary.fields(batch.data(), batch.start(row), end, spec.sourceTypes())
                : CopyText.fields(batch.data(), batch.start(row), end);
        String key;
        if (spec.keyed()) {
            List<String> parts = new ArrayList<>();
            for (int position : spec.keyPositions()) {
                parts.add(spec.targetColumns().get(position) + "=" + fields.get(position));
            }
            key = String.join(", ", parts);
        } else if (binary) {
            key = String.join("\t", fields.stream().map(f -> f == null ? "\\N" : f).toList());
        } else {
            key = new String(batch.data(), batch.start(row), end - batch.start(row), StandardCharsets.UTF_8);
        }
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        try {
            context.store().reject(context.runId(), new CopyReject(spec.source(), key,
                    RejectReasons.reason(failure.getSQLState()), failure.getSQLState(), message));
        } catch (CopyException e) {
            throw new SQLException(e.getMessage(), "58030", e);
        }
    }

    private void readPostgres(Connection source, String snapshotSql, String condition, BlockingQueue<RowBatch> queue,
            Cancellation readerCancel) throws SQLException {
        source.setAutoCommit(false);
        execute(source, snapshotSql);
        if (context.snapshot() != null) {
            // checked against the snapshot id's pattern when it was exported
            execute(source, "SET TRANSACTION SNAPSHOT " + Identifiers.literal(context.snapshot()));
        }
        String table = Identifiers.qualified(context.sourceSchema(), spec.source());
        sourceRows.set(queryLong(source, "SELECT count(*) FROM " + table));
        execute(source, "SET LOCAL statement_timeout = '" + STREAM_TIMEOUT + "'");
        source.setNetworkTimeout(Runnable::run, STREAM_TIMEOUT_MILLIS);
        String columns = String.join(", ", spec.sourceColumns().stream().map(Identifiers::quote).toList());
        String select;
        if (!spec.keyed()) {
            select = "COPY " + table + " (" + columns + ") TO STDOUT";
        } else {
            select = "COPY (SELECT " + columns + " FROM " + table + (condition == null ? "" : " WHERE " + condition)
                    + " ORDER BY " + orderBy(spec.sourceColumns(), false) + ") TO STDOUT";
        }
        CopyOut out = source.unwrap(PGConnection.class).getCopyAPI().copyOut(select
                + (binary ? " (FORMAT binary)" : ""));
        try {
            RowBatch batch = new RowBatch();
            boolean first = true;
            for (byte[] row; (row = out.readFromCopy()) != null;) {
                int offset = binary && first ? CopyBinary.headerLength(row) : 0; // the header rides on row 1
                first = false;
                if (binary && (CopyBinary.trailer(row, offset) || offset == row.length)) {
                    continue; // the trailer (with the header for an empty table), or a header on its own
                }
                batch.add(row, offset, row.length - offset);
                streamed.incrementAndGet();
                if (batch.full(context.batchRows())) {
                    put(queue, batch, readerCancel);
                    batch = new RowBatch();
                }
            }
            if (batch.rows() > 0) {
                put(queue, batch, readerCancel);
            }
        } finally {
            if (out.isActive()) {
                out.cancelCopy();
            }
        }
        source.rollback();
    }

    private void readOracle(Connection source, String condition, BlockingQueue<RowBatch> queue,
            Cancellation readerCancel) throws SQLException, java.io.IOException {
        String table = Identifiers.quote(context.sourceSchema()) + "." + Identifiers.quote(spec.source())
                + (context.oracleScn() == null ? "" : " AS OF SCN " + context.oracleScn());
        String alias = table + " t";
        sourceRows.set(queryLong(source, "SELECT COUNT(*) FROM " + alias));
        String columns = String.join(", ", spec.sourceColumns().stream().map(c -> "t." + Identifiers.quote(c)).toList());
        String select = "SELECT " + columns + " FROM " + alias + (condition == null ? "" : " WHERE " + condition)
                + (resumesByKey() ? " ORDER BY " + orderBy(spec.sourceColumns(), true) : "");
        try (Statement statement = source.createStatement()) {
            statement.setQueryTimeout(STREAM_TIMEOUT_MILLIS / 1000);
            statement.setFetchSize(1000);
            try (ResultSet rs = statement.executeQuery(select)) {
                RowBatch batch = new RowBatch();
                ByteArrayOutputStream line = new ByteArrayOutputStream(512);
                while (rs.next()) {
                    line.reset();
                    OracleRows.line(rs, spec.sourceTypes(), line);
                    batch.add(line.toByteArray(), 0, line.size());
                    streamed.incrementAndGet();
                    if (batch.full(context.batchRows())) {
                        put(queue, batch, readerCancel);
                        batch = new RowBatch();
                    }
                }
                if (batch.rows() > 0) {
                    put(queue, batch, readerCancel);
                }
            }
        }
    }

    private String orderBy(List<String> names, boolean oracleSide) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < spec.keyPositions().size(); i++) {
            String column = (oracleSide ? "t." : "") + Identifiers.quote(names.get(spec.keyPositions().get(i)));
            // both servers order character keys byte-wise, whatever their collations
            parts.add(!oracleSide && spec.keyTextual().get(i) ? column + " COLLATE \"C\"" : column);
        }
        return String.join(", ", parts);
    }

    /** The source-side condition "after the target's last key" (PostgreSQL row comparison; Oracle spelled out). */
    private String resumeCondition(Connection target) throws SQLException {
        List<String> keyColumns = new ArrayList<>();
        List<String> desc = new ArrayList<>();
        for (int i = 0; i < spec.keyPositions().size(); i++) {
            // qualified, so ORDER BY means the column and not the text of the same name in the select list
            String column = "t." + Identifiers.quote(spec.targetColumns().get(spec.keyPositions().get(i)));
            keyColumns.add(column + "::text");
            desc.add(column + (spec.keyTextual().get(i) ? " COLLATE \"C\"" : "") + " DESC");
        }
        List<String> last = new ArrayList<>();
        try (Statement s = target.createStatement()) {
            s.setQueryTimeout(context.target().statementTimeoutSeconds());
            try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", keyColumns) + " FROM " + targetTable()
                    + " t ORDER BY " + String.join(", ", desc) + " LIMIT 1")) {
                rs.next();
                for (int i = 0; i < keyColumns.size(); i++) {
                    last.add(rs.getString(i + 1));
                }
            }
        }
        if (!oracle()) {
            List<String> left = new ArrayList<>();
            List<String> right = new ArrayList<>();
            for (int i = 0; i < last.size(); i++) {
                int position = spec.keyPositions().get(i);
                left.add(Identifiers.quote(spec.sourceColumns().get(position))
                        + (spec.keyTextual().get(i) ? " COLLATE \"C\"" : ""));
                right.add(Identifiers.literal(last.get(i)) + "::" + spec.sourceTypes().get(position));
            }
            return "(" + String.join(", ", left) + ") > (" + String.join(", ", right) + ")";
        }
        // a > x OR (a = x AND b > y) ...: Oracle 10g/11g have no row comparison
        List<String> disjuncts = new ArrayList<>();
        for (int i = 0; i < last.size(); i++) {
            List<String> conjuncts = new ArrayList<>();
            for (int j = 0; j <= i; j++) {
                int position = spec.keyPositions().get(j);
                String column = "t." + Identifiers.quote(spec.sourceColumns().get(position));
                conjuncts.add(column + (j < i ? " = " : " > ") + oracleLiteral(last.get(j),
                        spec.sourceTypes().get(position)));
            }
            disjuncts.add("(" + String.join(" AND ", conjuncts) + ")");
        }
        return "(" + String.join(" OR ", disjuncts) + ")";
    }

    private static String oracleLiteral(String text, String sourceType) {
        if (sourceType.startsWith("NUMBER") || sourceType.startsWith("FLOAT")) {
            return new java.math.BigDecimal(text).toPlainString(); // parsed: nothing but a number gets through
        }
        if (sourceType.equals("DATE")) {
            return "TO_DATE(" + Identifiers.literal(text.length() > 19 ? text.substring(0, 19) : text)
                    + ", 'YYYY-MM-DD HH24:MI:SS')";
        }
        return "TO_TIMESTAMP(" + Identifiers.literal(text) + ", 'YYYY-MM-DD HH24:MI:SS.FF')";
    }

    private long count(Connection target) throws SQLException {
        return queryLong(target, "SELECT count(*) FROM " + targetTable());
    }

    private long queryLong(Connection connection, String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setQueryTimeout(Math.max(context.source().statementTimeoutSeconds(),
                    context.target().statementTimeoutSeconds()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.setQueryTimeout(30);
            s.execute(sql);
        }
    }

    private static void put(BlockingQueue<RowBatch> queue, RowBatch batch, Cancellation readerCancel)
            throws SQLException {
        try {
            while (!queue.offer(batch, 200, TimeUnit.MILLISECONDS)) {
                if (readerCancel.isCancelled()) {
                    throw new SQLException("the writer stopped", "57014");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted", "57014", e);
        }
    }

    private static void offerEnd(BlockingQueue<RowBatch> queue, Cancellation readerCancel) {
        try {
            while (!queue.offer(END, 200, TimeUnit.MILLISECONDS)) {
                if (readerCancel.isCancelled()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
