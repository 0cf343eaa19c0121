package org.faultline.events.cameo;

/**
 * One CAMEO code with its Goldstein intensity and quad class.
 *
 * @param code      2 to 4 digits
 * @param goldstein -10..10
 * @param quad      1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param name      short description
 */
public record CameoEntry(String code, double goldstein, int quad, String name) {
    public CameoEntry {
        if (code == null || !code.matches("\\d{2,4}")) throw new IllegalArgumentException("CAMEO code must be 2-4 digits, was '" + code + "'");
        if (goldstein < -10 || goldstein > 10) throw new IllegalArgumentException("Goldstein value for " + code + " out of -10..10: " + goldstein);
        if (quad < 1 || quad > 4) throw new IllegalArgumentException("quad for " + code + " must be 1..4, was " + quad);
    }
}
