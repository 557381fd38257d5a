package org.hisops.db.postgres.embedded.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Unpacks a tar stream below a folder: regular files, directories, symbolic and hard links, with their permission
 * bits. Understands POSIX ustar (name prefix), GNU long names and long link names ({@code L}/{@code K} entries),
 * PAX {@code path}/{@code linkpath}/{@code size} records, and GNU base-256 sizes. The JDK has no tar reader, and
 * the PostgreSQL binaries need their executable bits and library symlinks to run.
 * <p>
 * Entries may not leave the target folder: absolute names, {@code ..} and writes through a symlinked parent that
 * points elsewhere are rejected.
 */
public final class TarExtractor {

    private static final int BLOCK = 512;

    private TarExtractor() {
    }

    /**
     * Unpacks {@code tar} (not compressed) into {@code target}, which must exist and should be empty.
     *
     * @throws IOException on a read or write error, a damaged header, or an entry that would leave {@code target}
     */
    public static void extract(InputStream tar, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        Path realRoot = root.toRealPath();
        byte[] header = new byte[BLOCK];
        String longName = null;
        String longLink = null;
        Map<String, String> pax = Map.of();
        // Directory modes are applied last: a read-only directory would refuse the files that follow it.
        Map<Path, Integer> directoryModes = new LinkedHashMap<>();

        while (readBlock(tar, header)) {
            if (isZero(header)) {
                break; // end-of-archive marker (two zero blocks; the first is enough)
            }
            verifyChecksum(header);
            char type = (char) (header[156] & 0xff);
            long size = pax.containsKey("size") ? Long.parseLong(pax.get("size")) : number(header, 124, 12);

            // Meta entries describe the entry that follows them.
            switch (type) {
                case 'L' -> {
                    longName = trimNul(new String(readData(tar, size), StandardCharsets.UTF_8));
                    continue;
                }
                case 'K' -> {
                    longLink = trimNul(new String(readData(tar, size), StandardCharsets.UTF_8));
                    continue;
                }
                case 'x' -> {
                    pax = paxRecords(readData(tar, size));
                    continue;
                }
                case 'g' -> {
                    readData(tar, size); // global PAX defaults: nothing we use
                    continue;
                }
                default -> {
                    // a real entry
                }
            }

            String name = longName != null ? longName : pax.getOrDefault("path", headerName(header));
            String link = longLink != null ? longLink : pax.getOrDefault("linkpath", string(header, 157, 100));
            longName = null;
            longLink = null;
            pax = Map.of();
            int mode = (int) number(header, 100, 8) & 0777; // no setuid/setgid/sticky from an archive
            long mtime = number(header, 136, 12);

            Path path = inside(root, name);
            switch (type) {
                case '0', '\0', '7' -> {
                    prepareParent(path, realRoot);
                    Files.deleteIfExists(path); // a later duplicate entry wins, as with tar itself
                    try (OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW,
                            StandardOpenOption.WRITE)) {
                        copy(tar, out, size);
                    }
                    skipPadding(tar, size);
                    Files.setPosixFilePermissions(path, permissions(mode));
                    Files.setLastModifiedTime(path, FileTime.fromMillis(mtime * 1000));
                }
                case '5' -> {
                    if (!path.equals(root)) {
                        prepareParent(path, realRoot);
                        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                            Files.createDirectory(path);
                        }
                        directoryModes.put(path, mode);
                    }
                    skipData(tar, size);
                }
                case '2' -> {
                    prepareParent(path, realRoot);
                    Files.deleteIfExists(path);
                    Files.createSymbolicLink(path, Path.of(link));
                    skipData(tar, size);
                }
                case '1' -> {
                    // Hard link: the target is named from the archive root. A copy is as good for read-only files.
                    Path source = inside(root, link);
                    prepareParent(path, realRoot);
                    Files.deleteIfExists(path);
                    Files.copy(source, path, StandardCopyOption.COPY_ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
                    skipData(tar, size);
                }
                default -> skipData(tar, size); // devices, FIFOs, sparse files: not in a PostgreSQL archive
            }
        }

        // Folders the archive only implies get the usual 0755, whatever the process umask is.
        Set<PosixFilePermission> implied = permissions(0755);
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                if (!dir.equals(root)) {
                    Integer mode = directoryModes.get(dir);
                    Files.setPosixFilePermissions(dir, mode != null ? permissions(mode | 0700) : implied);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The entry's path below {@code root}; refuses names that would leave it. */
    private static Path inside(Path root, String name) throws IOException {
        String relative = name;
        while (relative.startsWith("./")) {
            relative = relative.substring(2);
        }
        if (relative.startsWith("/")) {
            throw new IOException("tar entry with an absolute name: " + name);
        }
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) {
            throw new IOException("tar entry outside the target folder: " + name);
        }
        return path;
    }

