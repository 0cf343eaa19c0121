package org.faultline.events;

import java.util.Set;

/**
 * CAMEO's reading of promises and plans: an announced cooperative act is AGREE (03x, "express
 * intent to"), an announced hostile act is THREATEN (13x), a refused or ruled-out act is REJECT
 * (12x). Verbal types (requests, accusations, rejections, threats) keep their type.
 */
final class IntentCodes {
    static final Set<String> VERBAL = Set.of("REQUEST", "ACCUSE", "REJECT", "THREATEN", "AGREE");

    private IntentCodes() {}

    /** The type and CAMEO code an intended act is coded as. */
    static String[] intended(String type, String cameo, boolean negated) {
        String root = cameo.substring(0, 2);
        if (negated) return new String[] {"REJECT", switch (root) {
            case "04" -> "125"; case "06", "07" -> "121"; case "08" -> "124"; default -> "120"; }};
        if (VERBAL.contains(type)) return new String[] {type, cameo};
        return switch (root) {
            case "04" -> new String[] {"AGREE", "036"};
            case "05" -> new String[] {"AGREE", "032"};
            case "06" -> new String[] {"AGREE", "031"};
            case "07" -> new String[] {"AGREE", "033"};
            case "08" -> new String[] {"AGREE", cameo.startsWith("084") ? "0353" : cameo.startsWith("087") ? "0356" : "035"};
            case "09" -> new String[] {"ACCUSE", cameo};
            case "14" -> new String[] {"THREATEN", "133"};
            case "15" -> new String[] {"MOBILIZE", cameo}; // announced drills and deployments are themselves a show of force
            case "16" -> new String[] {"THREATEN", cameo.startsWith("163") ? "1312" : cameo.startsWith("162") ? "1311"
                    : cameo.startsWith("161") ? "1313" : cameo.startsWith("164") ? "134" : cameo.startsWith("166") ? "136" : "131"};
            case "17" -> new String[] {"THREATEN", cameo.startsWith("1723") ? "1323" : cameo.startsWith("1724") ? "1324"
                    : cameo.startsWith("191") || cameo.startsWith("192") ? "1381" : "132"};
            case "18", "19", "20" -> new String[] {"THREATEN", cameo.startsWith("191") ? "1381" : "138"};
            default -> new String[] {"AGREE", "030"};
        };
    }
}
