package org.faultline.claims;

/** What a speaker does with a claim. Written lower case in exports. */
public enum Stance {
    ACCUSE, DENY, SUPPORT, WARN, DEMAND, PROPOSE, REASSURE, STATE;

    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
