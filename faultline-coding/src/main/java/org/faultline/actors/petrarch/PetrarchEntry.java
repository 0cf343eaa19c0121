package org.faultline.actors.petrarch;

import java.util.List;
import java.util.Objects;

/**
 * One actor entry of a PETRARCH2 actor file: a headline name, its {@code +} synonyms and its
 * bracketed codes, with where it was found.
 *
 * @param name    the headline name with PETRARCH's underscores turned into spaces, as written (upper case)
 * @param aliases the synonyms, same form
 * @param roles   the codes with their dates, in file order
 * @param source  the file name, for messages
 * @param line    1-based line of the headline
 * @param comment the comment after the headline ("CountryInfo.txt", ...) or null
 */
public record PetrarchEntry(String name, List<String> aliases, List<PetrarchRole> roles, String source, int line,
                            String comment) {
    public PetrarchEntry {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
    }

    /** True when at least one role has a date. */
    public boolean dated() { return roles.stream().anyMatch(r -> !r.undated()); }

    /** Where the entry is, as {@code file:line}. */
    public String where() { return source + ":" + line; }
}
