package org.hisops.platform.audit.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.DataFolder;
import org.hisops.platform.api.Role;

/**
 * Entries that could not be written before the log was stopped (the store was unavailable until the end), kept in
 * {@code audit-pending.properties} of the data folder and written first at the next start.
 */
final class Spool {

    static final String FILE = "audit-pending.properties";

    private Spool() {
    }

    static List<Draft> read(DataFolder folder) throws IOException {
        Properties p = folder.load(FILE);
        int count = Integer.parseInt(p.getProperty("count", "0").trim());
        List<Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String k = i + ".";
            Role role = StoredEntry.parse(Role.class, p.getProperty(k + "role"));
            AuditOutcome outcome = StoredEntry.parse(AuditOutcome.class, p.getProperty(k + "outcome"));
            drafts.add(new Draft(Instant.ofEpochMilli(Long.parseLong(p.getProperty(k + "time", "0").trim())),
                    p.getProperty(k + "user", ""), role == null ? Role.OPERATOR : role, p.getProperty(k + "site", ""),
                    p.getProperty(k + "action", ""), p.getProperty(k + "target", ""),
                    outcome == null ? AuditOutcome.FAILED : outcome, p.getProperty(k + "detail", "")));
        }
        return drafts;
    }

    static void write(DataFolder folder, List<Draft> drafts) throws IOException {
        Properties p = new Properties();
        p.setProperty("count", Integer.toString(drafts.size()));
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            String k = i + ".";
            p.setProperty(k + "time", Long.toString(d.time().toEpochMilli()));
            p.setProperty(k + "user", d.user());
            p.setProperty(k + "role", d.role().name());
            p.setProperty(k + "site", d.site());
            p.setProperty(k + "action", d.action());
            p.setProperty(k + "target", d.target());
            p.setProperty(k + "outcome", d.outcome().name());
            p.setProperty(k + "detail", d.detail());
        }
        folder.store(FILE, p, "HisOps audit entries not yet written to the embedded store; written at the next start");
    }

    static void delete(DataFolder folder) throws IOException {
        Files.deleteIfExists(folder.path().resolve(FILE));
    }
}
