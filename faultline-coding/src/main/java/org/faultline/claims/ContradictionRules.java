package org.faultline.claims;

import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.nlp.DatePrecision;

/**
 * Decides whether two claims by different parties contradict each other, and how.
 * <p>
 * First the pair must concern the same matter ({@link Link}): events grouped into one incident;
 * the same article a few sentences apart; or, across articles, a shared accusation word
 * ("blockade") or mirrored events within a short time window. Then, in order: incompatible
 * figures; incompatible dates (same incident only); an accusation against the accused party's
 * denial; mutual blame — reversed when both carry acts of the same kind in opposite directions,
 * else incompatible characterisation of the same incident.
 */
final class ContradictionRules {
    private static final Set<Stance> ACCUSING = EnumSet.of(Stance.ACCUSE, Stance.WARN);
    private static final int NEAR_SENTENCES = 3;
    private static final int DENIAL_WINDOW = 6;
    private static final int KEYWORD_DAYS = 14;
    private static final int EVENT_DAYS = 7;
    private static final int QUOTE_CHARS = 110;

    /** The kind, explanation and score (0..1) of a contradiction. */
    record Finding(ContradictionKind kind, String explanation, double score) {
        Finding(ContradictionKind kind, String explanation) { this(kind, explanation, 0); }

        Finding scored(double s) { return new Finding(kind, explanation, Math.max(0, Math.min(1, s))); }
    }

    enum Link { INCIDENT, NEAR, ARTICLE, KEYWORD, EVENTS, NONE }

    Optional<Finding> judge(ClaimFacts a, ClaimFacts b) {
        Link link = link(a, b);
        if (link == Link.NONE) return Optional.empty();
        return find(a, b, link).map(f -> f.scored(score(f, a, b, link)));
    }

    private Optional<Finding> find(ClaimFacts a, ClaimFacts b, Link link) {
        // numbers only clash when both speak of one occurrence: a shared incident or neighbouring sentences
        if (link == Link.INCIDENT || link == Link.NEAR) {
            Optional<Finding> f = figures(a, b);
            if (f.isPresent()) return f;
        }
        if (link == Link.INCIDENT) {
            Optional<Finding> d = dates(a, b);
            if (d.isPresent()) return d;
        }
        Optional<Finding> denial = denial(a, b, link);
        if (denial.isEmpty()) denial = denial(b, a, link);
        if (denial.isPresent()) return denial;
        return blame(a, b, link);
    }

    /**
     * How sure the pair is: the link says how surely both speak of one matter (a shared incident
     * or neighbouring sentences most, a shared accusation word across articles least); a kind
     * that names both sides explicitly (a denial answering the accuser, acts mirrored) or
     * concrete facts (figures, dates) adds; a direct quote on either side adds a little.
     */
    static double score(Finding f, ClaimFacts a, ClaimFacts b, Link link) {
        double s = switch (link) {
            case INCIDENT, NEAR -> 0.75;
            case EVENTS -> 0.6;
            case ARTICLE -> 0.45;
            case KEYWORD -> 0.4;
            case NONE -> 0;
        };
        s += switch (f.kind()) {
            case ACCUSATION_DENIAL -> a.aboutCountry() != null && b.aboutCountry() != null ? 0.15 : 0.1;
            case BLAME_REVERSED, FIGURES, DATES -> 0.15;
            case CHARACTERISATION -> 0;
        };
        if (a.claim().directQuote() || b.claim().directQuote()) s += 0.05;
        if (a.article().equals(b.article())) s += 0.05; // one reporter set the two accounts side by side
        return s;
    }

    static Link link(ClaimFacts a, ClaimFacts b) {
        for (String i : a.incidents()) if (b.incidents().contains(i)) return Link.INCIDENT;
        if (a.article().equals(b.article()))
            return Math.abs(a.sentence() - b.sentence()) <= NEAR_SENTENCES ? Link.NEAR : Link.ARTICLE;
        if (a.date() == null || b.date() == null) return Link.NONE;
        long days = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
        if (days <= EVENT_DAYS && mirrored(a, b)) return Link.EVENTS;
        if (days <= KEYWORD_DAYS && a.keywords().stream().anyMatch(b.keywords()::contains)) return Link.KEYWORD;
        return Link.NONE;
    }

    private static Optional<Finding> figures(ClaimFacts a, ClaimFacts b) {
        for (Figure x : a.figures())
            for (Figure y : b.figures())
                if (x.conflictsWith(y))
                    return Optional.of(new Finding(ContradictionKind.FIGURES, String.format(
                            "%s gives %s %s; %s gives %s.", who(a), x.text(), x.category(), who(b), y.text())));
        return Optional.empty();
    }

    /**
     * Different days for one material occurrence of a shared incident. Statements (quad 1 and 3) are
     * news of the day they are made: two appeals on different days are two appeals, not one dated
     * twice. A date that is only the claim's own report date was not given by the speaker.
     */
    private static Optional<Finding> dates(ClaimFacts a, ClaimFacts b) {
        for (Event x : a.events())
            for (Event y : b.events())
                if (x.type().equals(y.type()) && material(x) && material(y) && explicitDay(x, a) && explicitDay(y, b)
                        && !x.date().equals(y.date()) && sharedIncident(x, y, a, b))
                    return Optional.of(new Finding(ContradictionKind.DATES, String.format(
                            "%s dates the %s (\"%s\") to %s; %s dates it to %s.", who(a), x.type().toLowerCase(),
                            x.trigger(), x.date(), who(b), y.date())));
        return Optional.empty();
    }

    private static boolean material(Event e) { return e.quad() == 2 || e.quad() == 4; }

