package org.hisops.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The generation SQL is shipped, and it cannot produce different rows on another machine or another day. */
class SampleHospitalSqlTest {

    /** Anything that depends on chance or on the clock. */
    private static final Pattern NOT_DETERMINISTIC = Pattern.compile(
            "\\b(random|setseed|gen_random_uuid|uuid_generate_v4|now|clock_timestamp|statement_timestamp"
                    + "|transaction_timestamp|timeofday)\\s*\\(|\\b(current_date|current_time|current_timestamp"
                    + "|localtime|localtimestamp)\\b|tablesample");

    @Test
    void everyFileIsShippedAndNothingDependsOnChanceOrTheClock() {
        for (String file : files()) {
            String sql = SampleHospital.sql(file).toLowerCase(Locale.ROOT);
            String code = sql.replaceAll("--[^\n]*", "");
            assertFalse(NOT_DETERMINISTIC.matcher(code).find(), file + " uses a non-deterministic function");
        }
    }

    @Test
    void theDataIsOverAMillionRows() {
        long rows = SampleHospital.ROWS.values().stream().mapToLong(Long::longValue).sum();
        assertTrue(rows >= 1_000_000, "rows: " + rows);
        assertEquals(1_250_306, rows);
    }

    @Test
    void theDataVersionFollowsTheFiles() {
        assertEquals(SampleHospital.dataVersion(), SampleHospital.dataVersion());
        assertEquals(24, SampleHospital.dataVersion().length());
    }

    private static java.util.List<String> files() {
        java.util.List<String> files = new java.util.ArrayList<>();
        files.add(SampleHospital.DATABASE_SETUP);
        SampleHospital.STEPS.forEach(step -> files.add(step.file()));
        return files;
    }
}
