package org.hisops.platform.vendor.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.zip.ZipFile;

import org.osgi.service.log.Logger;

/**
 * Watches the {@code dropins} folder on a thread of its own and hands the reconciler the jar files present and those
 * ready. A file is ready once its size and modification time held still between two looks and it opens as a zip
 * (a copy in progress has no central directory yet); one that never opens is handed over after
 * {@link #GIVE_UP_NANOS} so that its refusal is reported. Besides the folder's events, it looks every
 * {@link #IDLE_MILLIS} in case an event was lost (network folders, overflows).
 */
final class DropinsWatcher {

    static final long SETTLE_MILLIS = 200;
    static final long IDLE_MILLIS = 30_000;
    static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(3);

    private final Path folder;
    private final BiConsumer<Set<String>, Map<String, Path>> reconciler;
    private final Logger logger;
    private final Map<String, Observation> seen = new HashMap<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile WatchService watch;

    private record Observation(long size, long modified, long since) {
    }

    DropinsWatcher(Path folder, BiConsumer<Set<String>, Map<String, Path>> reconciler, Logger logger) {
        this.folder = folder;
        this.reconciler = reconciler;
        this.logger = logger;
        this.thread = new Thread(this::run, "hisops-dropins");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        running = false;
        WatchService w = watch;
        if (w != null) {
            try {
                w.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Forgets what was seen, so every file is handed over again (after a trust or switch change). */
    void rescan() {
        synchronized (seen) {
            seen.clear();
        }
        thread.interrupt();
    }

    private void run() {
        try {
            watch = folder.getFileSystem().newWatchService();
            folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
        } catch (IOException e) {
            logger.warn("The dropins folder {} is looked at every {} s only: {}", folder, IDLE_MILLIS / 1000, e.toString());
        }
        logger.info("Watching {} for vendor bundles", folder);
        while (running) {
            boolean pending;
            try {
                pending = scan();
            } catch (RuntimeException e) {
                logger.error("Looking at the dropins folder {} failed", folder, e);
                pending = true;
            }
            try {
                WatchService w = watch;
                long wait = pending ? SETTLE_MILLIS : IDLE_MILLIS;
                WatchKey key = w == null ? null : w.poll(wait, TimeUnit.MILLISECONDS);
                if (w == null) {
                    Thread.sleep(wait);
                }
                if (key != null) {
                    key.pollEvents();
                    if (!key.reset()) {
                        logger.warn("The dropins folder {} is no longer watched (deleted?)", folder);
                    }
                    // A burst of events (a copy writes many times): let it settle before looking.
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                // rescan() or stop()
            } catch (ClosedWatchServiceException e) {
                return;
            }
        }
    }

    /** One look at the folder; returns whether a file is still settling. */
    boolean scan() {
        Set<String> present = new HashSet<>();
        Map<String, Path> ready = new TreeMap<>();
        boolean pending = false;
        long now = System.nanoTime();
        synchronized (seen) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") || !name.toLowerCase(Locale.ROOT).endsWith(".jar")) {
                        continue;
                    }
                    BasicFileAttributes attributes;
                    try {
                        attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    } catch (IOException e) {
                        continue; // deleted meanwhile
                    }
                    if (!attributes.isRegularFile()) {
                        continue;
                    }
                    present.add(name);
                    Observation before = seen.get(name);
                    long modified = attributes.lastModifiedTime().toMillis();
                    if (before == null || before.size() != attributes.size() || before.modified() != modified) {
                        seen.put(name, new Observation(attributes.size(), modified, now));
                        pending = true;
                    } else if (now - before.since() >= TimeUnit.MILLISECONDS.toNanos(SETTLE_MILLIS) - 1
                            && (opens(file) || now - before.since() >= GIVE_UP_NANOS)) {
                        ready.put(name, file);
                    } else {
                        pending = true;
                    }
                }
            } catch (IOException e) {
                logger.warn("Cannot list the dropins folder {}: {}", folder, e.toString());
                return true;
            }
            seen.keySet().retainAll(present);
        }
        reconciler.accept(present, ready);
        return pending;
    }

    private static boolean opens(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
