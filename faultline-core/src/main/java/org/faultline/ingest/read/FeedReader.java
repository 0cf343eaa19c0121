package org.faultline.ingest.read;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.faultline.ingest.IngestOutcome;
import org.faultline.ingest.InputException;
import org.faultline.ingest.RawDocument;
import org.faultline.ingest.html.FragmentText;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Reads an RSS (0.9x, 1.0, 2.0) or Atom feed with ROME: one document per item, with the item's title,
 * link and publication date (updated date when no published date). The item's text is its longest
 * content or description, HTML turned into paragraphs. A feed that does not parse fails whole; an
 * item without text fails alone. DOCTYPEs are refused (no external entities are ever fetched), and so
 * is a feed nesting elements deeper than {@link XmlNesting#LIMIT}.
 */
public final class FeedReader {
    public ReadBatch read(String source, String xml, List<String> problems) throws InputException {
        int depth = XmlNesting.depth(xml, XmlNesting.LIMIT);
        if (depth > XmlNesting.LIMIT)
            throw new InputException("feed nests elements more than " + XmlNesting.LIMIT + " deep; not read");
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            throw new InputException("feed could not be parsed: " + firstLine(e.getMessage()), e);
        }
        if (feed.getEntries().isEmpty()) throw new InputException("feed has no items");
        List<RawDocument> docs = new ArrayList<>();
        List<IngestOutcome.Failed> failures = new ArrayList<>();
        List<LocalDate> written = FeedDates.of(xml);
        boolean aligned = written.size() == feed.getEntries().size();
        int index = 0;
        for (SyndEntry entry : feed.getEntries()) {
            index++;
            String key = entry.getLink() != null && !entry.getLink().isBlank() ? entry.getLink().strip()
                    : entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip() : "item-" + index;
            String itemSource = source + "#" + key;
            String html = body(entry);
            String text = html == null ? "" : FragmentText.of(html);
            if (text.isBlank()) {
                failures.add(new IngestOutcome.Failed(itemSource, "feed item " + index + " has no text"));
                continue;
            }
            LocalDate date = aligned && written.get(index - 1) != null ? written.get(index - 1) : date(entry);
            docs.add(new RawDocument(itemSource, entry.getLink(), "feed", html, text, entry.getTitle(),
                    date, List.of(), problems));
        }
        return new ReadBatch(docs, failures);
    }

    private static String body(SyndEntry entry) {
        String best = null;
        for (SyndContent c : entry.getContents()) {
            if (c.getValue() != null && (best == null || c.getValue().length() > best.length())) best = c.getValue();
        }
        SyndContent d = entry.getDescription();
        if (d != null && d.getValue() != null && (best == null || d.getValue().length() > best.length())) best = d.getValue();
        return best;
    }

    private static LocalDate date(SyndEntry entry) {
        Date d = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
