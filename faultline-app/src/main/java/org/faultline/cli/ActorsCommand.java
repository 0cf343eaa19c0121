package org.faultline.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.faultline.actors.ActorResolveJsonl;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faultline actors resolve}: actor resolution on its own, JSON Lines in and out. */
@Command(name = "actors", mixinStandardHelpOptions = true, description = "Actor dictionary tools.",
        subcommands = ActorsCommand.Resolve.class)
final class ActorsCommand implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            description = "Reads JSON Lines {\"id\",\"text\",\"date\"?} and writes {\"id\",\"country\",\"sector\",\"code\",\"name\"} per line.")
    static final class Resolve implements Callable<Integer> {
        @Mixin CodingOptions coding;
        @Option(names = "--in", paramLabel = "FILE", description = "Input JSON Lines (default: standard input).") Path in;
        @Option(names = "--out", paramLabel = "FILE", description = "Output (default: standard output).") Path out;

        @Override
        public Integer call() throws IOException {
            ActorResolveJsonl resolver = new ActorResolveJsonl(coding.actors());
            try (BufferedReader reader = in == null
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                    : Files.newBufferedReader(CodeCommand.requireFile(in), StandardCharsets.UTF_8);
                 Writer writer = out == null
                    ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                    : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                resolver.run(reader, writer);
                return 0;
            }
        }
    }
}
