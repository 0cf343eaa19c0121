package org.faultline.ingest.read;

import org.faultline.ingest.date.DateParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The publication dates of a feed's items as written, in item order. ROME turns dates into instants,
 * losing the publisher's offset, so an item published at 01:00 +04:00 would land on the previous day
 * in UTC; reading the raw value keeps the calendar date the publisher meant.
 */
final class FeedDates {
    private static final String[] DATE_TAGS = {"pubDate", "published", "dc|date", "dc:date", "issued", "updated", "modified"};

    private FeedDates() {
    }

    /** One entry per item or entry element, null where no date could be read. */
    static List<LocalDate> of(String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        List<LocalDate> out = new ArrayList<>();
        for (Element item : doc.select("item, entry")) out.add(date(item));
        return out;
    }

    private static LocalDate date(Element item) {
        for (String tag : DATE_TAGS) {
            for (Element e : item.children()) {
                if (e.tagName().equalsIgnoreCase(tag.replace('|', ':'))) {
                    LocalDate d = DateParser.parse(e.text()).orElse(null);
                    if (d != null) return d;
                }
            }
        }
        return null;
    }
}
