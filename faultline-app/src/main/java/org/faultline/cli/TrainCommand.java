package org.faultline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code faultline train}: rebuilds a shipped model file from the training data in {@code ../shared}. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuilds a learned component's model file (deterministic: same data and seed, same bytes).",
        subcommands = {TrainQuadCommand.class})
final class TrainCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
