package org.hisops.migration.plans.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DatabaseSessions;
import org.hisops.db.api.Endpoint;
import org.hisops.migration.plans.SchemaVolume;
import org.hisops.migration.plans.SourceProfile;

/** Reads a source's profile in one read-only session. */
final class SourceReader {

    private SourceReader() {
    }

    static SourceProfile read(DatabaseSessions sessions, Endpoint endpoint, Cancellation cancellation)
            throws DatabaseException {
        return sessions.read(endpoint, s -> {
            Map<String, long[]> volumes = new TreeMap<>();
            s.query(s.sql("migration.source.segments"), rs -> {
                long[] v = volumes.computeIfAbsent(rs.getString(1), k -> new long[4]);
                v[kind(rs.getString(2))] += rs.getLong(3);
                return null;
            });
            List<SchemaVolume> schemas = new ArrayList<>();
            volumes.forEach((owner, v) -> schemas.add(new SchemaVolume(owner, v[0], v[1], v[2], v[3])));
            Object[] database = s.queryFirst(s.sql("migration.source.database"),
                    rs -> new Object[] { rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4) })
                    .orElse(new Object[] { null, 0L, null, null });
            String banner = s.queryFirst(s.sql("migration.source.banner"), rs -> rs.getString(1)).orElse(null);
            Map<String, String> set = new LinkedHashMap<>();
            int[] cpu = { 1 };
            s.query(s.sql("migration.source.parameters"), rs -> {
                String name = rs.getString(1).toLowerCase(Locale.ROOT);
                if (name.equals("cpu_count")) {
                    try {
                        cpu[0] = Integer.parseInt(rs.getString(2).strip());
                    } catch (NumberFormatException | NullPointerException e) {
                        cpu[0] = 1; // unreadable: plan one worker rather than guess
                    }
                }
                if ("FALSE".equals(rs.getString(3))) {
                    set.put(name, rs.getString(2));
                }
                return null;
            });
            return new SourceProfile(endpoint.id(), (String) database[0], s.serverVersion(), banner,
                    (String) database[2], (Long) database[1], "ARCHIVELOG".equals(database[3]), cpu[0], schemas, set,
                    endpoint.emulation() != null && !endpoint.emulation().isBlank());
        }, cancellation);
    }

    /** 0 table, 1 LOB, 2 index, 3 other: how Data Pump and the estimate count a segment type. */
    static int kind(String segmentType) {
        String t = segmentType == null ? "" : segmentType.toUpperCase(Locale.ROOT);
        if (t.equals("LOBINDEX") || t.startsWith("INDEX")) {
            return 2;
        }
        if (t.startsWith("LOB")) {
            return 1;
        }
        if (t.startsWith("TABLE") || t.equals("NESTED TABLE") || t.equals("CLUSTER")) {
            return 0;
        }
        return 3;
    }
}
