package org.faultline.learn.roles;

/**
 * A marked span of one sentence.
 *
 * @param role  SOURCE or TARGET
 * @param start first token (inclusive)
 * @param end   last token (exclusive)
 */
public record GoldSpan(RoleLabel role, int start, int end) {
    public GoldSpan {
        if (role == null || role == RoleLabel.NONE) throw new IllegalArgumentException("a span needs role SOURCE or TARGET, was " + role);
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    /** True when the two spans share at least one token. */
    public boolean overlaps(GoldSpan o) { return start < o.end && o.start < end; }

    /** True when both ends agree. */
    public boolean sameExtent(GoldSpan o) { return start == o.start && end == o.end; }
}
