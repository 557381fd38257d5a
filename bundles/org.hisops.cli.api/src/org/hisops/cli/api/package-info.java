/**
 * HisOps' headless command line ({@code hisops-cli}): a capability contributes a {@link CliCommand} DS service
 * (an assessment run, a scheduled inspection, a verification) and the command-line application of
 * {@code org.hisops.cli.core} finds it by name, hands it a {@link CliInvocation} (arguments, output, the reader's
 * language, a cancellation triggered by Ctrl-C, the site and endpoint lookups every command needs) and exits with
 * the {@link ExitCodes code} it returns. Commands parse their options with {@link CliArguments}.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.hisops.cli.api;
