package org.faultline.actors;

/**
 * A dictionary file (actors, sectors, gazetteer) contains a line Faultline cannot read. The
 * message names the file, the line number, the field and what to do, e.g.
 * {@code my-actors.tsv:12: field 'from': '2024-13-01' is not an ISO date (YYYY-MM-DD)}.
 */
public final class DictionaryFormatException extends IllegalArgumentException {
    private final String source;
    private final int line;
    private final String field;

    public DictionaryFormatException(String source, int line, String field, String problem) {
        super(source + ":" + line + ": " + (field == null ? "" : "field '" + field + "': ") + problem);
        this.source = source;
        this.line = line;
        this.field = field;
    }

    /** The file (or resource) name as given to the loader. */
    public String source() { return source; }

    /** 1-based line number. */
    public int line() { return line; }

    /** The offending field's name, or null when the whole line is wrong. */
    public String field() { return field; }
}
