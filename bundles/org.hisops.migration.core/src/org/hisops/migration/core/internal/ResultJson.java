package org.hisops.migration.core.internal;

import java.util.List;

import org.hisops.migration.api.RowDifference;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.VerifyResult;

/** The run as JSON: codes and figures, not translated; the schema is in docs/migration.md. */
final class ResultJson {

    private ResultJson() {
    }

    static String of(VerifyResult r) {
        StringBuilder s = new StringBuilder("{");
        field(s, "runId", r.runId()).append(',');
        field(s, "source", r.sourceId()).append(',');
        field(s, "target", r.targetId()).append(',');
        field(s, "started", String.valueOf(r.started())).append(',');
        field(s, "finished", r.finished() == null ? null : r.finished().toString()).append(',');
        field(s, "sourceSnapshot", r.sourceSnapshot()).append(',');
        field(s, "targetSnapshot", r.targetSnapshot()).append(',');
        s.append("\"emulated\":").append(r.emulated()).append(',');
        field(s, "worst", r.worst().name()).append(",\"tables\":[");
        for (int i = 0; i < r.tables().size(); i++) {
            table(s.append(i == 0 ? "" : ","), r.tables().get(i));
        }
        return s.append("]}").toString();
    }

    private static void table(StringBuilder s, TableResult t) {
        s.append('{');
        field(s, "source", t.pair().sourceSchema() + "." + t.pair().sourceTable()).append(',');
        field(s, "target", t.pair().targetSchema() + "." + t.pair().targetTable()).append(',');
        field(s, "status", t.status().name()).append(',');
        field(s, "comparedBy", t.comparedBy().name()).append(',');
        s.append("\"sourceRows\":").append(t.sourceRows()).append(",\"targetRows\":").append(t.targetRows())
                .append(",\"segments\":").append(t.segments()).append(",\"segmentsCompared\":")
                .append(t.segmentsCompared()).append(",\"differencesFound\":").append(t.differencesFound())
                .append(",\"settledOnRecheck\":").append(t.settledOnRecheck()).append(',');
        list(s, "columns", t.columns()).append(',');
        list(s, "keyColumns", t.keyColumns()).append(',');
        list(s, "rules", t.rules()).append(',');
        field(s, "problem", t.problem() == null ? null : t.problem().name()).append(',');
        field(s, "problemMessage", t.problemMessage()).append(",\"differences\":[");
        for (int i = 0; i < t.differences().size(); i++) {
            RowDifference d = t.differences().get(i);
            s.append(i == 0 ? "{" : ",{");
            field(s, "kind", d.kind().name()).append(',');
            list(s, "key", d.key()).append(',');
            list(s, "source", d.sourceValues()).append(',');
            list(s, "target", d.targetValues()).append(',');
            list(s, "changed", d.changedColumns()).append('}');
        }
        s.append("],");
        if (t.repair() == null) {
            s.append("\"repair\":null}");
        } else {
            s.append("\"repair\":{");
            field(s, "dialect", t.repair().dialect().name()).append(",\"complete\":").append(t.repair().complete())
                    .append(',');
            list(s, "statements", t.repair().statements()).append("}}");
        }
    }

    private static StringBuilder field(StringBuilder s, String name, String value) {
        return string(s.append('"').append(name).append("\":"), value);
    }

    private static StringBuilder list(StringBuilder s, String name, List<String> values) {
        s.append('"').append(name).append("\":[");
        for (int i = 0; i < values.size(); i++) {
            string(s.append(i == 0 ? "" : ","), values.get(i));
        }
        return s.append(']');
    }

    private static StringBuilder string(StringBuilder s, String value) {
        if (value == null) {
            return s.append("null");
        }
        s.append('"');
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) {
                        s.append(String.format("\\u%04x", (int) c));
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.append('"');
    }
}
