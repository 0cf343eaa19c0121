package org.faultline.events;

import java.io.BufferedReader;
import org.faultline.io.BundledResource;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.faultline.actors.ActorResolver;
import org.faultline.events.patterns.PatternBook;
import org.faultline.learn.roles.RoleFeatures;
import org.faultline.learn.roles.RoleModel;
import org.faultline.learn.roles.RoleTagger;

/**
 * Builds the ordered list of {@link RoleStep}s from {@code role-steps.txt} (one step name a line):
 * {@code noun}, {@code clause}, {@code crowd}, {@code learned-target} and {@code learned-source}. An
 * unknown name fails when the coder is built, naming the line. The learned steps are left out when
 * the coder is given no model.
 */
final class RoleSteps {
    static final String RESOURCE = "/org/faultline/events/role-steps.txt";

    private RoleSteps() {}

    /** The learned part a coder may be given: the model, and the resolver its dictionary features use. */
    record Learned(RoleModel model, ActorResolver resolver) {}

    static List<RoleStep> bundled(PatternBook book, Learned learned) {
        return BundledResource.read(RoleSteps.class, RESOURCE,
                in -> parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE, book, learned));
    }

    /** Steps named in {@code text}, in order, each bound to a finder built over {@code book}. */
    static List<RoleStep> parse(String text, String source, PatternBook book, Learned learned) {
        List<RoleStep> steps = new ArrayList<>();
        RoleFinder rules = new RoleFinder(book, List.of());
        try (BufferedReader r = new BufferedReader(new java.io.StringReader(text))) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) continue;
                if (steps.stream().anyMatch(s -> s.name().equals(name)))
                    throw new IllegalArgumentException(source + ":" + lineNo + ": step '" + name + "' listed twice");
                switch (name) {
                    case "noun" -> steps.add(RoleStep.of(name, rules::nounRoles));
                    case "clause" -> steps.add(RoleStep.of(name, rules::clauseRoles));
                    case "crowd" -> steps.add(RoleStep.of(name, RoleFinder::crowdRoles));
                    case LearnedRoleStep.TARGET, LearnedRoleStep.SOURCE -> {
                        if (learned != null) steps.add(new LearnedRoleStep(new RoleTagger(learned.model(),
                                new RoleFeatures(learned.resolver())), learned.model(), name.equals(LearnedRoleStep.SOURCE)));
                    }
                    default -> throw new IllegalArgumentException(source + ":" + lineNo + ": unknown role step '" + name
                            + "' (known: noun, clause, crowd, learned-target, learned-source)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return steps;
    }
}
