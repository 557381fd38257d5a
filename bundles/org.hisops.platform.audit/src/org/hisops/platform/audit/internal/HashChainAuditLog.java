package org.hisops.platform.audit.internal;

import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.AuditRecord;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.DataFolder;
import org.hisops.platform.api.EmbeddedStore;
import org.hisops.platform.api.Role;
import org.hisops.platform.api.StoreException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The {@link AuditLog} in the {@link EmbeddedStore} (schema {@code AUDIT}, scripts in {@code store/}), chained by
 * {@link ChainHash}, with the newest entry also remembered in an {@link Anchor} outside the database.
 * <p>
 * {@link #append} takes who and the role from {@link AccessControl}, queues the entry and writes the queue in order
 * (one writer at a time, sequence = last + 1). When the store is missing or cannot be opened the entries stay queued,
 * the failure is logged once, and writing is tried again with a back-off (1 s doubling to 30 s) and whenever a store
 * comes; entries still queued when the log stops are kept in a {@link Spool} file for the next start. When a store
 * comes, the log first brings its schema up to date and checks the chain; a broken chain is logged and recorded once
 * per finding as a {@value AuditLog#CHECK_FAILED} entry.
 */
@Component(service = AuditLog.class, immediate = true)
public class HashChainAuditLog implements AuditLog {

    static final String OWNER = "audit";
    static final String SCRIPTS = "store";
    /** Longest user, site and action kept. */
    static final int MAX_NAME = 200;

    private static final String COLUMNS = "SEQ, ENTRY_TIME, USER_NAME, ROLE_NAME, SITE_ID, ACTION_NAME, TARGET, OUTCOME, "
            + "DETAIL, PREV_HASH, HASH";

    private final BundleContext context;
    private final Bundle bundle;
    private final DataFolder folder;
    private final Logger logger;
    private final String systemUser = System.getProperty("user.name", "?");
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService executor;
    /** One writer at a time; whoever holds it writes the queue and looks again after letting go. */
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ArrayDeque<Draft> pending = new ArrayDeque<>(); // guarded by itself
    private final Object accessLock = new Object();

    private volatile EmbeddedStore store;
    private volatile ServiceReference<AccessControl> accessReference;
    private ServiceReference<AccessControl> gotReference; // guarded by accessLock
    private AccessControl access; // guarded by accessLock
    private EmbeddedStore prepared; // guarded by writeLock: the store whose schema is up to date and checked
    private String reported; // guarded by writeLock: digest of the last finding recorded
    // written under writeLock; volatile so awaitWritten sees the spool gone only after it is deleted
    private volatile boolean spooled; // entries were read from the spool and not all written yet
    private volatile int failures; // consecutive failed writes, for the back-off and to log once
    private ScheduledFuture<?> retry; // guarded by this
    private volatile boolean active = true;

    @Activate
    public HashChainAuditLog(BundleContext context, @Reference DataFolder folder,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.context = context;
        this.bundle = context.getBundle();
        this.folder = folder;
        this.logger = logger;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hisops-audit");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Draft> kept = Spool.read(folder);
            if (!kept.isEmpty()) {
                synchronized (pending) {
                    pending.addAll(kept);
                }
                spooled = true;
                logger.info("{} audit entries kept at the last stop are written first", kept.size());
            }
        } catch (IOException | RuntimeException e) {
            logger.error("The kept audit entries in {} cannot be read; the file is left as it is", Spool.FILE, e);
        }
    }

    // Optional and dynamic on both sides: the log and the store come and go independently; entries wait meanwhile.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setStore(EmbeddedStore newStore) {
        store = newStore;
        later(this::write);
    }

    /** Called before the store goes away, while it still works: what is queued is written to it first. */
    void unsetStore(EmbeddedStore oldStore) {
        writeLock.lock();
        try {
            if (store != oldStore) {
                return;
            }
            if (prepared == oldStore && pendingCount() > 0) {
                writeLocked();
            }
            store = null;
            prepared = null;
        } finally {
            writeLock.unlock();
        }
    }

    // A reference, not the object: AccessControl's component refers to this log, so getting it while either is being
    // activated would be a circular activation. It is got when an entry needs it.
    @Reference(service = AccessControl.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setAccess(ServiceReference<AccessControl> reference) {
        accessReference = reference;
    }

    void unsetAccess(ServiceReference<AccessControl> reference) {
        synchronized (accessLock) {
            if (accessReference == reference) {
                accessReference = null;
            }
            if (gotReference == reference) {
                context.ungetService(reference);
                gotReference = null;
                access = null;
            }
        }
    }

    private AccessControl access() {
        synchronized (accessLock) {
            ServiceReference<AccessControl> reference = accessReference;
            if (reference != gotReference) {
                if (gotReference != null) {
                    context.ungetService(gotReference);
                }
                access = reference == null ? null : context.getService(reference);
                gotReference = access == null ? null : reference;
            }
            return access;
        }
    }

    @Override
    public void append(String siteId, String action, String target, AuditOutcome outcome, String detail) {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        AccessControl who = access();
        String user = systemUser;
        Role role = Role.OPERATOR;
        if (who != null) {
            try {
                user = who.user();
                role = who.role();
            } catch (RuntimeException e) {
                logger.warn("AccessControl could not say who is at the keyboard: {}", e.toString());
            }
        }
        String u = clean(user, MAX_NAME, false);
        Role r = role == null ? Role.OPERATOR : role;
        String site = clean(siteId, MAX_NAME, false);
        String a = clean(action, MAX_NAME, false);
        String t = clean(target, MAX_TARGET, false);
        String d = clean(detail, MAX_DETAIL, true);
        synchronized (pending) { // time taken in queue order: sequence and time agree (unless the clock jumps)
            pending.addLast(new Draft(Instant.now().truncatedTo(ChronoUnit.MILLIS), u, r, site, a, t, outcome, d));
        }
        if (write() == 0) {
            notifyListeners(); // kept in memory (or written by another thread, which tells too): shown either way
        }
    }

    private void notifyListeners() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                logger.error("An audit log listener failed", e);
            }
        }
    }

    /**
     * Drops control characters (keeping line breaks and tabs in the detail, where an error's lines belong) and cuts
     * to {@code max} characters, an ellipsis marking the cut, never inside a surrogate pair.
     */
    static String clean(String value, int max, boolean multiLine) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(Math.min(value.length(), max + 1));
        String v = value.replace("\r\n", "\n");
        for (int i = 0; i < v.length() && b.length() <= max; i++) {
            char c = v.charAt(i);
            if (c == '\n' || c == '\t' || c == '\r') {
                b.append(multiLine && c != '\r' ? c : ' ');
            } else if (!Character.isISOControl(c)) {
                b.append(c);
            }
        }
        if (b.length() > max) {
            int cut = max - 1;
            if (cut > 0 && Character.isHighSurrogate(b.charAt(cut - 1))) {
                cut--; // its low surrogate is being cut off
            }
            b.setLength(cut);
            b.append('\u2026');
        }
        return b.toString();
    }

    private int pendingCount() {
        synchronized (pending) {
            return pending.size();
        }
    }

    private enum Result { WRITTEN, NO_STORE, FAILED }

    /**
     * Writes the queue unless another thread is at it (which then looks again after letting go); tells the listeners
     * when it wrote something. Returns how many entries it wrote.
     */
    private int write() {
        int total = 0;
        try {
            while (true) {
                if (!writeLock.tryLock()) {
                    return total;
                }
                Result result;
                int before = pendingCount();
                try {
                    result = writeLocked();
                    total += Math.max(0, before - pendingCount());
                } finally {
                    writeLock.unlock();
                }
                if (result == Result.FAILED) {
                    scheduleRetry();
                    return total;
                }
                if (result == Result.NO_STORE || pendingCount() == 0) {
                    return total;
                }
            }
        } finally {
            if (total > 0) {
                notifyListeners();
            }
        }
    }

    /** Runs a task on the log's thread, unless the log has stopped. */
    private void later(Runnable task) {
        if (active) {
            try {
                executor.execute(task);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // stopped meanwhile; deactivation writes or spools what is left
            }
        }
    }

    /** Makes sure the store is ready (schema, check) and writes the queue. Holds {@link #writeLock}. */
    private Result writeLocked() {
        EmbeddedStore s = store;
        if (s == null) {
            if (pendingCount() > 0 && failures++ == 0) {
                logger.warn("No embedded store: audit entries are kept in memory until it comes");
            }
            return Result.NO_STORE;
        }
        try {
            prepareLocked(s);
            writePending(s);
            if (failures > 0) {
                logger.info("The audit log is written again; the entries kept meanwhile are stored");
                failures = 0;
            }
            if (spooled && pendingCount() == 0) {
                Spool.delete(folder);
                spooled = false;
            }
            return Result.WRITTEN;
        } catch (SQLException | IOException | RuntimeException e) {
            if (failures++ == 0) {
                logger.warn("The audit log cannot be written now; {} entries are kept in memory and written when the "
                        + "embedded store is back: {}", pendingCount(), e.getMessage());
            }
            return Result.FAILED;
        }
    }

    private synchronized void scheduleRetry() {
        if (!active || (retry != null && !retry.isDone())) {
            return;
        }
        long seconds = Math.min(30, 1L << Math.min(Math.max(failures - 1, 0), 5));
        try {
            retry = executor.schedule(this::write, seconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // stopped meanwhile
        }
    }

    /** Once per store: brings the schema up to date, anchors a new log, checks an existing one. */
    private void prepareLocked(EmbeddedStore s) throws SQLException, IOException {
        if (prepared == s) {
            return;
        }
        s.migrate(OWNER, bundle, SCRIPTS);
        Anchor anchor = Anchor.read(folder);
        reported = anchor == null ? null : anchor.reported();
        try (Connection c = s.connection()) {
            if (anchor == null && count(c) == 0) {
                new Anchor(0, ChainHash.GENESIS, null).write(folder);
            } else {
                Verification v = check(c, anchor, pendingCount(), null);
                if (!v.intact()) {
                    String finding = ChainHash.of(0, 0, v.broken().toString(), v.missing().toString(),
                            Boolean.toString(v.anchorLost()), "", "", "", "", "");
                    String text = describe(v);
                    if (finding.equals(reported)) {
                        logger.warn("The audit log in {} is not intact (recorded before): {}", s.file(), text);
                    } else {
                        logger.error("The audit log in {} has been tampered with: {}", s.file(), text);
                        reported = finding;
                        synchronized (pending) {
                            pending.addLast(new Draft(Instant.now().truncatedTo(ChronoUnit.MILLIS), systemUser,
                                    Role.OPERATOR, "", CHECK_FAILED, s.file().getFileName().toString(),
                                    AuditOutcome.FAILED, clean(text, MAX_DETAIL, true)));
                        }
                    }
                }
            }
        }
        prepared = s;
    }

    private static long count(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet r = st.executeQuery("SELECT COUNT(*) FROM AUDIT.ENTRY")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** "edited or replaced: 3, 7; missing: 9-12; the record of the newest entry is lost". */
    static String describe(Verification v) {
        List<String> parts = new ArrayList<>();
        if (!v.broken().isEmpty()) {
            parts.add("edited or replaced: " + ranges(v.broken()));
        }
        if (!v.missing().isEmpty()) {
            parts.add("missing: " + ranges(v.missing()));
        }
        if (v.anchorLost()) {
            parts.add("the record of the newest entry (" + Anchor.FILE + ") is lost");
        }
        return String.join("; ", parts);
    }

    /** 1, 2, 3, 5 as "1-3, 5". */
    static String ranges(List<Long> sequences) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < sequences.size(); i++) {
            long from = sequences.get(i);
            long to = from;
            while (i + 1 < sequences.size() && sequences.get(i + 1) == to + 1) {
                to = sequences.get(++i);
            }
            b.append(b.length() > 0 ? ", " : "").append(from == to ? Long.toString(from) : from + "-" + to);
        }
        return b.toString();
    }

    /** Writes the queue in order. Holds {@link #writeLock}. */
    private void writePending(EmbeddedStore s) throws SQLException {
        if (pendingCount() == 0) {
            return;
        }
        try (Connection c = s.connection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO AUDIT.ENTRY (" + COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long sequence;
            String hash;
            // Chain on from the newest entry the database holds, unless the anchor remembers a later one (the newest
            // entries were deleted) or another hash for it: then on from the anchor, so the gap or the changed entry
            // stays visible instead of being papered over by the next entry.
            try (Statement st = c.createStatement();
                    ResultSet r = st.executeQuery("SELECT SEQ, HASH FROM AUDIT.ENTRY ORDER BY SEQ DESC LIMIT 1")) {
                sequence = r.next() ? r.getLong(1) : 0;
                hash = sequence == 0 ? ChainHash.GENESIS : r.getString(2);
            }
            Anchor anchor = Anchor.read(folder);
            if (anchor != null && anchor.sequence() >= sequence) {
                sequence = anchor.sequence();
                hash = anchor.hash();
            }
            while (true) {
                Draft draft;
                synchronized (pending) {
                    draft = pending.peekFirst();
                }
                if (draft == null) {
                    return;
                }
                StoredEntry e = draft.chain(sequence + 1, hash);
                insert.setLong(1, e.sequence());
                insert.setObject(2, OffsetDateTime.ofInstant(Instant.ofEpochMilli(e.epochMillis()), ZoneOffset.UTC));
                insert.setString(3, e.user());
                insert.setString(4, e.role());
                insert.setString(5, e.site());
                insert.setString(6, e.action());
                insert.setString(7, e.target());
                insert.setString(8, e.outcome());
                insert.setString(9, e.detail());
                insert.setString(10, e.previousHash());
                insert.setString(11, e.hash());
                insert.executeUpdate(); // auto-commit: written for good
                synchronized (pending) {
                    pending.removeFirst();
                }
                sequence = e.sequence();
                hash = e.hash();
                try {
                    new Anchor(sequence, hash, reported).write(folder);
                } catch (IOException ex) {
                    logger.error("The audit anchor {} cannot be written; deleting the newest entries would go unnoticed",
                            Anchor.FILE, ex);
                }
            }
        }
    }

    /** The store, ready for reading; {@code null} when there is none. Throws when it cannot be opened. */
    private EmbeddedStore ready() throws SQLException, IOException {
        writeLock.lock();
        try {
            EmbeddedStore s = store;
            if (s != null) {
                prepareLocked(s);
            }
            return s;
        } finally {
            writeLock.unlock();
            if (pendingCount() > 0) {
                later(this::write); // whoever appended meanwhile left the writing to the holder
            }
        }
    }

    @Override
    public List<AuditRecord> latest(int limit) {
        List<AuditRecord> records = new ArrayList<>();
        synchronized (pending) {
            for (Iterator<Draft> i = pending.descendingIterator(); i.hasNext() && records.size() < limit;) {
                records.add(i.next().toRecord());
            }
        }
        if (records.size() >= limit) {
            return records;
        }
        try {
            EmbeddedStore s = ready();
            if (s != null) {
                try (Connection c = s.connection();
                        PreparedStatement q = c.prepareStatement("SELECT " + COLUMNS
                                + " FROM AUDIT.ENTRY ORDER BY SEQ DESC LIMIT ?")) {
                    q.setInt(1, limit - records.size());
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            records.add(row(r).toRecord());
                        }
                    }
                }
            }
        } catch (SQLException | IOException e) {
            logger.debug("Reading the audit log: {}", e.toString());
        }
        return records;
    }

    @Override
    public Verification verify() {
        try {
            EmbeddedStore s = ready();
            if (s == null) {
                return unreadable(new StoreException(StoreException.Reason.ABSENT, null, "no embedded store", null));
            }
            Anchor anchor = Anchor.read(folder); // before the rows: an entry written meanwhile leaves it behind, not ahead
            try (Connection c = s.connection()) {
                return check(c, anchor, pendingCount(), null);
            }
        } catch (SQLException e) {
            return unreadable(e instanceof StoreException se ? se
                    : new StoreException(StoreException.Reason.UNAVAILABLE, null, e.getMessage(), e));
        } catch (IOException e) {
            return unreadable(new StoreException(StoreException.Reason.UNAVAILABLE, null, e.getMessage(), e));
        }
    }

    private Verification unreadable(StoreException problem) {
        return new Verification(0, List.of(), List.of(), false, pendingCount(), problem);
    }

    private Verification check(Connection c, Anchor anchor, long waiting, ChainCheck.Sink sink)
            throws SQLException, IOException {
        ChainCheck check = new ChainCheck(anchor, sink != null ? sink : new ChainCheck.Sink() {
            @Override
            public void entry(StoredEntry entry, ChainCheck.Status status) {
                // only the lists
            }

            @Override
            public void missing(long from, long to) {
                // only the lists
            }
        });
        try (Statement st = c.createStatement()) {
            st.setFetchSize(500);
            try (ResultSet r = st.executeQuery("SELECT " + COLUMNS + " FROM AUDIT.ENTRY ORDER BY SEQ")) {
                while (r.next()) {
                    check.accept(row(r));
                }
            }
        }
        boolean anchorLost = check.finish();
        return new Verification(check.entries(), check.broken(), check.missing(), anchorLost, waiting, null);
    }

    private static StoredEntry row(ResultSet r) throws SQLException {
        OffsetDateTime time = r.getObject(2, OffsetDateTime.class);
        return new StoredEntry(r.getLong(1), time.toInstant().toEpochMilli(), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                r.getString(11));
    }

    @Override
    public void exportCsv(Writer out, Locale locale) throws IOException {
        List<Draft> waiting;
        synchronized (pending) {
            waiting = new ArrayList<>(pending); // before the rows: an entry written meanwhile shows twice, never not
        }
        try {
            EmbeddedStore s = ready();
            if (s == null) {
                throw new IOException("the audit log cannot be read: no embedded store");
            }
            Anchor anchor = Anchor.read(folder);
            try (Connection c = s.connection()) {
                AuditCsv csv = new AuditCsv(out, locale);
                check(c, anchor, waiting.size(), csv);
                for (Draft d : waiting) {
                    csv.pending(d);
                }
            }
        } catch (SQLException e) {
            throw new IOException("the audit log cannot be read: " + e.getMessage(), e);
        }
        out.flush();
    }

    @Override
    public CapabilityRegistry.Registration addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Writes what it can; what is still queued goes to the spool for the next start. */
    @Deactivate
    void deactivate() {
        active = false;
        executor.shutdownNow();
        writeLock.lock();
        try {
            if (pendingCount() > 0) {
                writeLocked();
            }
            List<Draft> left;
            synchronized (pending) {
                left = new ArrayList<>(pending);
            }
            if (!left.isEmpty()) {
                Spool.write(folder, left);
                logger.warn("{} audit entries could not be written to the embedded store; they are kept in {} and "
                        + "written at the next start", left.size(), Spool.FILE);
            }
        } catch (IOException e) {
            logger.error("{} audit entries could not be kept in {}: they are lost", pendingCount(), Spool.FILE, e);
        } finally {
            writeLock.unlock();
        }
        synchronized (accessLock) {
            if (gotReference != null) {
                context.ungetService(gotReference);
                gotReference = null;
                access = null;
            }
        }
    }

    /**
     * For tests: waits until nothing is queued and a spool read at start is deleted, or the time is up; true when
     * both hold. The queue empties before the spool is deleted, so waiting on the queue alone races the deletion.
     */
    boolean awaitWritten(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while ((pendingCount() > 0 || spooled) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return pendingCount() == 0 && !spooled;
    }
}
