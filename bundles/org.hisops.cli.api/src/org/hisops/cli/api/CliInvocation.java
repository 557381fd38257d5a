package org.hisops.cli.api;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.hisops.db.api.Cancellation;
import org.hisops.db.api.Endpoint;
import org.hisops.platform.api.Site;
import org.osgi.annotation.versioning.ProviderType;

/** What a {@link CliCommand} is given: its arguments, where to write, and the lookups every command needs. */
@ProviderType
public interface CliInvocation {

    /** The arguments after the command's name. */
    List<String> arguments();

    /** Results (a report path, a JSON document); the console's encoding. */
    PrintStream out();

    /** Progress and problems for the person or the scheduler's log, in {@link #locale()}. */
    PrintStream err();

    /**
     * Standard input: what a command reads from a pipe, such as the administrator's password of
     * {@code --admin-password-stdin} (one line, like {@code docker login --password-stdin}), never from an argument.
     *
     * @since 1.1
     */
    InputStream in();

    /** The reader's language: {@code -nl} when given, else the system's. */
    Locale locale();

    /** Triggered by Ctrl-C or the scheduler stopping the process; pass it to every database call. */
    Cancellation cancellation();

    /** Where relative paths of the arguments are resolved. */
    Path workingDirectory();

    /** Every site of the installation. */
    List<Site> sites();

    /**
     * A site by id or name (case-insensitive, either language's name), or the site in use when {@code idOrName}
     * is {@code null}.
     *
     * @throws CliUsageException naming the sites there are, when none matches
     */
    Site site(String idOrName) throws CliUsageException;

    /** The site's endpoints, in the order they were added. */
    List<Endpoint> endpoints(Site site);

    /**
     * An endpoint of the site by id or name (case-insensitive).
     *
     * @throws CliUsageException naming the site's endpoints, when none matches
     */
    Endpoint endpoint(Site site, String idOrName) throws CliUsageException;

    /**
     * Refuses the command when the capability cannot run for the site: switched off there by an administrator, not
     * installed, or failed to start ({@code CapabilityRegistry.require}). The refusal is audited once and carries
     * the reason in {@link #locale()}; the application prints it and exits with {@link ExitCodes#UNAVAILABLE}.
     * Every command of a capability calls this before it touches a database, so a switched-off site is off on the
     * command line as in the window (docs/cli.md).
     *
     * @throws CliRefusedException when the capability may not run for the site
     * @since 1.1
     */
    void requireCapability(Site site, String capabilityId) throws CliRefusedException;
}
