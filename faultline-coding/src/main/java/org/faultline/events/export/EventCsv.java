package org.faultline.events.export;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.faultline.actors.Actor;
import org.faultline.events.Event;
import org.faultline.events.Location;

/**
 * Events as CSV, one row per event, in ACLED-like columns that spreadsheets, R's
 * {@code read.csv} and pandas load directly: RFC 4180 quoting (fields with commas, quotes or line
 * breaks are quoted, quotes doubled), CRLF row ends, a header row, UTF-8 (the caller's writer
 * decides the encoding). Needs the events and a way to find each article's origin; gives rows.
 */
public final class EventCsv implements AutoCloseable {
    /** The header, in column order; the README documents each column. */
    public static final List<String> COLUMNS = List.of(
            "event_id", "article_id", "event_date", "date_precision", "event_type", "mode", "cameo", "goldstein",
            "quad", "source_name", "source_country", "source_sector", "target_name", "target_country",
            "target_sector", "place", "place_country", "latitude", "longitude", "factuality", "claimed_by",
            "confidence", "incident_id", "source_outlet", "url", "evidence");

    private final CSVPrinter printer;
    private final Function<String, ArticleOrigin> origins;
    private int rows;

    /**
     * @param out     where rows go (header written at once)
     * @param origins article id to its origin; may answer null for unknown
     */
    public EventCsv(Appendable out, Function<String, ArticleOrigin> origins) throws IOException {
        if (out == null) throw new IllegalArgumentException("out must not be null");
        this.origins = origins == null ? id -> ArticleOrigin.UNKNOWN : origins;
        this.printer = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out);
    }

    /** Writes one event's row. */
    public void write(Event e) throws IOException {
        ArticleOrigin origin = origins.apply(e.articleId());
        if (origin == null) origin = ArticleOrigin.UNKNOWN;
        Location l = e.location();
        printer.printRecord(e.id(), e.articleId(), e.date(), e.datePrecision().name().toLowerCase(Locale.ROOT),
                e.type(), e.mode(), e.cameo(), number(e.goldstein()), e.quad(),
                name(e.source()), country(e.source()), sector(e.source()),
                name(e.target()), country(e.target()), sector(e.target()),
                l == null ? null : l.name(), l == null ? null : l.country(),
                l == null || l.lat() == null ? null : number(l.lat()), l == null || l.lon() == null ? null : number(l.lon()),
                e.factuality().label(), name(e.claimedBy()), number(e.confidence()), e.incidentId(),
                origin.outlet(), origin.url(), oneLine(e.evidence()));
        rows++;
    }

    /** Rows written so far, header not counted. */
    public int rows() { return rows; }

    public void flush() throws IOException { printer.flush(); }

    @Override
    public void close() throws IOException { printer.close(); }

    private static String name(Actor a) { return a == null ? null : a.name(); }

    private static String country(Actor a) { return a == null ? null : a.country(); }

    private static String sector(Actor a) { return a == null ? null : a.sector(); }

    /** Locale-free decimals without a trailing ".0" on whole numbers, as spreadsheets show them. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return Double.toString(v);
    }

    /** Evidence sentences may hold hard line breaks from the source; a row reads better on one line. */
    private static String oneLine(String s) {
        return s == null ? null : s.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
