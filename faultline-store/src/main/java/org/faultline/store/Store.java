package org.faultline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.faultline.events.Event;
import org.faultline.ingest.Article;
import org.faultline.nlp.Doc;

/**
 * The embedded store: articles, their annotation and coded events in one SQLite file, with a
 * full-text index. Open with {@link #open(Path)}, which creates the file and brings its schema
 * up to date; close when done.
 *
 * <p>Writes are one transaction per article, committed with synchronous=FULL: once
 * {@link #save} returns, the article survives a crash. Saving an id that is already stored
 * <em>replaces</em> it with everything it owns (annotation, events), keeping its place in
 * storage order and its first ingestion time, so re-running an ingest adds nothing; callers that
 * want to skip re-annotation check {@link #existsId} first.
 *
 * <p>One connection, guarded by this object's lock: safe to share between threads, one
 * operation at a time. Other processes may read while one writes (WAL).
 */
public final class Store implements AutoCloseable {
    /** Default highlight markers put around matched terms in search snippets. */
    public static final String MARK_OPEN = "[";
    public static final String MARK_CLOSE = "]";

    private final Database db;
    private final JsonCodec json = new JsonCodec();
    private final ArticleRows articles = new ArticleRows(json);
    private final DocRows docs = new DocRows(json);
    private final EventRows events = new EventRows(json);
    private final Reads reads = new Reads(docs, events);
    private final SearchIndex search = new SearchIndex();

    private Store(Database db) { this.db = db; }

    /**
     * Opens (creating if needed, with its parent folders) the database at {@code dbFile} and
     * applies any missing schema migrations.
     *
     * @throws StoreException naming the path when it is a directory, not writable, not a SQLite
     *                        database, or has a schema newer than this code
     */
    public static Store open(Path dbFile) {
        if (dbFile == null) throw new IllegalArgumentException("database path must not be null");
        Path path = dbFile.toAbsolutePath().normalize();
        Connection conn = DatabaseFile.open(path);
        try {
            Migrations.bundled().apply(conn, path.toString());
            return new Store(new Database(path, conn));
        } catch (SQLException e) {
            DatabaseFile.closeQuietly(conn);
            throw new StoreException(DatabaseFile.describe(path, e), e);
        } catch (RuntimeException e) {
            DatabaseFile.closeQuietly(conn);
            throw e;
        }
    }

    public Path path() { return db.path(); }

    /** The schema version of the open database. */
    public synchronized int schemaVersion() { return db.read(Migrations::currentVersion); }

    /**
     * Stores an article with its annotation (may be null: not annotated) and events, in one
     * transaction. Replaces everything stored under the same id.
     *
     * @throws IllegalArgumentException when the doc or an event belongs to another article
     */
    public synchronized SaveOutcome save(Article article, Doc doc, List<Event> eventList) {
        requireNonNull(article, "article must not be null");
        List<Event> evs = eventList == null ? List.of() : eventList;
        if (doc != null && !doc.id().equals(article.id()))
            throw new IllegalArgumentException("doc " + doc.id() + " does not belong to article " + article.id());
        requireOwnEvents(article.id(), evs);
        return db.write(c -> {
            ArticleRows.Stored previous = articles.stored(c, article.id());
            if (previous != null) articles.delete(c, article.id());
            articles.insert(c, article, previous, doc != null, doc == null ? null : doc.reportDate());
            if (doc != null) docs.insert(c, article.id(), doc);
            events.insert(c, article.id(), evs);
            return previous == null ? SaveOutcome.INSERTED : SaveOutcome.REPLACED;
        });
    }

    /**
     * Replaces the events of a stored article (after re-coding its stored doc), in one transaction.
     *
     * @throws IllegalArgumentException when no article has this id or an event belongs to another
     */
    public synchronized void replaceEvents(String articleId, List<Event> eventList) {
        requireId(articleId);
        List<Event> evs = eventList == null ? List.of() : eventList;
        requireOwnEvents(articleId, evs);
        db.write(c -> {
            if (articles.stored(c, articleId) == null)
                throw new IllegalArgumentException("no stored article with id " + articleId);
            events.deleteFor(c, articleId);
            events.insert(c, articleId, evs);
            return null;
        });
    }

    /**
     * Sets the incident of each given event (event id to incident id; a null value clears it),
     * in one transaction. Returns how many stored events were updated; unknown ids are skipped.
     */
    public synchronized int setIncidentIds(Map<String, String> incidentByEvent) {
        requireNonNull(incidentByEvent, "incident map must not be null");
        return db.write(c -> events.setIncidents(c, incidentByEvent));
    }

