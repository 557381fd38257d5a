package org.hisops.platform.audit.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.BundleTexts;

/**
 * The log as CSV (RFC 4180: comma, CRLF, fields with a comma, quote or line break in double quotes, quotes doubled),
 * preceded by a UTF-8 byte order mark so that Excel (also on a Chinese Windows) reads it as UTF-8. For
 * {@link Locale#ROOT} the header, role, action, outcome and chain status are codes and times ISO 8601 UTC; otherwise
 * they are in the locale's language and times local. A text that starts like a spreadsheet formula ({@code = + - @},
 * tab, carriage return) gets a leading {@code '}, so opening the file never runs what an entry holds.
 */
final class AuditCsv implements ChainCheck.Sink {

    static final String[] COLUMNS = { "sequence", "time", "user", "role", "site", "action", "target", "outcome",
            "detail", "hash", "chain" };

    private final Writer out;
    private final Locale locale;
    private final boolean codes;
    private final BundleTexts own = BundleTexts.of(AuditCsv.class);
    private final BundleTexts platform = BundleTexts.of(AuditLog.class);
    private final ZoneId zone = ZoneId.systemDefault();
    private final DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

    AuditCsv(Writer out, Locale locale) throws IOException {
        this.out = out;
        this.locale = locale;
        this.codes = locale == null || locale.getLanguage().isEmpty();
        out.write('\uFEFF');
        String[] header = new String[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            header[i] = codes ? COLUMNS[i] : own.format(locale, "csv." + COLUMNS[i], zone.getId());
        }
        row(header);
    }

    @Override
    public void entry(StoredEntry e, ChainCheck.Status status) throws IOException {
        row(Long.toString(e.sequence()), time(Instant.ofEpochMilli(e.epochMillis())), text(e.user()),
                named("role.", e.role()), text(e.site()), action(e.action()), text(e.target()),
                named("audit.outcome.", e.outcome()), text(e.detail()), e.hash(), status(status));
    }

    @Override
    public void missing(long from, long to) throws IOException {
        row(from == to ? Long.toString(from) : from + "-" + to, "", "", "", "", "", "", "", "", "",
                status(ChainCheck.Status.MISSING));
    }

    void pending(Draft d) throws IOException {
        row("", time(d.time()), text(d.user()), named("role.", d.role().name()), text(d.site()), action(d.action()),
                text(d.target()), named("audit.outcome.", d.outcome().name()), text(d.detail()), "",
                status(ChainCheck.Status.PENDING));
    }

    private String time(Instant t) {
        return codes ? t.toString() : local.format(t.atZone(zone));
    }

    private String named(String prefix, String value) {
        return codes ? text(value) : text(platform.text(locale, prefix + value.toLowerCase(Locale.ROOT), value));
    }

    private String action(String action) {
        return codes ? text(action) : text(platform.text(locale, "audit.action." + action, action));
    }

    private String status(ChainCheck.Status status) {
        return codes ? status.code() : own.text(locale, "chain." + status.code(), status.code());
    }

    /** Guards against spreadsheet formulas in what an entry holds. */
    static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private void row(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields[i]));
        }
        out.write("\r\n");
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
