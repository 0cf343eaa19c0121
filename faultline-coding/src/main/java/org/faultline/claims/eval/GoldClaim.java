package org.faultline.claims.eval;

/**
 * One hand-made gold claim: seed article, sentence index, speaker key (country, or the first six
 * letters of an IGO/NGO code), sector (informative), stance label, about key or null.
 */
public record GoldClaim(String seed, int sentence, String speaker, String sector, String stance, String about) {
    public GoldClaim {
        if (seed == null || seed.isBlank()) throw new IllegalArgumentException("gold claim needs a seed id");
        if (sentence < 0) throw new IllegalArgumentException("gold claim of " + seed + ": sentence must be >= 0, was " + sentence);
        if (speaker == null || speaker.isBlank()) throw new IllegalArgumentException("gold claim " + seed + "/" + sentence + " needs a speaker");
        if (stance == null || stance.isBlank()) throw new IllegalArgumentException("gold claim " + seed + "/" + sentence + " needs a stance");
    }

    String key() { return seed + "|" + sentence + "|" + speaker + "|" + stance; }

    String speakerKey() { return seed + "|" + sentence + "|" + speaker; }
}