    /** Deletes an article and everything it owns; true when there was one. */
    public synchronized boolean delete(String articleId) {
        requireId(articleId);
        return db.write(c -> {
            boolean existed = articles.stored(c, articleId) != null;
            articles.delete(c, articleId);
            return existed;
        });
    }

    public synchronized boolean existsId(String articleId) {
        requireId(articleId);
        return db.read(c -> articles.stored(c, articleId) != null);
    }

    public synchronized Optional<Article> findArticle(String articleId) {
        requireId(articleId);
        return db.read(c -> articles.find(c, articleId));
    }

    /** Articles in storage order, without their texts. */
    public synchronized List<ArticleSummary> listArticles(int limit, int offset) {
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        return db.read(c -> articles.list(c, limit, offset));
    }

    /** The article's annotation rebuilt from stored rows; empty when unknown or stored without one. */
    public synchronized Optional<Doc> loadDoc(String articleId) {
        requireId(articleId);
        return db.read(c -> reads.doc(c, articleId));
    }

    public synchronized List<Event> events(EventQuery query) {
        requireNonNull(query, "event query must not be null");
        return db.read(c -> reads.events(c, query));
    }

    /** How many events match, ignoring the query's limit and offset. */
    public synchronized long countEvents(EventQuery query) {
        requireNonNull(query, "event query must not be null");
        return db.read(c -> reads.countEvents(c, query));
    }

    /** Problems found by SQLite's integrity check, the foreign keys and the full-text index; empty when sound. */
    public synchronized List<String> checkIntegrity() { return db.read(IntegrityCheck::run); }

    public synchronized StoreStats stats() { return db.read(StatsQuery::compute); }

    /**
     * Every article in storage order, for export. The consumer runs under the store's lock while
     * rows are read: it may read from the store but must not write to it.
     */
    public synchronized void forEachArticle(Consumer<Article> consumer) {
        requireNonNull(consumer, "consumer must not be null");
        db.read(c -> { articles.forEach(c, consumer); return null; });
    }

    /** Every event in storage order, for export. */
    public synchronized void forEachEvent(Consumer<Event> consumer) {
        requireNonNull(consumer, "consumer must not be null");
        db.read(c -> { reads.forEachEvent(c, consumer); return null; });
    }

    public synchronized Set<String> ids() { return db.read(reads::ids); }

    /** Content hash to the id of the first article with it, over articles that are not duplicates. */
    public synchronized Map<String, String> knownHashes() { return db.read(reads::knownHashes); }

    /** (id, clean text) of every article that is not a duplicate, to seed near-duplicate detection. */
    public synchronized void forEachOriginalText(BiConsumer<String, String> consumer) {
        requireNonNull(consumer, "consumer must not be null");
        db.read(c -> { reads.forEachText(c, consumer, true); return null; });
    }

    /** (id, clean text) of every article, duplicates included, in storage order (originals come first). */
    public synchronized void forEachText(BiConsumer<String, String> consumer) {
        requireNonNull(consumer, "consumer must not be null");
        db.read(c -> { reads.forEachText(c, consumer, false); return null; });
    }

    /** Full-text search with the default markers {@link #MARK_OPEN} and {@link #MARK_CLOSE}. */
    public List<SearchHit> search(String query, int limit) { return search(query, limit, MARK_OPEN, MARK_CLOSE); }

    /**
     * Articles matching {@code query}, best first by bm25 (title matches weigh 3x).
     *
     * @throws IllegalArgumentException when the query is blank or has nothing searchable
     */
    public synchronized List<SearchHit> search(String query, int limit, String markOpen, String markClose) {
        if (query == null || query.isBlank()) throw new IllegalArgumentException("search query must not be blank");
        if (limit < 1) throw new IllegalArgumentException("search limit must be >= 1, was " + limit);
        requireNonNull(markOpen, "markOpen must not be null");
        requireNonNull(markClose, "markClose must not be null");
        return db.read(c -> search.search(c, query.strip(), limit, markOpen, markClose));
    }

    @Override
    public synchronized void close() { db.close(); }

    private static void requireOwnEvents(String articleId, List<Event> evs) {
        for (Event e : evs) {
            if (e == null) throw new IllegalArgumentException("article " + articleId + ": events must not contain null");
            if (e.articleId() != null && !e.articleId().equals(articleId))
                throw new IllegalArgumentException("event " + e.id() + " belongs to article " + e.articleId()
                        + ", not " + articleId);
        }
    }

    private static void requireNonNull(Object value, String message) {
        if (value == null) throw new IllegalArgumentException(message);
    }

    private static void requireId(String id) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id must not be blank");
    }
}
