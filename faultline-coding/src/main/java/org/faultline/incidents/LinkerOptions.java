package org.faultline.incidents;

/**
 * Tuning of {@link IncidentLinker}.
 *
 * @param nearDays          an undated mention is "near" a cluster ending this many days before its report
 * @param horizonDays       how far back an undated mention may refer (background mentions)
 * @param maxPlaceKm        known places farther apart than this are different occurrences
 * @param maxCandidates     clusters examined per mention at most (bounds the cost in busy dyads)
 * @param minLexical        least lexical similarity that still counts as support
 * @param dayLexical        similarity that links exact-day mentions when only one side agrees
 * @param coarseLexical     similarity that links month-level or near-undated mentions on its own
 * @param backgroundLexical similarity that links a background (year-level, undated far) mention on its own
 * @param kinLexical        similarity needed to accept kin sides ({@link Sides}) across articles
 */
public record LinkerOptions(int nearDays, int horizonDays, double maxPlaceKm, int maxCandidates, double minLexical,
                            double dayLexical, double coarseLexical, double backgroundLexical, double kinLexical) {
    public LinkerOptions {
        if (nearDays < 0) throw new IllegalArgumentException("nearDays must be >= 0, was " + nearDays);
        if (horizonDays < nearDays) throw new IllegalArgumentException("horizonDays must be >= nearDays, was " + horizonDays);
        if (maxCandidates < 1) throw new IllegalArgumentException("maxCandidates must be >= 1, was " + maxCandidates);
        if (maxPlaceKm <= 0) throw new IllegalArgumentException("maxPlaceKm must be > 0, was " + maxPlaceKm);
    }

    public static LinkerOptions defaults() {
        return new LinkerOptions(3, 365, 150, 400, 0.05, 0.10, 0.22, 0.30, 0.20);
    }
}
