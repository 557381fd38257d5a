package org.hisops.platform.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;

import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AccessDeniedException.Reason;
import org.hisops.platform.api.DataFolder;
import org.hisops.platform.api.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The administrator role: password set at first start and kept only as a salted slow hash; wrong passwords are
 * counted and lock signing in out, across restarts; operators are refused.
 */
class AdministratorAccessTest {

    private static final String PASSWORD = "\u7ba1\u7406\u5458-Secret-42";

    @TempDir
    Path temp;

    private Logger logger;
    private Instant now = Instant.parse("2026-11-21T08:00:00Z");

    @BeforeEach
    void setUp() {
        BundleContext context = FrameworkUtil.getBundle(AdministratorAccessTest.class).getBundleContext();
        logger = context.getService(context.getServiceReference(LoggerFactory.class)).getLogger(getClass());
    }

    private AdministratorAccess access() {
        DataFolder folder = () -> temp;
        AdministratorAccess access = new AdministratorAccess(folder, logger);
        access.clock = Clock.fixed(now, ZoneOffset.UTC);
        return access;
    }

    @Test
    void thePasswordIsSetAtFirstStartAndKeptOnlyAsASaltedSlowHash() throws Exception {
        AdministratorAccess access = access();
        assertFalse(access.passwordSet());
        assertEquals(Role.OPERATOR, access.role());
        assertEquals(Reason.NO_PASSWORD_SET,
                assertThrows(AccessDeniedException.class, () -> access.signIn("x".toCharArray())).reason());
        assertEquals(Reason.WEAK_PASSWORD,
                assertThrows(AccessDeniedException.class, () -> access.setPassword(null, "short".toCharArray())).reason());
        access.setPassword(null, PASSWORD.toCharArray());
        assertEquals(Role.ADMINISTRATOR, access.role(), "whoever set it up is the administrator");

        String file = Files.readString(temp.resolve(AdministratorAccess.FILE), StandardCharsets.ISO_8859_1);
        assertFalse(file.contains("Secret-42"), "no password in the file");
        Properties p = new Properties();
        p.load(new java.io.StringReader(file));
        assertEquals("PBKDF2WithHmacSHA256", p.getProperty("algorithm"));
        assertTrue(Integer.parseInt(p.getProperty("iterations")) >= 600_000, "slow");
        assertEquals(16, java.util.Base64.getDecoder().decode(p.getProperty("salt")).length);

        // The same password set again gets a new salt, so its hash differs: a copied hash says nothing.
        access.setPassword(PASSWORD.toCharArray(), PASSWORD.toCharArray());
        Properties q = new Properties();
        q.load(new java.io.StringReader(Files.readString(temp.resolve(AdministratorAccess.FILE))));
        assertNotEquals(p.getProperty("salt"), q.getProperty("salt"));
        assertNotEquals(p.getProperty("hash"), q.getProperty("hash"));

        access.signOut();
        assertEquals(Role.OPERATOR, access.role());
        AdministratorAccess restarted = access();
        assertTrue(restarted.passwordSet());
        assertEquals(Role.OPERATOR, restarted.role(), "a restart starts as operator");
        restarted.signIn(PASSWORD.toCharArray());
        assertEquals(Role.ADMINISTRATOR, restarted.role());
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() throws Exception {
        AdministratorAccess access = access();
        access.setPassword(null, PASSWORD.toCharArray());
        assertThrows(AccessDeniedException.class, () -> access.setPassword(null, "another-password".toCharArray()));
        assertThrows(AccessDeniedException.class,
                () -> access.setPassword("wrong-password".toCharArray(), "another-password".toCharArray()));
        access.setPassword(PASSWORD.toCharArray(), "another-password".toCharArray());
        access.signOut();
        access.signIn("another-password".toCharArray());
    }

    @Test
    void repeatedWrongPasswordsLockSigningInOutEvenAcrossARestart() throws Exception {
        access().setPassword(null, PASSWORD.toCharArray());
        AdministratorAccess access = access();
        for (int left = AdministratorAccess.MAX_FAILURES - 1; left > 0; left--) {
            AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> access.signIn("guess".toCharArray()));
            assertEquals(Reason.WRONG_PASSWORD, e.reason());
            assertEquals(left, e.remainingAttempts());
        }
        AccessDeniedException locked = assertThrows(AccessDeniedException.class, () -> access.signIn("guess".toCharArray()));
        assertEquals(Reason.LOCKED_OUT, locked.reason());
        assertEquals(now.plus(AdministratorAccess.LOCK_OUT), locked.lockedUntil());

        AdministratorAccess restarted = access();
        assertEquals(Reason.LOCKED_OUT, assertThrows(AccessDeniedException.class,
                () -> restarted.signIn(PASSWORD.toCharArray())).reason(), "even the right password waits");
        assertEquals(Role.OPERATOR, restarted.role());

        now = now.plus(AdministratorAccess.LOCK_OUT).plus(Duration.ofSeconds(1));
        AdministratorAccess later = access();
        later.signIn(PASSWORD.toCharArray());
        assertEquals(Role.ADMINISTRATOR, later.role());
    }

    @Test
    void anIdleAdministratorSessionEndsByItselfAndWorkKeepsItAlive() throws Exception {
        AdministratorAccess access = access();
        try {
            access.setPassword(null, PASSWORD.toCharArray());
            java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
            access.addListener(told::incrementAndGet);
            now = now.plus(Duration.ofMinutes(10));
            access.clock = Clock.fixed(now, ZoneOffset.UTC);
            access.requireAdministrator("capability.switch"); // work at minute 10 ...
            now = now.plus(Duration.ofMinutes(10));
            access.clock = Clock.fixed(now, ZoneOffset.UTC);
            assertEquals(Role.ADMINISTRATOR, access.role(), "... so minute 20 is within the idle time");
            now = now.plus(AdministratorAccess.IDLE);
            access.clock = Clock.fixed(now, ZoneOffset.UTC);
            assertEquals(Role.OPERATOR, access.role(), "left alone for the idle time: operator again");
            assertEquals(1, told.get(), "the site bar is told");
            assertThrows(AccessDeniedException.class, () -> access.requireAdministrator("capability.switch"));
        } finally {
            access.deactivate();
        }
    }

    @Test
    void anOperatorIsRefusedAndTheRefusalNamesTheAction() throws Exception {
        AdministratorAccess access = access();
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> access.requireAdministrator("capability.switch"));
        assertEquals(Reason.NOT_ADMINISTRATOR, e.reason());
        assertEquals("capability.switch", e.action());
    }
}
