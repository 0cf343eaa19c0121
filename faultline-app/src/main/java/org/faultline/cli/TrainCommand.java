package org.faultline.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code faultline train}: rebuilds a learned component's model file from the shared training data
 * with a fixed seed. Training only ever happens here, never during a build.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuilds a shipped model file from ../shared data (fixed seed; writes the model and its provenance).",
        subcommands = {TrainRolesCommand.class, TrainQuadCommand.class})
final class TrainCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
