package org.hisops.migration.copy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.hisops.cli.api.CliCommand;
import org.hisops.cli.api.CliUsageException;
import org.hisops.cli.api.ExitCodes;
import org.hisops.migration.copy.CopyRequest;
import org.hisops.migration.copy.CopyRun;
import org.junit.jupiter.api.Test;

/** {@code hisops-cli copy}: options, exit codes by the run's state, an unknown run, in both languages. */
class CopyCommandTest {

    static CliCommand command() throws Exception {
        for (var reference : Services.context().getServiceReferences(CliCommand.class, null)) {
            CliCommand command = Services.context().getService(reference);
            if (command != null && command.name().equals("copy")) {
                return command;
            }
        }
        throw new AssertionError("no copy command");
    }

    @Test
    void theCommandIsRegisteredWithItsTextsInBothLanguages() throws Exception {
        CliCommand copy = command();
        assertTrue(copy.usage(Locale.ENGLISH).contains("--resume RUN"));
        assertTrue(copy.summary(Locale.SIMPLIFIED_CHINESE).contains("\u4eba\u5927\u91d1\u4ed3"));
    }

    @Test
    void aMissingOptionOrATypoIsAUsageError() throws Exception {
        CliCommand copy = command();
        assertThrows(CliUsageException.class, () -> copy.run(new Invocation(Locale.ENGLISH, "--resum", "3")));
        assertThrows(CliUsageException.class, () -> copy.run(new Invocation(Locale.ENGLISH, "--resume", "x")));
    }

    @Test
    void anUnknownRunIsRefusedInTheReadersLanguage() throws Exception {
        Invocation invocation = new Invocation(Locale.SIMPLIFIED_CHINESE, "--resume", "999999");
        assertEquals(ExitCodes.DATA, command().run(invocation));
        assertTrue(invocation.err.toString(StandardCharsets.UTF_8).contains("\u672a\u77e5\u7684\u590d\u5236\u4efb\u52a1 999999"),
                invocation.err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theExitCodeFollowsTheRunsState() {
        CopyRequest request = CopyRequest.of("a", "s", "b", "t");
        for (var expected : List.of(new Object[] { CopyRun.RunState.DONE, ExitCodes.OK },
                new Object[] { CopyRun.RunState.DONE_WITH_REJECTS, ExitCodes.WARNING },
                new Object[] { CopyRun.RunState.FAILED, ExitCodes.ERROR },
                new Object[] { CopyRun.RunState.INTERRUPTED, ExitCodes.INCOMPLETE })) {
            CopyRun run = new CopyRun(1, request, (CopyRun.RunState) expected[0], Instant.EPOCH, null, List.of(), null,
                    List.of());
            assertEquals(expected[1], CopyCommand.exitCode(run, false));
        }
        assertEquals(ExitCodes.CANCELLED, CopyCommand.exitCode(new CopyRun(1, request, CopyRun.RunState.INTERRUPTED,
                Instant.EPOCH, null, List.of(), null, List.of()), true));
    }
}
