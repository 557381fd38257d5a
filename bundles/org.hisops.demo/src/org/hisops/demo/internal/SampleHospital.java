package org.hisops.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The sample hospital database: the SQL files under {@code demo/} of this bundle, run in order as the database
 * owner. The data is generated on the server from {@code generate_series} with hash-based choices, so every build
 * on every machine produces the same rows ({@link #ROWS}).
 */
final class SampleHospital {

    /**
     * One SQL file and its share of the work (about its running time on a 2-core machine).
     *
     * @param file the resource under {@code demo/}
     * @param work its share of the loading work
     */
    record Step(String file, int work) {

        /** The translation key of the progress text shown while the file runs. */
        String textKey() {
            return "step.sql." + file.substring(0, file.length() - ".sql".length()).replace('-', '.');
        }
    }

    /** The files, in the order they run. */
    static final List<Step> STEPS = List.of(new Step("session.sql", 1), new Step("schema.sql", 1),
            new Step("generator.sql", 1), new Step("data-dictionaries.sql", 1), new Step("data-patient.sql", 10),
            new Step("data-visit.sql", 7), new Step("data-orders.sql", 8), new Step("data-prescription.sql", 4),
            new Step("data-lis-sample.sql", 5), new Step("data-lis-result.sql", 22), new Step("constraints.sql", 30),
            new Step("finish.sql", 7));

    /** Run as the superuser in the new database, before the owner's steps: what the owner may not do itself. */
    static final String DATABASE_SETUP = "database.sql";

    /** Rows per table after a build: the same on every machine. */
    static final Map<String, Long> ROWS = Map.ofEntries(Map.entry("department", 20L), Map.entry("doctor", 160L),
            Map.entry("diagnosis_dict", 60L), Map.entry("drug_dict", 30L), Map.entry("exam_dict", 10L),
            Map.entry("lis_test_item", 26L), Map.entry("patient", 100_000L), Map.entry("visit", 200_000L),
            Map.entry("orders", 300_000L), Map.entry("prescription", 150_000L), Map.entry("lis_sample", 100_000L),
            Map.entry("lis_test_result", 400_000L));

    private final Object lock = new Object();
    private Statement running; // guarded by lock
    private volatile boolean cancelled;

    /** The text of {@code demo/<file>}. */
    static String sql(String file) {
        try (InputStream in = SampleHospital.class.getResourceAsStream("/demo/" + file)) {
            if (in == null) {
                throw new IllegalStateException("demo/" + file + " is missing from bundle org.hisops.demo");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo/" + file, e);
        }
    }

    /**
     * A fingerprint of every SQL file: a demo folder built from other files (an older product version) is rebuilt,
     * so what the database holds always matches what this version describes.
     */
    static String dataVersion() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(sql(DATABASE_SETUP).getBytes(StandardCharsets.UTF_8));
            for (Step step : STEPS) {
                digest.update(sql(step.file()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code step}'s file on {@code connection}; {@link #cancel()} stops it on the server. */
    void run(Connection connection, Step step) throws SQLException {
        String sql = sql(step.file());
        try (Statement statement = connection.createStatement()) {
            synchronized (lock) {
                if (cancelled) {
                    throw new SQLException("cancelled before " + step.file(), "57014");
                }
                running = statement;
            }
            try {
                statement.execute(sql);
            } finally {
                synchronized (lock) {
                    running = null;
                }
            }
        }
    }

    /** Cancels the statement running now (from another thread) and every later one. */
    void cancel() {
        cancelled = true;
        Statement statement;
        synchronized (lock) {
            statement = running;
        }
        if (statement != null) {
            try {
                statement.cancel();
            } catch (SQLException e) {
                // the statement has just ended; the next run() sees the flag
            }
        }
    }
}