    /** Creates the parent folders and makes sure no symlink among them leads out of the target. */
    private static void prepareParent(Path path, Path realRoot) throws IOException {
        Path parent = path.getParent();
        Files.createDirectories(parent);
        if (!parent.toRealPath().startsWith(realRoot)) {
            throw new IOException("tar entry written through a symlink out of the target folder: " + path);
        }
    }

    private static String headerName(byte[] header) {
        String name = string(header, 0, 100);
        // Only POSIX ustar ("ustar\0") has a name prefix; old GNU headers keep times in that field.
        boolean posix = header[257] == 'u' && header[258] == 's' && header[259] == 't' && header[260] == 'a'
                && header[261] == 'r' && header[262] == 0;
        if (posix) {
            String prefix = string(header, 345, 155);
            if (!prefix.isEmpty()) {
                return prefix + "/" + name;
            }
        }
        return name;
    }

    private static void verifyChecksum(byte[] header) throws IOException {
        long stored = number(header, 148, 8);
        long unsigned = 0;
        long signed = 0;
        for (int i = 0; i < BLOCK; i++) {
            byte b = (i >= 148 && i < 156) ? (byte) ' ' : header[i];
            unsigned += b & 0xff;
            signed += b; // some old tars summed signed bytes
        }
        if (stored != unsigned && stored != signed) {
            throw new IOException("damaged tar header (checksum " + stored + " != " + unsigned + ")");
        }
    }

    /** An octal field, or a GNU base-256 number when the high bit of the first byte is set. */
    private static long number(byte[] header, int offset, int length) throws IOException {
        if ((header[offset] & 0x80) != 0) {
            long value = header[offset] & 0x7f;
            for (int i = 1; i < length; i++) {
                value = (value << 8) | (header[offset + i] & 0xff);
            }
            return value;
        }
        long value = 0;
        int i = offset;
        int end = offset + length;
        while (i < end && (header[i] == ' ' || header[i] == 0)) {
            i++;
        }
        for (; i < end && header[i] >= '0' && header[i] <= '7'; i++) {
            value = value * 8 + (header[i] - '0');
        }
        if (i < end && header[i] != ' ' && header[i] != 0) {
            throw new IOException("damaged tar header: bad number at offset " + offset);
        }
        return value;
    }

    private static String string(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static String trimNul(String s) {
        int nul = s.indexOf('\0');
        return nul >= 0 ? s.substring(0, nul) : s;
    }

    /** PAX extended header: records of the form "{length} {key}={value}\n". */
    private static Map<String, String> paxRecords(byte[] data) throws IOException {
        Map<String, String> records = new HashMap<>();
        int pos = 0;
        while (pos < data.length) {
            int space = pos;
            while (space < data.length && data[space] != ' ') {
                space++;
            }
            if (space >= data.length) {
                break;
            }
            int length = Integer.parseInt(new String(data, pos, space - pos, StandardCharsets.US_ASCII));
            if (length <= 0 || pos + length > data.length) {
                throw new IOException("damaged PAX header");
            }
            String record = new String(data, space + 1, pos + length - space - 2, StandardCharsets.UTF_8);
            int eq = record.indexOf('=');
            if (eq > 0) {
                records.put(record.substring(0, eq), record.substring(eq + 1));
            }
            pos += length;
        }
        return records;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = { PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_READ };
        for (int i = 0; i < bits.length; i++) {
            if ((mode & (1 << i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    private static boolean readBlock(InputStream in, byte[] block) throws IOException {
        int n = in.readNBytes(block, 0, BLOCK);
        if (n == 0) {
            return false; // tolerated: an archive cut right after its last entry
        }
        if (n < BLOCK) {
            throw new IOException("truncated tar archive");
        }
        return true;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] readData(InputStream in, long size) throws IOException {
        if (size > 1 << 20) {
            throw new IOException("tar meta entry too large: " + size);
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length < size) {
            throw new IOException("truncated tar archive");
        }
        skipPadding(in, size);
        return data;
    }

    private static void copy(InputStream in, OutputStream out, long size) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long left = size;
        while (left > 0) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                throw new IOException("truncated tar archive");
            }
            out.write(buffer, 0, n);
            left -= n;
        }
    }

    private static void skipData(InputStream in, long size) throws IOException {
        skip(in, size);
        skipPadding(in, size);
    }

    private static void skipPadding(InputStream in, long size) throws IOException {
        skip(in, (BLOCK - size % BLOCK) % BLOCK);
    }

    private static void skip(InputStream in, long n) throws IOException {
        in.skipNBytes(n);
    }
}
