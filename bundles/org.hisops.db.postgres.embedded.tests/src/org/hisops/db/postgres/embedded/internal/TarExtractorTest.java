package org.hisops.db.postgres.embedded.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The tar reader against archives written by the system's GNU tar in each of its formats. */
class TarExtractorTest {

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = { "gnu", "ustar", "pax" })
    void readsWhatGnuTarWrites(String format) throws Exception {
        Path source = temp.resolve("source");
        // 150 characters: beyond the 100 of a plain header; ustar splits it into prefix and name.
        Path deep = source.resolve("d".repeat(60)).resolve("e".repeat(60));
        Files.createDirectories(deep);
        Path tool = Files.writeString(deep.resolve("tool-with-a-long-name.sh"), "#!/bin/sh\necho hi\n");
        Files.setPosixFilePermissions(tool, PosixFilePermissions.fromString("rwxr-x---"));
        Files.write(source.resolve("empty"), new byte[0]);
        Files.write(source.resolve("block"), new byte[512]);
        // ustar cannot hold a link target over 100 characters; GNU and PAX can.
        Path linked = format.equals("ustar") ? source.resolve("block") : tool;
        Files.createSymbolicLink(source.resolve("link"), source.relativize(linked));
        Files.createLink(source.resolve("hard"), source.resolve("block"));

        Path archive = temp.resolve("a.tar");
        Process tar = new ProcessBuilder("tar", "--format=" + format, "-cf", archive.toString(), "-C",
                source.toString(), ".").redirectErrorStream(true).start();
        String out = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, tar.waitFor(), out);

        Path target = Files.createDirectory(temp.resolve("target"));
        try (InputStream in = Files.newInputStream(archive)) {
            TarExtractor.extract(in, target);
        }
        Path copy = target.resolve(source.relativize(tool));
        assertEquals("#!/bin/sh\necho hi\n", Files.readString(copy));
        assertEquals("rwxr-x---", PosixFilePermissions.toString(Files.getPosixFilePermissions(copy)));
        assertEquals(0, Files.size(target.resolve("empty")));
        assertEquals(512, Files.size(target.resolve("block")));
        assertEquals(512, Files.size(target.resolve("hard")));
        assertTrue(Files.isSymbolicLink(target.resolve("link")));
        assertEquals(target.resolve(source.relativize(linked)).toRealPath(), target.resolve("link").toRealPath());
    }

    @Test
    void refusesEntriesOutsideTheTarget() throws Exception {
        Path target = Files.createDirectory(temp.resolve("target"));
        byte[] archive = new byte[3 * 512];
        header(archive, "../escaped", '0');
        IOException refused = assertThrows(IOException.class,
                () -> TarExtractor.extract(new ByteArrayInputStream(archive), target));
        assertTrue(refused.getMessage().contains("outside"), refused.getMessage());
        assertFalse(Files.exists(temp.resolve("escaped")));
    }

    /** A minimal ustar header for an empty entry. */
    private static void header(byte[] block, String name, char type) {
        byte[] n = name.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(n, 0, block, 0, n.length);
        put(block, 100, "0000644");
        put(block, 108, "0000000");
        put(block, 116, "0000000");
        put(block, 124, "00000000000");
        put(block, 136, "00000000000");
        block[156] = (byte) type;
        put(block, 257, "ustar");
        put(block, 263, "00");
        for (int i = 148; i < 156; i++) {
            block[i] = ' ';
        }
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += block[i] & 0xff;
        }
        put(block, 148, String.format("%06o", sum));
    }

    private static void put(byte[] block, int offset, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, block, offset, bytes.length);
    }
}
