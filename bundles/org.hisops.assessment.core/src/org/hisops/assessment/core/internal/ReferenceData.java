package org.hisops.assessment.core.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The catalogue's data files: tab-separated, {@code #} comments, a header line naming the columns. */
final class ReferenceData {

    private ReferenceData() {
    }

    static List<Map<String, String>> table(String text, String file) {
        List<Map<String, String>> rows = new ArrayList<>();
        String[] header = null;
        int line = 0;
        for (String raw : text.split("\\R")) {
            line++;
            if (raw.isBlank() || raw.startsWith("#")) {
                continue;
            }
            String[] cells = raw.split("\t", -1);
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.length != header.length) {
                throw new IllegalStateException(file + " line " + line + ": " + header.length + " columns expected");
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], cells[i].trim());
            }
            rows.add(row);
        }
        return rows;
    }

    /** ITEM -> MINIMUM_MB of the sizing file. */
    static Map<String, Long> minimums(String text) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (Map<String, String> row : table(text, "oracle-11.2-sizing.tsv")) {
            m.put(row.get("ITEM").toUpperCase(Locale.ROOT), Long.parseLong(row.get("MINIMUM_MB")));
        }
        return m;
    }
}