    private static boolean explicitDay(Event e, ClaimFacts f) {
        return e.datePrecision() == DatePrecision.DAY && e.date() != null && e.date().length() >= 10
                && (f.date() == null || !e.date().startsWith(f.date().toString()));
    }

    /** Both events themselves sit in one incident (the claims may share it through other events). */
    private static boolean sharedIncident(Event x, Event y, ClaimFacts a, ClaimFacts b) {
        if (x.incidentId() != null && y.incidentId() != null) return x.incidentId().equals(y.incidentId());
        return a.incidents().stream().anyMatch(b.incidents()::contains);
    }

    /** {@code accuser} accuses the party that {@code denier} speaks for, and the denier denies. */
    private static Optional<Finding> denial(ClaimFacts accuser, ClaimFacts denier, Link link) {
        if (!ACCUSING.contains(accuser.claim().stance()) || denier.claim().stance() != Stance.DENY) return Optional.empty();
        if (!Objects.equals(accuser.aboutCountry(), denier.speakerCountry())) return Optional.empty();
        if (denier.aboutCountry() != null && !denier.aboutCountry().equals(accuser.speakerCountry())) return Optional.empty();
        if (!accusedNamed(accuser.claim())) return Optional.empty();
        boolean matched = switch (link) {
            case INCIDENT, KEYWORD, EVENTS -> true;
            case NEAR, ARTICLE -> Math.abs(denier.sentence() - accuser.sentence()) <= DENIAL_WINDOW;
            case NONE -> false;
        };
        if (!matched) return Optional.empty();
        return Optional.of(new Finding(ContradictionKind.ACCUSATION_DENIAL, String.format(
                "%s accuses %s: %s; %s denies it: %s.", who(accuser), name(accuser.claim().about()),
                quote(accuser), who(denier), quote(denier))));
    }

    private static final Set<String> PRONOUNS = Set.of("it", "them", "him", "her", "they", "us", "me", "you", "each", "both");

    /**
     * For "X accused Y of Z" the accused is Y, the words before "of": a claim whose resolved target is not
     * named there took it from deeper in the sentence ("accused the FBI of ... ties to the Kremlin" is no
     * accusation of the Kremlin's government), so no denial by that target answers it. Claims of other
     * shapes, and a pronoun in Y's place, pass.
     */
    static boolean accusedNamed(Claim c) {
        if (c.cue() == null || c.about() == null || c.content() == null) return true;
        if (!c.cue().toLowerCase(java.util.Locale.ROOT).startsWith("accus")) return true;
        String content = c.content().toLowerCase(java.util.Locale.ROOT);
        int of = content.indexOf(" of ");
        if (of <= 0) return true;
        String span = content.substring(0, of);
        for (String w : span.split("\\W+")) if (PRONOUNS.contains(w)) return true;
        for (String name : new String[] {c.about().text(), c.about().name()})
            if (name != null && span.contains(name.toLowerCase(java.util.Locale.ROOT))) return true;
        return false;
    }

    private static Optional<Finding> blame(ClaimFacts a, ClaimFacts b, Link link) {
        boolean aBlames = ACCUSING.contains(a.claim().stance()) || rebuts(a);
        boolean bBlames = ACCUSING.contains(b.claim().stance()) || rebuts(b);
        if (!aBlames || !bBlames) return Optional.empty();
        boolean aboutEachOther = Objects.equals(a.aboutCountry(), b.speakerCountry()) || Objects.equals(b.aboutCountry(), a.speakerCountry());
        if (!aboutEachOther) return Optional.empty();
        boolean sameMatter = switch (link) {
            case INCIDENT, EVENTS -> true;
            case NEAR -> Math.abs(a.sentence() - b.sentence()) <= 1 || rebuts(b);
            default -> false;
        };
        if (!sameMatter) return Optional.empty();
        if (mirrored(a, b))
            return Optional.of(new Finding(ContradictionKind.BLAME_REVERSED, String.format(
                    "Each side says the other acted: %s: %s; %s: %s.", who(a), quote(a), who(b), quote(b))));
        return Optional.of(new Finding(ContradictionKind.CHARACTERISATION, String.format(
                "Incompatible accounts of the same matter: %s says %s; %s says %s.", who(a), quote(a), who(b), quote(b))));
    }

    /** Both claims carry an act of the same type, each done by the other claim's speaker. */
    static boolean mirrored(ClaimFacts a, ClaimFacts b) {
        for (Event x : a.events())
            for (Event y : b.events())
                if (x.type().equals(y.type()) && country(x.source()) != null && country(y.source()) != null
                        && country(x.source()).equals(b.speakerCountry()) && country(y.source()).equals(a.speakerCountry()))
                    return true;
        return false;
    }

    private static boolean rebuts(ClaimFacts f) {
        String cue = f.claim().cue().toLowerCase();
        return cue.startsWith("counter") || cue.startsWith("retort") || cue.startsWith("rebut") || cue.startsWith("repl")
                || cue.startsWith("respond");
    }

    private static String country(Actor a) { return a == null ? null : a.country(); }

    private static String who(ClaimFacts f) { return name(f.claim().speaker()); }

    private static String name(Actor a) {
        if (a == null) return "the other side";
        return a.country() == null || a.name().equals(a.country()) ? a.name() : a.name() + " (" + a.country() + ")";
    }

    private static String quote(ClaimFacts f) {
        String c = f.claim().content().strip().replaceAll("^[\"“”]+|[\"“”,]+$", "");
        if (c.length() > QUOTE_CHARS) c = c.substring(0, QUOTE_CHARS).replaceAll("\\s+\\S*$", "") + "…";
        return "\"" + c + "\"";
    }
}
