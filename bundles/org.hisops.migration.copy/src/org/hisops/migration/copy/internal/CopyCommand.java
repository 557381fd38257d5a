package org.hisops.migration.copy.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.hisops.cli.api.CliArguments;
import org.hisops.cli.api.CliCommand;
import org.hisops.cli.api.CliInvocation;
import org.hisops.cli.api.CliUsageException;
import org.hisops.cli.api.ExitCodes;
import org.hisops.db.api.DatabaseException;
import org.hisops.db.api.DbProblem;
import org.hisops.migration.copy.CopyException;
import org.hisops.migration.copy.CopyListener;
import org.hisops.migration.copy.CopyReject;
import org.hisops.migration.copy.CopyRequest;
import org.hisops.migration.copy.CopyRun;
import org.hisops.migration.copy.CopyService;
import org.hisops.migration.copy.CopyTexts;
import org.hisops.migration.copy.MappingNote;
import org.hisops.migration.copy.TableCopy;
import org.hisops.platform.api.BundleTexts;
import org.hisops.platform.api.Site;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code hisops-cli copy}: a copy run (or the resumption of one) without a window, for the migration night's script.
 * Exit code by the run's state: 0 done, 2 done with rejected rows or tables not copied, 3 failed (counts do not add
 * up), 4 interrupted (resume it with {@code --resume}), 130 stopped.
 */
@Component(service = CliCommand.class)
public final class CopyCommand implements CliCommand {

    private static final BundleTexts TEXTS = BundleTexts.of(CopyCommand.class);
    private static final int REJECTS_SHOWN = 20;

    private final CopyService copy;

    @Activate
    public CopyCommand(@Reference CopyService copy) {
        this.copy = copy;
    }

    @Override
    public String name() {
        return "copy";
    }

    @Override
    public String summary(Locale locale) {
        return TEXTS.text(locale, "cli.copy.summary", "");
    }

    @Override
    public String usage(Locale locale) {
        return TEXTS.text(locale, "cli.copy.usage", "");
    }

    @Override
    public int run(CliInvocation invocation) throws CliUsageException {
        Locale locale = invocation.locale();
        CliArguments arguments = CliArguments.parse(invocation.arguments(), locale, Set.of("site", "source",
                "source-schema", "target", "target-schema", "tables", "batch-rows", "workers", "resume"), Set.of())
                .noPositional();
        CopyListener progress = new CopyListener() {
            @Override
            public void tableFinished(TableCopy table) {
                invocation.err().println(line(locale, table));
            }
        };
        try {
            CopyRun run;
            if (arguments.value("resume").isPresent()) {
                long id = arguments.number("resume", 1, Integer.MAX_VALUE).orElseThrow();
                run = copy.resume(id, progress, invocation.cancellation());
            } else {
                Site site = invocation.site(arguments.value("site").orElse(null));
                String source = invocation.endpoint(site, arguments.required("source")).id();
                String target = invocation.endpoint(site, arguments.required("target")).id();
                CopyRequest request = CopyRequest.of(source, arguments.required("source-schema"), target,
                        arguments.required("target-schema"));
                if (arguments.value("tables").isPresent()) {
                    request = request.withTables(Arrays.stream(arguments.required("tables").split(","))
                            .map(String::trim).filter(t -> !t.isEmpty()).toList());
                }
                request = request.withBatchRows(arguments.number("batch-rows", 1, 10_000_000)
                        .orElse(CopyRequest.DEFAULT_BATCH_ROWS)).withWorkers(arguments.number("workers", 0, 64)
                                .orElse(0));
                run = copy.start(request, progress, invocation.cancellation());
            }
            report(invocation, run);
            return exitCode(run, invocation.cancellation().isCancelled());
        } catch (DatabaseException e) {
            invocation.err().println(TEXTS.format(locale, "cli.copy.database", e.endpointId(), e.problem().name(),
                    String.valueOf(e.getMessage())));
            return e.problem() == DbProblem.CANCELLED ? ExitCodes.CANCELLED : ExitCodes.INCOMPLETE;
        } catch (CopyException e) {
            invocation.err().println(CopyTexts.problem(locale, e));
            return e.code().equals("copy.problem.store") ? ExitCodes.UNAVAILABLE : ExitCodes.DATA;
        }
    }

    private void report(CliInvocation invocation, CopyRun run) {
        Locale locale = invocation.locale();
        invocation.out().println(TEXTS.format(locale, "cli.copy.run", Long.toString(run.id()), run.state().name()));
        for (TableCopy table : run.tables()) {
            invocation.out().println("  " + line(locale, table));
        }
        for (MappingNote note : run.notes()) {
            if (note.level() != MappingNote.Level.INFO) {
                invocation.out().println("  [" + CopyTexts.level(locale, note.level()) + "] " + note.object() + ": "
                        + CopyTexts.note(locale, note));
            }
        }
        try {
            List<CopyReject> rejects = copy.rejects(run.id(), null, REJECTS_SHOWN);
            for (CopyReject reject : rejects) {
                invocation.out().println("  " + TEXTS.format(locale, "cli.copy.reject", reject.table(), reject.key(),
                        CopyTexts.reason(locale, reject), reject.sqlState()));
            }
        } catch (CopyException e) {
            invocation.err().println(CopyTexts.problem(locale, e));
        }
        if (run.verification() != null) {
            invocation.out().println(TEXTS.format(locale, "cli.copy.verification", run.verification().status().name(),
                    run.verification().detail()));
        }
    }

    private static String line(Locale locale, TableCopy table) {
        return TEXTS.format(locale, "cli.copy.table", table.source(), table.state().name(),
                Long.toString(table.sourceRows()), Long.toString(table.targetRows()), Long.toString(table.rejected()));
    }

    static int exitCode(CopyRun run, boolean cancelled) {
        if (cancelled) {
            return ExitCodes.CANCELLED;
        }
        return switch (run.state()) {
            case DONE -> ExitCodes.OK;
            case DONE_WITH_REJECTS -> ExitCodes.WARNING;
            case FAILED -> ExitCodes.ERROR;
            case RUNNING, INTERRUPTED -> ExitCodes.INCOMPLETE;
        };
    }
}
