package org.hisops.platform.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AccessDeniedException.Reason;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.DataFolder;
import org.hisops.platform.api.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The administrator role behind a password. The password is kept only as a PBKDF2-HMAC-SHA256 hash with a random
 * salt and a high iteration count (so a copied file does not give the password away cheaply), in
 * {@code access.properties} of the {@link DataFolder}. Wrong passwords are counted in the same file, so restarting
 * the product does not lift a lock-out.
 */
@Component(service = AccessControl.class)
public class AdministratorAccess implements AccessControl {

    static final String FILE = "access.properties";
    static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256: about a quarter of a second here, once per sign-in. */
    static final int ITERATIONS = 600_000;
    static final int MIN_LENGTH = 8;
    static final int MAX_FAILURES = 5;
    static final Duration LOCK_OUT = Duration.ofMinutes(15);
    /** An administrator session left alone this long ends by itself: the console may stay open on a ward's PC. */
    static final Duration IDLE = Duration.ofMinutes(15);

    private final DataFolder folder;
    private final Logger logger;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final SecureRandom random = new SecureRandom();
    private final String user;
    Clock clock = Clock.systemUTC();
    int iterations = ITERATIONS;

    private volatile AuditLog audit;
    private volatile Role role = Role.OPERATOR;
    private volatile Instant lastUse = Instant.MIN;
    private final java.util.concurrent.ScheduledExecutorService idleCheck =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "HisOps administrator idle check");
                t.setDaemon(true);
                return t;
            });

    @Activate
    public AdministratorAccess(@Reference DataFolder folder, @Reference(service = LoggerFactory.class) Logger logger) {
        this.folder = folder;
        this.logger = logger;
        this.user = System.getProperty("user.name", "?");
        // Ends an idle session even if nobody asks for the role, so the site bar shows the change.
        idleCheck.scheduleWithFixedDelay(this::role, 30, 30, java.util.concurrent.TimeUnit.SECONDS);
    }

    @org.osgi.service.component.annotations.Deactivate
    void deactivate() {
        idleCheck.shutdownNow();
    }

    // Optional and dynamic: the audit log asks this service who is at the keyboard, so neither may wait for the other.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setAudit(AuditLog audit) {
        this.audit = audit;
    }

    void unsetAudit(AuditLog audit) {
        if (this.audit == audit) {
            this.audit = null;
        }
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public Role role() {
        if (role == Role.ADMINISTRATOR && idle()) {
            endIdleSession();
        }
        return role;
    }

    @Override
    public synchronized boolean passwordSet() {
        return load().getProperty("hash") != null;
    }

    @Override
    public synchronized void setPassword(char[] currentPassword, char[] newPassword) throws AccessDeniedException {
        Properties p = load();
        if (p.getProperty("hash") != null) {
            if (currentPassword == null) {
                throw denied(new AccessDeniedException(Reason.WRONG_PASSWORD, AuditLog.PASSWORD_SET), AuditLog.PASSWORD_SET);
            }
            check(p, currentPassword, AuditLog.PASSWORD_SET);
        }
        if (newPassword == null || newPassword.length < MIN_LENGTH || new String(newPassword).isBlank()) {
            throw new AccessDeniedException(Reason.WEAK_PASSWORD, AuditLog.PASSWORD_SET);
        }
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        p.setProperty("algorithm", ALGORITHM);
        p.setProperty("iterations", Integer.toString(iterations));
        p.setProperty("salt", Base64.getEncoder().encodeToString(salt));
        p.setProperty("hash", Base64.getEncoder().encodeToString(hash(newPassword, salt, iterations)));
        p.remove("failures");
        p.remove("lockedUntil");
        save(p);
        audit(AuditLog.PASSWORD_SET, AuditOutcome.SUCCESS, "");
        // Whoever set the password is the administrator: at first start that is the person installing HisOps.
        setRole(Role.ADMINISTRATOR);
    }

    @Override
    public synchronized void signIn(char[] password) throws AccessDeniedException {
        Properties p = load();
        if (p.getProperty("hash") == null) {
            throw new AccessDeniedException(Reason.NO_PASSWORD_SET, AuditLog.SIGN_IN);
        }
        check(p, password, AuditLog.SIGN_IN);
        audit(AuditLog.SIGN_IN, AuditOutcome.SUCCESS, "");
        setRole(Role.ADMINISTRATOR);
    }

    /** Compares the password with the stored hash, counting failures and enforcing the lock-out. */
    private void check(Properties p, char[] password, String action) throws AccessDeniedException {
        Instant now = clock.instant();
        Instant lockedUntil = parseInstant(p.getProperty("lockedUntil"));
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            throw denied(new AccessDeniedException(Reason.LOCKED_OUT, action, 0, lockedUntil), action);
        }
        byte[] salt = Base64.getDecoder().decode(p.getProperty("salt", ""));
        int rounds = Integer.parseInt(p.getProperty("iterations", Integer.toString(ITERATIONS)));
        byte[] expected = Base64.getDecoder().decode(p.getProperty("hash"));
        if (password != null && MessageDigest.isEqual(expected, hash(password, salt, rounds))) {
            if (p.remove("failures") != null | p.remove("lockedUntil") != null) {
                save(p);
            }
            return;
        }
        int failures = parseInt(p.getProperty("failures")) + 1;
        AccessDeniedException e;
        if (failures >= MAX_FAILURES) {
            Instant until = now.plus(LOCK_OUT);
            p.setProperty("lockedUntil", until.toString());
            p.remove("failures");
            e = new AccessDeniedException(Reason.LOCKED_OUT, action, 0, until);
        } else {
            p.setProperty("failures", Integer.toString(failures));
            p.remove("lockedUntil");
            e = new AccessDeniedException(Reason.WRONG_PASSWORD, action, MAX_FAILURES - failures, null);
        }
        save(p);
        throw denied(e, action);
    }

    private AccessDeniedException denied(AccessDeniedException e, String action) {
        audit(action, AuditOutcome.REFUSED, e.reason().name());
        return e;
    }

    @Override
    public void signOut() {
        if (role == Role.ADMINISTRATOR) {
            audit(AuditLog.SIGN_OUT, AuditOutcome.SUCCESS, "");
            setRole(Role.OPERATOR);
        }
    }

    @Override
    public void requireAdministrator(String action) throws AccessDeniedException {
        if (role() == Role.ADMINISTRATOR) {
            lastUse = clock.instant(); // every administrative action keeps the session alive
        } else {
            AuditLog log = audit;
            if (log != null) {
                log.append("", AuditLog.ACCESS_DENIED, action, AuditOutcome.REFUSED, Reason.NOT_ADMINISTRATOR.name());
            }
            throw new AccessDeniedException(Reason.NOT_ADMINISTRATOR, action);
        }
    }

    @Override
    public CapabilityRegistry.Registration addListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private boolean idle() {
        return clock.instant().isAfter(lastUse.plus(IDLE));
    }

    private synchronized void endIdleSession() {
        if (role == Role.ADMINISTRATOR && idle()) {
            audit(AuditLog.SIGN_OUT, AuditOutcome.SUCCESS, "idle " + IDLE.toMinutes() + " min");
            setRole(Role.OPERATOR);
        }
    }

    private synchronized void setRole(Role newRole) {
        lastUse = clock.instant();
        if (role != newRole) {
            role = newRole;
            for (Runnable listener : listeners) {
                try {
                    listener.run();
                } catch (RuntimeException e) {
                    logger.error("A role listener failed", e);
                }
            }
        }
    }

    private void audit(String action, AuditOutcome outcome, String detail) {
        AuditLog log = audit;
        if (log != null) {
            log.append("", action, user, outcome, detail);
        }
    }

    private Properties load() {
        try {
            return folder.load(FILE);
        } catch (IOException e) {
            // A damaged file must not open the door: without a readable hash nobody becomes administrator.
            logger.error("The administrator settings {} are unreadable", FILE, e);
            throw new UncheckedIOException(e);
        }
    }

    private void save(Properties p) {
        try {
            folder.store(FILE, p, "HisOps administrator access (salted PBKDF2 hash; no password)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] hash(char[] password, byte[] salt, int rounds) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, rounds, 256);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java 21 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static int parseInt(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Instant parseInstant(String value) {
        try {
            return value == null ? null : Instant.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
