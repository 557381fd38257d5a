package org.hisops.migration.copy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

import org.hisops.db.postgres.embedded.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

/**
 * The COPY binary framing and the decoding of a refused row's values, against what a real PostgreSQL server sends;
 * which column types may go in binary.
 */
class CopyBinaryTest {

    @TempDir
    Path temp;

    @Test
    void builtInScalarTypesGoInBinaryArraysEnumsAndUserTypesDoNot() {
        assertTrue(CopyBinary.eligible(List.of("bigint", "character varying(40)", "character(1)", "date",
                "timestamp with time zone", "timestamp(3) without time zone", "bytea", "numeric(12,2)", "numeric",
                "text", "smallint", "integer", "uuid", "jsonb", "interval", "double precision", "boolean")));
        assertFalse(CopyBinary.eligible(List.of("bigint", "integer[]")), "an array carries its element type's id");
        assertFalse(CopyBinary.eligible(List.of("bigint", "his.gender")), "an enum or domain of the schema");
        assertFalse(CopyBinary.eligible(List.of("bigint", "hstore")), "an extension's type");
        assertFalse(CopyBinary.eligible(List.of()));
    }

    @Test
    void aRowFromTheServerIsFramedAndItsValuesDecodedAsTheServerPrintsThem() throws Exception {
        List<String> types = List.of("smallint", "integer", "bigint", "numeric(12,3)", "numeric", "numeric",
                "numeric", "character varying(20)", "date", "timestamp(6) without time zone",
                "timestamp with time zone", "uuid", "text", "bytea", "numeric(20,2)");
        String select = "SELECT 42::smallint, -7, 9007199254740993::bigint, 12345.670::numeric(12,3), -0.000001, "
                + "0::numeric, 'NaN'::numeric, '\u5f20\u4e09'::varchar(20), DATE '1999-12-31', "
                + "TIMESTAMP '2024-02-29 13:45:01.123456', TIMESTAMPTZ '2024-01-01 00:00:00+08', "
                + "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid, NULL::text, '\\x0102ff'::bytea, "
                + "-123456789012345678.90::numeric(20,2)";
        try (PostgresServer server = PostgresServer.builder(temp, "binary").build().start();
                Connection c = server.connect("postgres")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            c.unwrap(PGConnection.class).getCopyAPI().copyOut("COPY (" + select + ") TO STDOUT (FORMAT binary)", out);
            byte[] stream = out.toByteArray();
            int header = CopyBinary.headerLength(stream);
            assertEquals(CopyBinary.HEADER.length, header);
            assertTrue(CopyBinary.trailer(stream, stream.length - 2));
            List<String> fields = CopyBinary.fields(stream, header, stream.length - 2, types);
            assertEquals(Arrays.asList("42", "-7", "9007199254740993", "12345.670", "-0.000001", "0", "NaN",
                    "\u5f20\u4e09", "1999-12-31", "2024-02-29T13:45:01.123456", "2023-12-31T16:00Z",
                    "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", null, "\\x0102ff", "-123456789012345678.90"), fields);
        }
    }

    @Test
    void aStreamWithoutTheSignatureIsRefused() {
        assertThrows(IllegalStateException.class, () -> CopyBinary.headerLength("1\t2\n".getBytes()));
    }
}
