package org.hisops.platform.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The operator and administrator roles of this installation. The administrator password is set at first start and
 * kept only as a salted, slow hash; repeated wrong passwords lock signing in out for a while. Services that change
 * the installation or a database call {@link #requireAdministrator(String)} themselves, so the rule holds without any
 * UI. Provided by the platform.
 */
@ProviderType
public interface AccessControl {

    /** Who is at the keyboard (the operating system's user name); recorded in the audit log. */
    String user();

    /** The role now in force. */
    Role role();

    /** Whether an administrator password exists; until then nobody can be administrator. */
    boolean passwordSet();

    /**
     * Sets the administrator password. At first start ({@link #passwordSet()} false) anyone may set it; afterwards
     * only with the current password. Audited.
     */
    void setPassword(char[] currentPassword, char[] newPassword) throws AccessDeniedException;

    /** Becomes administrator with the password; audited whether it succeeds or not. */
    void signIn(char[] password) throws AccessDeniedException;

    /** Back to operator. */
    void signOut();

    /** Throws unless the role is administrator; the refusal is audited with {@code action}. */
    void requireAdministrator(String action) throws AccessDeniedException;

    /** Told after every change of role; closing the handle unregisters. */
    CapabilityRegistry.Registration addListener(Runnable listener);
}
