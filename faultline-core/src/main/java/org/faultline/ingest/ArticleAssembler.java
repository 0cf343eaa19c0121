package org.faultline.ingest;

import org.faultline.ingest.clean.CleanResult;
import org.faultline.ingest.clean.TextCleaner;
import org.faultline.ingest.date.TextDates;
import org.faultline.ingest.dedup.ContentHash;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link RawDocument} into an {@link Article}: cleans the body, settles the title and the
 * publication date, and derives the content hash and the stable id
 * ({@link ContentHash#articleId first 16 hex of SHA-256(source + "\n" + contentHash)}).
 *
 * <p>Date precedence: the override option, then metadata, then a dateline under the headline
 * ({@link org.faultline.ingest.clean.DatelineDetector}), then the latest full date written in the
 * clean text that is not in the future ({@link TextDates#infer}, flagged {@code publishedInferred}),
 * else null with a problem saying so. Thread-safe.
 */
public final class ArticleAssembler {
    private final TextCleaner cleaner;
    private final LocalDate override;

    /**
     * @param cleaner  the text cleaner to use
     * @param override publication date forced on every article, or null
     */
    public ArticleAssembler(TextCleaner cleaner, LocalDate override) {
        this.cleaner = cleaner;
        this.override = override;
    }

    public Article assemble(RawDocument doc, LocalDate today) throws InputException {
        CleanResult clean = cleaner.clean(doc.body(), doc.title());
        if (clean.text().isBlank()) throw new InputException("no article text left after removing boilerplate");
        List<RemovedSpan> removed = new ArrayList<>(doc.removed());
        removed.addAll(clean.removed());
        List<String> problems = new ArrayList<>(doc.problems());
        LocalDate published = override != null ? override : doc.published() != null ? doc.published() : clean.dateline();
        boolean inferred = false;
        if (published == null) {
            Optional<LocalDate> guess = TextDates.infer(clean.text(), today);
            if (guess.isPresent()) {
                published = guess.get();
                inferred = true;
            } else {
                problems.add("no publication date: none in metadata and no full date in the text");
            }
        }
        String hash = ContentHash.of(clean.text());
        String id = ContentHash.articleId(doc.source(), hash);
        return new Article(id, doc.source(), doc.url(), clean.title(), published, inferred, doc.format(), doc.raw(),
                clean.text(), removed, hash, null, problems);
    }
}
