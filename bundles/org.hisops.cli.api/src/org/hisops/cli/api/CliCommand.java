package org.hisops.cli.api;

import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * One command of {@code hisops-cli}, registered as a DS service. Commands run headless (no display), often
 * unattended (cron, the Windows task scheduler), so everything a user must act on goes to
 * {@link CliInvocation#err()} in the reader's language, and the exit code says how it ended ({@link ExitCodes}).
 */
@ConsumerType
public interface CliCommand {

    /** The name typed after {@code hisops-cli}: lower case, no blanks (e.g. {@code assess}, {@code inspect}). */
    String name();

    /** One line for {@code hisops-cli help}. */
    String summary(Locale locale);

    /** The full usage text (options, an example, the exit codes that matter), shown by {@code help <name>}. */
    String usage(Locale locale);

    /**
     * Runs the command on the calling thread (the command-line application's own; never a UI thread).
     *
     * @return an {@link ExitCodes} value
     * @throws CliUsageException when the arguments are wrong: the application prints the message and the usage and
     *         exits with {@link ExitCodes#USAGE}
     * @throws CliRefusedException when the command may not run (a capability switched off for the site, see
     *         {@link CliInvocation#requireCapability}): the application prints the reason and exits with its code
     *         (since 1.1)
     */
    int run(CliInvocation invocation) throws CliUsageException, CliRefusedException;
}
