package org.faultline.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.faultline.actors.ActorDictionary;
import org.faultline.geo.GazetteerImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline gazetteer import FILE}: converts a GeoNames dump into a places file under
 * {@code $FAULTLINE_HOME/places/}, which every later coding run loads on top of the bundled gazetteer.
 */
@Command(name = "gazetteer", mixinStandardHelpOptions = true, description = "Gazetteer tools.",
        subcommands = GazetteerCommand.Import.class)
final class GazetteerCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Imports a GeoNames file (cities500.txt, allCountries.txt, XX.txt) for event locations:",
                    "writes a places TSV under $FAULTLINE_HOME/places (default ~/.faultline/places), read by later ingests."})
    static final class Import implements Callable<Integer> {
        @Spec CommandSpec spec;
        @Parameters(paramLabel = "FILE", description = "GeoNames tab-separated file.") Path file;
        @Option(names = "--min-population", defaultValue = "1000", description = "Skip populated places smaller than this (default: ${DEFAULT-VALUE}).")
        long minPopulation;

        @Override
        public Integer call() throws IOException {
            CodeCommand.requireFile(file);
            Path dir = CodingOptions.home().resolve("places");
            Files.createDirectories(dir);
            Path target = dir.resolve(file.getFileName().toString().replaceAll("\\.txt$", "") + ".tsv");
            int n = new GazetteerImporter(ActorDictionary.bundled().countryCodes(), minPopulation).convert(file, target);
            spec.commandLine().getOut().printf("imported %d place(s) from %s into %s%n", n, file, target);
            return 0;
        }
    }
}
