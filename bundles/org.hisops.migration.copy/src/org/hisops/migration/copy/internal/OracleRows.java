package org.hisops.migration.copy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Oracle rows -> COPY text lines, column by column after the source type (the mapping's other half). */
final class OracleRows {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

    private OracleRows() {
    }

    /** The current row as one COPY text line, its newline included. */
    static void line(ResultSet rs, List<String> sourceTypes, ByteArrayOutputStream out)
            throws SQLException, IOException {
        for (int i = 0; i < sourceTypes.size(); i++) {
            if (i > 0) {
                out.write(CopyText.TAB);
            }
            value(rs, i + 1, sourceTypes.get(i).toUpperCase(Locale.ROOT), out);
        }
        out.write(CopyText.NEWLINE);
    }

    private static void value(ResultSet rs, int index, String type, ByteArrayOutputStream out)
            throws SQLException, IOException {
        if (type.startsWith("NUMBER") || type.startsWith("FLOAT") || type.startsWith("BINARY_")) {
            BigDecimal number = rs.getBigDecimal(index);
            CopyText.appendText(out, number == null ? null : number.toPlainString());
        } else if (type.equals("DATE") || (type.startsWith("TIMESTAMP") && !type.contains("TIME ZONE"))) {
            Timestamp time = rs.getTimestamp(index);
            CopyText.appendText(out, time == null ? null : time.toLocalDateTime().format(LOCAL));
        } else if (type.startsWith("TIMESTAMP")) {
            OffsetDateTime time = rs.getObject(index, OffsetDateTime.class);
            CopyText.appendText(out, time == null ? null : time.format(ZONED));
        } else if (type.equals("BLOB")) {
            Blob blob = rs.getBlob(index);
            if (blob == null) {
                CopyText.appendNull(out);
            } else {
                try (InputStream in = blob.getBinaryStream()) {
                    CopyText.appendBytes(out, in.readAllBytes());
                } finally {
                    blob.free();
                }
            }
        } else if (type.startsWith("RAW") || type.equals("LONG RAW")) {
            CopyText.appendBytes(out, rs.getBytes(index));
        } else if (type.equals("CLOB") || type.equals("NCLOB")) {
            Clob clob = rs.getClob(index);
            if (clob == null) {
                CopyText.appendNull(out);
            } else {
                try (Reader in = clob.getCharacterStream()) {
                    StringBuilder text = new StringBuilder();
                    char[] buffer = new char[8192];
                    for (int n; (n = in.read(buffer)) > 0;) {
                        text.append(buffer, 0, n);
                    }
                    CopyText.appendText(out, text.toString());
                } finally {
                    clob.free();
                }
            }
        } else if (type.startsWith("INTERVAL")) {
            CopyText.appendText(out, rs.getString(index));
        } else {
            // VARCHAR2, NVARCHAR2, CHAR, NCHAR, LONG, ROWID, XMLTYPE: the text itself; Oracle's '' is already NULL
            CopyText.appendText(out, rs.getString(index));
        }
    }
}
