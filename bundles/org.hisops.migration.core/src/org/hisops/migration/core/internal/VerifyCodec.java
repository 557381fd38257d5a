package org.hisops.migration.core.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.hisops.db.api.DbProblem;
import org.hisops.db.api.Engine;
import org.hisops.migration.api.ComparedBy;
import org.hisops.migration.api.RepairScript;
import org.hisops.migration.api.RowDifference;
import org.hisops.migration.api.TablePair;
import org.hisops.migration.api.TableResult;
import org.hisops.migration.api.TableStatus;

/** The store's binary form of keys, key lists and table results (typed, so a resumed run binds keys alike). */
final class VerifyCodec {

    private VerifyCodec() {
    }

    static byte[] keys(List<List<Object>> keys) {
        return write(out -> {
            out.writeInt(keys.size());
            for (List<Object> key : keys) {
                out.writeInt(key.size());
                for (Object v : key) {
                    value(out, v);
                }
            }
        });
    }

    static List<List<Object>> keys(byte[] bytes) {
        if (bytes == null) {
            return List.of();
        }
        return read(bytes, in -> {
            int n = in.readInt();
            List<List<Object>> keys = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int m = in.readInt();
                List<Object> key = new ArrayList<>(m);
                for (int j = 0; j < m; j++) {
                    key.add(value(in));
                }
                keys.add(key);
            }
            return keys;
        });
    }

    static byte[] result(TableResult r) {
        return write(out -> {
            out.writeUTF(r.status().name());
            out.writeUTF(r.comparedBy().name());
            out.writeLong(r.sourceRows());
            out.writeLong(r.targetRows());
            out.writeInt(r.segments());
            out.writeInt(r.segmentsCompared());
            out.writeLong(r.differencesFound());
            out.writeLong(r.settledOnRecheck());
            out.writeInt(r.differences().size());
            for (RowDifference d : r.differences()) {
                out.writeUTF(d.kind().name());
                strings(out, d.key());
                strings(out, d.sourceValues());
                strings(out, d.targetValues());
                strings(out, d.changedColumns());
            }
            strings(out, r.columns());
            strings(out, r.keyColumns());
            strings(out, r.rules());
            text(out, r.problem() == null ? null : r.problem().name());
            text(out, r.problemMessage());
            out.writeBoolean(r.repair() != null);
            if (r.repair() != null) {
                out.writeUTF(r.repair().dialect().name());
                strings(out, r.repair().statements());
                out.writeBoolean(r.repair().complete());
            }
        });
    }

    static TableResult result(TablePair pair, byte[] bytes) {
        return read(bytes, in -> {
            TableStatus status = TableStatus.valueOf(in.readUTF());
            ComparedBy by = ComparedBy.valueOf(in.readUTF());
            long sourceRows = in.readLong();
            long targetRows = in.readLong();
            int segments = in.readInt();
            int compared = in.readInt();
            long found = in.readLong();
            long settled = in.readLong();
            int n = in.readInt();
            List<RowDifference> differences = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                differences.add(new RowDifference(RowDifference.Kind.valueOf(in.readUTF()), strings(in), strings(in),
                        strings(in), strings(in)));
            }
            List<String> columns = strings(in);
            List<String> keyColumns = strings(in);
            List<String> rules = strings(in);
            String problem = text(in);
            String message = text(in);
            RepairScript repair = null;
            if (in.readBoolean()) {
                repair = new RepairScript(Engine.valueOf(in.readUTF()), strings(in), in.readBoolean());
            }
            return new TableResult(pair, status, by, sourceRows, targetRows, segments, compared, found, settled,
                    differences, columns, keyColumns, rules, problem == null ? null : DbProblem.valueOf(problem),
                    message, repair);
        });
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(byte[] bytes, Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            text(out, s);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(text(in));
        }
        return list;
    }

    private static void value(DataOutputStream out, Object v) throws IOException {
        switch (v) {
            case null -> out.writeByte(0);
            case Long l -> {
                out.writeByte(1);
                out.writeLong(l);
            }
            case BigDecimal d -> {
                out.writeByte(2);
                text(out, d.toString());
            }
            case Timestamp t -> {
                out.writeByte(4);
                text(out, t.toLocalDateTime().toString());
            }
            case OffsetDateTime t -> {
                out.writeByte(5);
                text(out, t.toString());
            }
            default -> {
                out.writeByte(3);
                text(out, v.toString());
            }
        }
    }

    private static Object value(DataInputStream in) throws IOException {
        return switch (in.readByte()) {
            case 0 -> null;
            case 1 -> in.readLong();
            case 2 -> new BigDecimal(text(in));
            case 4 -> Timestamp.valueOf(java.time.LocalDateTime.parse(text(in)));
            case 5 -> OffsetDateTime.parse(text(in));
            default -> text(in);
        };
    }
}
