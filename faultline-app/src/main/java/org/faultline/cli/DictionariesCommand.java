package org.faultline.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.petrarch.ConversionResult;
import org.faultline.actors.petrarch.PetrarchConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code faultline dictionaries convert --petrarch DIR --out DIR}: converts PETRARCH2's actor and
 * agent dictionaries into the field layer of Faultline's actor dictionary (see
 * {@link PetrarchConverter}); the bundled layer is this command's output, committed under
 * {@code faultline-coding/src/main/resources/org/faultline/actors/petrarch2/}.
 */
@Command(name = "dictionaries", mixinStandardHelpOptions = true, description = "Dictionary tools.",
        subcommands = DictionariesCommand.Convert.class)
final class DictionariesCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "convert", mixinStandardHelpOptions = true,
            description = {"Converts PETRARCH2's actor and agent dictionaries into Faultline's dictionary format",
                    "(organizations.tsv, people.tsv, sectors.tsv, LICENSE-petrarch2, conversion-report.md)."})
    static final class Convert implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Option(names = "--petrarch", required = true, paramLabel = "DIR",
                description = "PETRARCH2's data/dictionaries directory (Phoenix.*.actors.txt, Phoenix.agents.txt, LICENSE; CAMEO.2.0.txt optional).")
        Path petrarch;
        @Option(names = "--out", required = true, paramLabel = "DIR",
                description = "Where to write the converted files (the bundled ones live in faultline-coding/src/main/resources/org/faultline/actors/petrarch2).")
        Path out;
        @Option(names = "--horizon", paramLabel = "DATE", description = "End given to roles PETRARCH2 leaves open (default: 2018-12-31).")
        LocalDate horizon = PetrarchConverter.DEFAULT_HORIZON;

        @Override
        public Integer call() throws Exception {
            Path licence = petrarch.resolve("LICENSE");
            if (!Files.isRegularFile(licence))
                throw new IllegalArgumentException("PETRARCH2 licence " + licence + " not found: the converted files must keep it");
            ConversionResult result = new PetrarchConverter(ActorDictionary.bundledOwn(), horizon).convert(petrarch);
            result.write(out, Files.readString(licence, StandardCharsets.UTF_8));
            var w = spec.commandLine().getOut();
            w.println(result.report().summary());
            w.printf("wrote %s (report: %s)%n", out, out.resolve("conversion-report.md"));
            return 0;
        }
    }
}
