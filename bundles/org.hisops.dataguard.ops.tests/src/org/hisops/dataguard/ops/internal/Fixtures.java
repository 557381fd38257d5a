package org.hisops.dataguard.ops.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hisops.platform.api.AccessControl;
import org.hisops.platform.api.AccessDeniedException;
import org.hisops.platform.api.AuditLog;
import org.hisops.platform.api.AuditOutcome;
import org.hisops.platform.api.AuditRecord;
import org.hisops.platform.api.CapabilityRegistry;
import org.hisops.platform.api.Role;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The real services of the test runtime, and small doubles for the role and the audit log. */
final class Fixtures {

    private Fixtures() {
    }

    static <T> T service(Class<T> type) throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(Fixtures.class).getBundleContext();
        for (long end = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < end; Thread.sleep(50)) {
            ServiceReference<T> reference = context.getServiceReference(type);
            if (reference != null) {
                return context.getService(reference);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " service");
    }

    /** An access control whose role the test sets. */
    static final class Access implements AccessControl {
        volatile Role role = Role.ADMINISTRATOR;

        @Override
        public String user() {
            return "dba-test";
        }

        @Override
        public Role role() {
            return role;
        }

        @Override
        public boolean passwordSet() {
            return true;
        }

        @Override
        public void setPassword(char[] currentPassword, char[] newPassword) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void signIn(char[] password) {
            role = Role.ADMINISTRATOR;
        }

        @Override
        public void signOut() {
            role = Role.OPERATOR;
        }

        @Override
        public void requireAdministrator(String action) throws AccessDeniedException {
            if (role != Role.ADMINISTRATOR) {
                throw new AccessDeniedException(AccessDeniedException.Reason.NOT_ADMINISTRATOR, action);
            }
        }

        @Override
        public CapabilityRegistry.Registration addListener(Runnable listener) {
            return () -> {
            };
        }
    }

    /** An audit log that keeps its entries in a list. */
    static final class RecordingAudit implements AuditLog {
        final List<AuditRecord> entries = java.util.Collections.synchronizedList(new ArrayList<>());

        @Override
        public void append(String siteId, String action, String target, AuditOutcome outcome, String detail) {
            entries.add(new AuditRecord(entries.size() + 1, java.time.Instant.now(), "dba-test", Role.ADMINISTRATOR,
                    siteId, action, target, outcome, detail));
        }

        List<AuditRecord> with(String actionPrefix) {
            synchronized (entries) {
                return entries.stream().filter(e -> e.action().startsWith(actionPrefix)).toList();
            }
        }

        @Override
        public List<AuditRecord> latest(int limit) {
            return List.copyOf(entries);
        }

        @Override
        public Verification verify() {
            return new Verification(entries.size(), List.of(), List.of());
        }

        @Override
        public void exportCsv(Writer out, Locale locale) throws IOException {
        }

        @Override
        public CapabilityRegistry.Registration addListener(Runnable listener) {
            return () -> {
            };
        }
    }
}
