package org.faultline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code faultline} command line. */
@Command(name = "faultline", mixinStandardHelpOptions = true, version = "faultline 0.1.0",
        description = "Turns news about an armed conflict into a verifiable, source-attributed record.",
        subcommands = {DemoCommand.class, IngestCommand.class, ArticlesCommand.class, SearchCommand.class, StatsCommand.class, EventsCommand.class, TensionCommand.class, AlertsCommand.class, ClaimsCommand.class, IncidentsCommand.class, CommitmentsCommand.class, LinkCommand.class, ExportCommand.class, ImportCommand.class, CodeCommand.class, EvalCommand.class, TrainCommand.class, ActorsCommand.class, GazetteerCommand.class, DictionariesCommand.class, BenchCommand.class, ServeCommand.class, WatchCommand.class, SourcesCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new UserErrorHandler());
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
