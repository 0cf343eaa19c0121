package org.faultline.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.faultline.claims.Claim;
import org.faultline.claims.Contradiction;
import org.faultline.commitments.Commitment;
import org.faultline.events.Event;
import org.faultline.incidents.Incident;
import org.faultline.ingest.Article;
import org.faultline.nlp.Doc;

/**
 * The store: articles, their annotation, coded events and claims, with a full-text index, plus
 * the corpus-level results computed over them (incidents, contradictions, commitments). It lives
 * in one SQLite file (the default) or in a PostgreSQL database a team shares. Open with
 * {@link #open(Path)} or {@link #open(String)} (a path or a {@code postgresql://} URL), which
 * creates the database's tables and brings its schema up to date; close when done.
 *
 * <p>Writes are one transaction per article, committed with synchronous=FULL: once
 * {@link #save} returns, the article survives a crash. Saving an id that is already stored
 * <em>replaces</em> it with everything it owns (annotation, events, claims), keeping its place in
 * storage order and its first ingestion time, so re-running an ingest adds nothing; callers that
 * want to skip re-annotation check {@link #existsId} first. Corpus-level results are replaced
 * wholesale by {@link #replaceLinks}, also in one transaction.
 *
 * <p>Thread-safe. Writes are serialised on one writer connection; reads use a small pool of
 * read-only connections and never wait for a write in progress: each read sees the database as
 * of the last committed write (one snapshot per call). Other processes may read and write the
 * same file too (WAL, busy timeout). On PostgreSQL, several processes (servers, ingests) share
 * one database the same way: their writes queue one at a time, their reads never wait.
 */
public final class Store implements AutoCloseable {
    /** Default highlight markers put around matched terms in search snippets. */
    public static final String MARK_OPEN = "[";
    public static final String MARK_CLOSE = "]";

    private final Database db;
    private final JsonCodec json = new JsonCodec();
    private final ArticleRows articles;
    private final DocRows docs = new DocRows(json);
    private final EventRows events;
    private final Reads reads;
    private final ActorTallies actorTallies;
    private final FullText search;
    private final ClaimRows claims;
    private final IncidentRows incidents;
    private final ContradictionRows contradictions;
    private final CommitmentRows commitments;
    private final WatchRows watch = new WatchRows();
    private final WindowRows window;

    private Store(Database db) {
        this.db = db;
        Dialect dialect = db.dialect();
        articles = new ArticleRows(json);
        events = new EventRows(json, dialect);
        reads = new Reads(docs, events, dialect, db.counts());
        actorTallies = new ActorTallies(dialect);
        search = dialect.fullText();
        claims = new ClaimRows(json, dialect);
        incidents = new IncidentRows(json, dialect);
        contradictions = new ContradictionRows(claims, dialect);
        commitments = new CommitmentRows(json, dialect);
        window = new WindowRows(articles, events, claims);
    }

    /**
     * Opens (creating if needed, with its parent folders) the database at {@code dbFile} and
     * applies any missing schema migrations.
     *
     * @throws StoreException naming the path when it is a directory, not writable, not a SQLite
     *                        database, or has a schema newer than this code
     */
    public static Store open(Path dbFile) {
        if (dbFile == null) throw new IllegalArgumentException("database path must not be null");
        return open(new SqliteDialect(dbFile.toAbsolutePath().normalize()));
    }

    /**
     * Opens the database named by {@code location}: a PostgreSQL URL
     * ({@code postgresql://user[:password]@host[:port]/db}, {@code postgres://...} or
     * {@code jdbc:postgresql://...}) or else a SQLite file path as for {@link #open(Path)}.
     * A PostgreSQL database must exist (createdb); its tables are created and migrated here.
     *
     * @throws IllegalArgumentException when the location is blank or a malformed URL
     * @throws StoreException           naming the database when it cannot be opened or migrated
     */
    public static Store open(String location) {
        if (location == null || location.isBlank())
            throw new IllegalArgumentException("database location must not be blank (a file path or a postgresql:// URL)");
        if (PostgresUrl.matches(location)) return open(new PostgresDialect(PostgresUrl.parse(location)));
        Path path;
        try {
            path = Path.of(location.strip());
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("database location '" + location + "' is neither a file path nor a "
                    + "postgresql:// URL: " + e.getMessage(), e);
        }
        return open(path);
    }

    /** True when {@code location} names a PostgreSQL database rather than a SQLite file. */
    public static boolean isServerUrl(String location) {
        return location != null && PostgresUrl.matches(location);
    }

    private static Store open(Dialect dialect) {
        Connection conn = dialect.openWriter();
        try {
            Migrations.bundled(dialect.migrationVariants()).apply(conn, dialect);
            return new Store(new Database(dialect, conn));
        } catch (SQLException e) {
            DatabaseFile.closeQuietly(conn);
            throw new StoreException(dialect.describe(e), e);
        } catch (RuntimeException e) {
            DatabaseFile.closeQuietly(conn);
            throw e;
        }
    }

    /** The SQLite file, or null when the store is a PostgreSQL database (see {@link #location()}). */
    public Path path() { return db.dialect().file(); }

    /** The database for messages: the file path, or the PostgreSQL URL without its password. */
    public String location() { return db.dialect().location(); }

    /** True when the store is a PostgreSQL database rather than a SQLite file. */
    public boolean isShared() { return db.dialect().file() == null; }

    /** The schema version of the open database. */
    public int schemaVersion() { return db.read(Migrations::currentVersion); }

    /**
     * Stores an article with its annotation (may be null: not annotated) and events, in one
     * transaction. Replaces everything stored under the same id, its claims included.
     *
     * @throws IllegalArgumentException when the doc or an event belongs to another article
     */
    public SaveOutcome save(Article article, Doc doc, List<Event> eventList) {
        return save(article, doc, eventList, List.of());
    }

    /**
     * Stores an article with its annotation (may be null), events and claims, in one transaction.
     * Replaces everything stored under the same id. Contradictions citing the replaced claims are
     * dropped with them (until the next {@link #replaceLinks}).
     *
     * @throws IllegalArgumentException when the doc, an event or a claim belongs to another
     *                                  article, or an event or claim id is used twice
     */
    public SaveOutcome save(Article article, Doc doc, List<Event> eventList, List<Claim> claimList) {
        requireNonNull(article, "article must not be null");
        List<Event> evs = eventList == null ? List.of() : eventList;
        List<Claim> cls = claimList == null ? List.of() : claimList;
        if (doc != null && !doc.id().equals(article.id()))
            throw new IllegalArgumentException("doc " + doc.id() + " does not belong to article " + article.id());
        requireOwnEvents(article.id(), evs);
        requireOwnClaims(article.id(), cls);
        return db.write(c -> saveIn(c, article, doc, evs, cls));
    }

    /**
     * Stores many articles as {@link #save(Article, Doc, List, List)} does, all in ONE transaction:
     * for bulk loads (benchmarks, imports), where one durable commit per article would cost a
     * disk sync each. All or nothing: when one article is refused, none is stored.
     *
     * @return the outcome of each article, in the given order
     * @throws IllegalArgumentException as {@link #save(Article, Doc, List, List)}, naming the article
     */
    public List<SaveOutcome> saveAll(List<ArticleBundle> bundles) {
        requireNonNull(bundles, "bundles must not be null");
        for (ArticleBundle b : bundles) {
            requireNonNull(b, "bundles must not contain null");
            requireOwnEvents(b.article().id(), b.events());
            requireOwnClaims(b.article().id(), b.claims());
        }
        return db.write(c -> {
            List<SaveOutcome> out = new java.util.ArrayList<>(bundles.size());
            for (ArticleBundle b : bundles) out.add(saveIn(c, b.article(), b.doc(), b.events(), b.claims()));
            return out;
        });
    }

    private SaveOutcome saveIn(Connection c, Article article, Doc doc, List<Event> evs, List<Claim> cls) throws SQLException {
        ArticleRows.Stored previous = articles.stored(c, article.id());
        if (previous != null) articles.delete(c, article.id());
        articles.insert(c, article, previous, doc != null, doc == null ? null : doc.reportDate());
        if (doc != null) docs.insert(c, article.id(), doc);
        events.insert(c, article.id(), evs);
        claims.insert(c, article.id(), cls);
        return previous == null ? SaveOutcome.INSERTED : SaveOutcome.REPLACED;
    }

    /**
     * Replaces the events of a stored article (after re-coding its stored doc), in one transaction.
     *
     * @throws IllegalArgumentException when no article has this id or an event belongs to another
     */
    public void replaceEvents(String articleId, List<Event> eventList) {
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
    public int setIncidentIds(Map<String, String> incidentByEvent) {
        requireNonNull(incidentByEvent, "incident map must not be null");
        return db.write(c -> events.setIncidents(c, incidentByEvent));
    }

    /**
     * Replaces the claims of a stored article (after re-extracting them), in one transaction.
     *
     * @throws IllegalArgumentException when no article has this id or a claim belongs to another
     */
    public void replaceClaims(String articleId, List<Claim> claimList) {
        requireId(articleId);
        List<Claim> cls = claimList == null ? List.of() : claimList;
        requireOwnClaims(articleId, cls);
        db.write(c -> {
            if (articles.stored(c, articleId) == null)
                throw new IllegalArgumentException("no stored article with id " + articleId);
            claims.deleteFor(c, articleId);
            claims.insert(c, articleId, cls);
            return null;
        });
    }

    /**
     * Replaces ALL corpus-level results in one transaction: incidents, contradictions and
     * commitments are deleted and these stored in their place, every event's incident id is
     * cleared and then set from {@code incidentByEvent} (event id to incident id; when null, it
     * is derived from each incident's event ids). Readers see the old results or the new ones,
     * never a mix. Returns how many stored events got an incident id.
     *
     * @throws IllegalArgumentException when a list holds null or a repeated id, a contradiction
     *                                  cites a claim that is not stored, or the map names an
     *                                  incident that is not in the list
     */
    public int replaceLinks(List<Incident> incidentList, Map<String, String> incidentByEvent,
                            List<Contradiction> contradictionList, List<Commitment> commitmentList) {
        List<Incident> inc = LinkChecks.noNulls(incidentList, "incidents");
        List<Contradiction> con = LinkChecks.noNulls(contradictionList, "contradictions");
        List<Commitment> com = LinkChecks.noNulls(commitmentList, "commitments");
        Map<String, String> byEvent = LinkChecks.incidentByEvent(inc, incidentByEvent);
        LinkChecks.uniqueIds(inc, Incident::id, "incident");
        LinkChecks.uniqueIds(con, Contradiction::id, "contradiction");
        LinkChecks.uniqueIds(com, Commitment::id, "commitment");
        return db.write(c -> {
            contradictions.deleteAll(c);
            incidents.deleteAll(c);
            commitments.deleteAll(c);
            events.clearIncidents(c);
            incidents.insert(c, inc);
            contradictions.insert(c, con);
            commitments.insert(c, com);
            return events.setIncidents(c, byEvent);
        });
    }

    /**
     * The ids of the articles published within [from, to] (days, inclusive) or holding an event whose
     * dates overlap it: what an incremental link of that window must look at.
     */
    public Set<String> articlesInWindow(java.time.LocalDate from, java.time.LocalDate to) {
        requireNonNull(from, "from must not be null");
        requireNonNull(to, "to must not be null");
        return db.read(c -> window.inWindow(c, from, to));
    }

    /**
     * The linking input of a time window: the articles published in [from, to] or holding an event
     * dated within it, all their events and claims, and - so that an incident spanning the window's
     * edge is recomputed whole and keeps its id and members - every event of a stored incident one
     * of those events belongs to, with its article's row and claims. Read in one snapshot.
     */
    public LinkInput linkWindow(java.time.LocalDate from, java.time.LocalDate to) {
        requireNonNull(from, "from must not be null");
        requireNonNull(to, "to must not be null");
        return db.read(c -> {
            Set<String> ids = window.inWindow(c, from, to);
            List<Event> evs = new ArrayList<>(window.events(c, ids));
            Set<String> incs = new java.util.TreeSet<>();
            for (Event e : evs) if (e.incidentId() != null) incs.add(e.incidentId());
            Set<String> have = new java.util.HashSet<>();
            for (Event e : evs) have.add(e.id());
            Set<String> all = new java.util.TreeSet<>(ids);
            for (Event e : window.eventsOfIncidents(c, incs))
                if (have.add(e.id())) {
                    evs.add(e);
                    all.add(e.articleId());
                }
            return new LinkInput(window.articles(c, all), evs, window.claims(c, all));
        });
    }

    /** The stored articles among these ids with their events and claims, in one read snapshot. */
    public LinkInput linkInput(Set<String> articleIds) {
        requireNonNull(articleIds, "article ids must not be null");
        return db.read(c -> new LinkInput(window.articles(c, articleIds), window.events(c, articleIds),
                window.claims(c, articleIds)));
    }

    /** The linking input of a window ({@link #linkWindow}): articles, the events to link, their articles' claims. */
    public record LinkInput(List<Article> articles, List<Event> events, List<Claim> claims) {}

    /**
     * Replaces the corpus-level results of a window ({@link #linkWindow}), in one transaction: the
     * stored incidents of its events (and any with a recomputed id) are deleted and its events' incident
     * ids cleared; contradictions between two of its claims are deleted; commitments recomputed (same
     * id) or evidenced only by its articles are deleted; then the given results are stored and the
     * window's events get their incident from {@code incidentByEvent} (null: derived from the
     * incidents). Everything outside the window is left alone. Returns how many events got an incident.
     *
     * @throws IllegalArgumentException as {@link #replaceLinks}
     */
    public int replaceLinksWithin(LinkInput windowInput, List<Incident> incidentList, Map<String, String> incidentByEvent,
                                  List<Contradiction> contradictionList, List<Commitment> commitmentList) {
        requireNonNull(windowInput, "window must not be null");
        List<Incident> inc = LinkChecks.noNulls(incidentList, "incidents");
        List<Contradiction> con = LinkChecks.noNulls(contradictionList, "contradictions");
        List<Commitment> com = LinkChecks.noNulls(commitmentList, "commitments");
        Map<String, String> byEvent = LinkChecks.incidentByEvent(inc, incidentByEvent);
        LinkChecks.uniqueIds(inc, Incident::id, "incident");
        LinkChecks.uniqueIds(con, Contradiction::id, "contradiction");
        LinkChecks.uniqueIds(com, Commitment::id, "commitment");
        List<String> eventIds = windowInput.events().stream().map(Event::id).toList();
        Set<String> claimIds = new java.util.HashSet<>();
        for (Claim k : windowInput.claims()) claimIds.add(k.id());
        Set<String> articleIds = new java.util.HashSet<>();
        for (Article a : windowInput.articles()) articleIds.add(a.id());
        return db.write(c -> {
            Set<String> oldIncidents = window.incidentsOfEvents(c, eventIds);
            for (Incident i : inc) oldIncidents.add(i.id());
            window.deleteIncidents(c, oldIncidents);
            window.clearEventIncidents(c, eventIds);
            window.deleteContradictions(c, window.contradictionsWithin(c, claimIds));
            window.deleteContradictions(c, con.stream().map(Contradiction::id).toList());
            // a commitment evidenced only by the window's articles was first reported on a date they carry
            List<Commitment> stored = new ArrayList<>();
            String[] span = isoSpan(windowInput);
            if (span != null) commitments.forEachMadeBetween(c, span[0], span[1] + "\uffff", stored::add);
            window.deleteCommitments(c, WindowRows.commitmentsToReplace(stored, articleIds,
                    com.stream().map(Commitment::id).toList()));
            incidents.insert(c, inc);
            contradictions.insert(c, con);
            commitments.insert(c, com);
            return events.setIncidents(c, byEvent);
        });
    }

    /** The least and greatest ISO date among a window's publication and event dates; null when none. */
    private static String[] isoSpan(LinkInput w) {
        String lo = null, hi = null;
        List<String> dates = new ArrayList<>();
        for (Article a : w.articles()) if (a.published() != null) dates.add(a.published().toString());
        for (Event e : w.events()) if (e.date() != null && !e.date().isBlank()) dates.add(e.date());
        for (String d : dates) {
            if (lo == null || d.compareTo(lo) < 0) lo = d;
            if (hi == null || d.compareTo(hi) > 0) hi = d;
        }
        return lo == null ? null : new String[] {lo, hi};
    }

    /** Deletes an article and everything it owns; true when there was one. */
    public boolean delete(String articleId) {
        requireId(articleId);
        return db.write(c -> {
            boolean existed = articles.stored(c, articleId) != null;
            articles.delete(c, articleId);
            return existed;
        });
    }

    public boolean existsId(String articleId) {
        requireId(articleId);
        return db.read(c -> articles.stored(c, articleId) != null);
    }

    public Optional<Article> findArticle(String articleId) {
        requireId(articleId);
        return db.read(c -> articles.find(c, articleId));
    }

    /** Articles in storage order, without their texts. */
    public List<ArticleSummary> listArticles(int limit, int offset) {
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        return db.read(c -> articles.list(c, limit, offset));
    }

    /** The article's annotation rebuilt from stored rows; empty when unknown or stored without one. */
    public Optional<Doc> loadDoc(String articleId) {
        requireId(articleId);
        return db.read(c -> reads.doc(c, articleId));
    }

    public List<Event> events(EventQuery query) {
        requireNonNull(query, "event query must not be null");
        return db.read(c -> reads.events(c, query));
    }

    /**
     * The actors of the stored events, most active first, counted in one SQL aggregate.
     *
     * @param country only actors of this country (and events involving it), or null for all
     * @param limit   at most this many (-1 for all)
     */
    public List<ActorTally> actorTallies(String country, int limit, int offset) {
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        String c = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        return db.read(conn -> actorTallies.page(conn, c, limit, offset));
    }

    /** A page of {@link #actorTallies} with the number of actors in all pages, in one aggregate. */
    public ActorTallyPage actorTallyPage(String country, int limit, int offset) {
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        String c = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        // an aggregate over every event (about a second at 200,000): kept until the data changes
        ActorTallies.Page p = db.read(conn -> db.counts().value(conn, List.of("actor-tallies", String.valueOf(c), limit, offset),
                cn -> actorTallies.pageWithTotal(cn, c, limit, offset)));
        return new ActorTallyPage(p.total(), p.items());
    }

    /** How many distinct actors {@link #actorTallies} would list without a page. */
    public long countActors(String country) {
        String c = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        return db.read(conn -> actorTallies.count(conn, c));
    }

    /** How many events match, ignoring the query's limit and offset. */
    public long countEvents(EventQuery query) {
        requireNonNull(query, "event query must not be null");
        return db.read(c -> reads.countEvents(c, query));
    }

    /** The claims of one article in their order; empty when unknown. */
    public List<Claim> claims(String articleId) {
        requireId(articleId);
        return claims(ClaimQuery.all().article(articleId));
    }

    public List<Claim> claims(ClaimQuery query) {
        requireNonNull(query, "claim query must not be null");
        return db.read(c -> claims.query(c, query));
    }

    /** How many claims match, ignoring the query's limit and offset. */
    public long countClaims(ClaimQuery query) {
        requireNonNull(query, "claim query must not be null");
        return db.read(c -> claims.count(c, query));
    }

    public Optional<Claim> findClaim(String claimId) {
        if (claimId == null || claimId.isBlank()) throw new IllegalArgumentException("claim id must not be blank");
        return db.read(c -> claims.find(c, claimId));
    }

    /** Contradictions with both claims, their sentences and articles, in stored order. */
    public List<ContestedPair> contradictions(ContradictionQuery query) {
        requireNonNull(query, "contradiction query must not be null");
        return db.read(c -> contradictions.pairs(c, query));
    }

    /** How many contradictions match, ignoring the query's limit and offset. */
    public long countContradictions(ContradictionQuery query) {
        requireNonNull(query, "contradiction query must not be null");
        return db.read(c -> contradictions.count(c, query));
    }

    public List<Incident> incidents(IncidentQuery query) {
        requireNonNull(query, "incident query must not be null");
        return db.read(c -> incidents.query(c, query));
    }

    /** How many incidents match, ignoring the query's limit and offset. */
    public long countIncidents(IncidentQuery query) {
        requireNonNull(query, "incident query must not be null");
        return db.read(c -> incidents.count(c, query));
    }

    public Optional<Incident> findIncident(String incidentId) {
        if (incidentId == null || incidentId.isBlank()) throw new IllegalArgumentException("incident id must not be blank");
        return db.read(c -> incidents.find(c, incidentId));
    }

    public List<Commitment> commitments(CommitmentQuery query) {
        requireNonNull(query, "commitment query must not be null");
        return db.read(c -> commitments.query(c, query));
    }

    /** How many commitments match, ignoring the query's limit and offset. */
    public long countCommitments(CommitmentQuery query) {
        requireNonNull(query, "commitment query must not be null");
        return db.read(c -> commitments.count(c, query));
    }

    /**
     * Per-day aggregates of the events from {@code sourceCountry} to {@code targetCountry} (and
     * back, when {@code bothDirections}), over events dated to the day, in date order; days
     * without events are left out. Each incident counts once however many reports it has: its
     * events collapse into one occurrence placed on its first day, with the Goldstein score and
     * quad class of its most extreme report. Events without an incident count one each.
     */
    public List<DailyAggregate> dailyAggregates(String sourceCountry, String targetCountry, boolean bothDirections) {
        String source = QueryParts.upper(sourceCountry);
        String target = QueryParts.upper(targetCountry);
        if (source == null) throw new IllegalArgumentException("source country must not be blank");
        if (target == null) throw new IllegalArgumentException("target country must not be blank");
        return db.read(c -> TensionQueries.daily(c, source, target, bothDirections));
    }

    /** The {@code limit} most active directed country pairs, by event mentions. */
    public List<Dyad> dyads(int limit) {
        if (limit < 1) throw new IllegalArgumentException("dyad limit must be >= 1, was " + limit);
        return db.read(c -> TensionQueries.dyads(c, limit));
    }

    /** Problems found by the database's integrity check, the foreign keys and the full-text index; empty when sound. */
    public List<String> checkIntegrity() {
        // on the writer connection: SQLite's full-text check is run as an INSERT, refused by read-only connections
        return db.write(c -> db.dialect().integrityProblems(c));
    }

    public StoreStats stats() { return db.read(StatsQuery::compute); }

    /**
     * Every article in storage order, for export. The consumer runs while rows are read, inside
     * one read snapshot: it may read from the store (on the same snapshot) and even write (a
     * write does not change what this iteration sees).
     */
    public void forEachArticle(Consumer<Article> consumer) {
        requireNonNull(consumer, "consumer must not be null");
        db.read(c -> { articles.forEach(c, consumer); return null; });
    }

    /** Every event in storage order, for export. */
    public void forEachEvent(Consumer<Event> consumer) {
        requireNonNull(consumer, "consumer must not be null");
        db.read(c -> { reads.forEachEvent(c, consumer); return null; });
    }

    /** Every claim in storage order (articles in storage order, claims in article order), for export. */
    public void forEachClaim(Consumer<Claim> consumer) {
        requireNonNull(consumer, "consumer must not be null");
        db.read(c -> { claims.forEach(c, consumer); return null; });
    }

    /** Every incident in stored order, for export. */
    public void forEachIncident(Consumer<Incident> consumer) {
        requireNonNull(consumer, "consumer must not be null");
        db.read(c -> { incidents.forEach(c, consumer); return null; });
    }

    /** Every contradiction in stored order, for export. */
    public void forEachContradiction(Consumer<Contradiction> consumer) {
        requireNonNull(consumer, "consumer must not be null");
        db.read(c -> { contradictions.forEach(c, consumer); return null; });
    }

    /** Every commitment in stored order, for export. */
    public void forEachCommitment(Consumer<Commitment> consumer) {
        requireNonNull(consumer, "consumer must not be null");
        db.read(c -> { commitments.forEach(c, consumer); return null; });
    }

    public Set<String> ids() { return db.read(reads::ids); }

    /** Content hash to the id of the first article with it, over articles that are not duplicates. */
    public Map<String, String> knownHashes() { return db.read(reads::knownHashes); }

    /** (id, clean text) of every article that is not a duplicate, to seed near-duplicate detection. */
    public void forEachOriginalText(BiConsumer<String, String> consumer) {
        requireNonNull(consumer, "consumer must not be null");
        db.read(c -> { reads.forEachText(c, consumer, true); return null; });
    }

    /**
     * (id, content hash, fingerprint) of every original article in storage order: what seeds
     * duplicate detection, read as bytes so an ingest into a large store does not shingle every
     * stored text again. Articles stored before fingerprints were kept (schema V12) get theirs
     * computed once here and saved.
     */
    public void forEachOriginalFingerprint(java.util.function.Consumer<StoredFingerprint> consumer) {
        requireNonNull(consumer, "consumer must not be null");
        List<StoredFingerprint> missing = new java.util.ArrayList<>();
        db.read(c -> { articles.forEachOriginalFingerprint(c, consumer, missing::add); return null; });
        if (!missing.isEmpty()) db.write(c -> { articles.saveFingerprints(c, missing); return null; });
    }

    /** (id, clean text) of every article, duplicates included, in storage order (originals come first). */
    public void forEachText(BiConsumer<String, String> consumer) {
        requireNonNull(consumer, "consumer must not be null");
        db.read(c -> { reads.forEachText(c, consumer, false); return null; });
    }

    /** Full-text search with the default markers {@link #MARK_OPEN} and {@link #MARK_CLOSE}. */
    public List<SearchHit> search(String query, int limit) { return search(query, limit, MARK_OPEN, MARK_CLOSE); }

    /**
     * Articles matching {@code query}, best first (title matches weigh 3x): by bm25 in SQLite
     * (among the 1,000 most recently stored matches, so a common word costs the same at any
     * store size), by ts_rank in PostgreSQL; scores are comparable within one result list only.
     *
     * @throws IllegalArgumentException when the query is blank or has nothing searchable
     */
    public List<SearchHit> search(String query, int limit, String markOpen, String markClose) {
        if (query == null || query.isBlank()) throw new IllegalArgumentException("search query must not be blank");
        if (limit < 1) throw new IllegalArgumentException("search limit must be >= 1, was " + limit);
        requireNonNull(markOpen, "markOpen must not be null");
        requireNonNull(markClose, "markClose must not be null");
        return db.read(c -> search.search(c, query.strip(), limit, markOpen, markClose));
    }

    // --- watch state and alerts (faultline watch) ---

    /** Every watched source's remembered state, by name. */
    public List<SourceStatus> sourceStatuses() { return db.read(watch::sources); }

    /** One watched source's remembered state. */
    public Optional<SourceStatus> sourceStatus(String name) { return db.read(c -> watch.source(c, name)); }

    /** Saves a watched source's state (insert or replace). */
    public void saveSourceStatus(SourceStatus status) {
        if (status == null) throw new IllegalArgumentException("status must not be null");
        db.write(c -> {
            watch.saveSource(c, status);
            return null;
        });
    }

    /** The item keys a watched source has yielded so far. */
    public Set<String> seenItems(String source) { return db.read(c -> watch.seenKeys(c, source)); }

    /** Records that a source yielded an item (stored as {@code articleId}, or null); false when known already. */
    public boolean markSeen(String source, String itemKey, String articleId, java.time.Instant at) {
        return db.write(c -> watch.markSeen(c, source, itemKey, articleId, at));
    }

    /** The outlet configured for the watch source that yielded this article, or null. */
    public String configuredOutlet(String articleId) { return db.read(c -> watch.outletOf(c, articleId)); }

    /**
     * Keeps a fired alert with a pending delivery per sink, in one transaction; an alert of the
     * same dyad, granularity and period fired before is left alone.
     *
     * @return true when the alert is new
     */
    public boolean fireAlert(StoredAlert alert, List<String> sinks) {
        if (alert == null) throw new IllegalArgumentException("alert must not be null");
        return db.write(c -> watch.fire(c, alert, sinks == null ? List.of() : sinks));
    }

    /** The fired alerts, newest first. */
    public List<StoredAlert> firedAlerts(int limit) { return db.read(c -> watch.alerts(c, limit)); }

    /** Deliveries not yet made, oldest alert first. */
    public List<PendingDelivery> pendingDeliveries() { return db.read(watch::pending); }

    /** Records one delivery attempt: delivered at {@code deliveredAt}, or failed with {@code error}. */
    public void recordDelivery(StoredAlert alert, String sink, java.time.Instant deliveredAt, String error) {
        db.write(c -> {
            watch.deliveryAttempt(c, alert, sink, deliveredAt, error);
            return null;
        });
    }

    @Override
    public void close() { db.close(); }

    private static void requireOwnEvents(String articleId, List<Event> evs) {
        for (Event e : evs) {
            if (e == null) throw new IllegalArgumentException("article " + articleId + ": events must not contain null");
            if (e.articleId() != null && !e.articleId().equals(articleId))
                throw new IllegalArgumentException("event " + e.id() + " belongs to article " + e.articleId()
                        + ", not " + articleId);
        }
    }

    private static void requireOwnClaims(String articleId, List<Claim> cls) {
        for (Claim k : cls) {
            if (k == null) throw new IllegalArgumentException("article " + articleId + ": claims must not contain null");
            if (k.articleId() != null && !k.articleId().equals(articleId))
                throw new IllegalArgumentException("claim " + k.id() + " belongs to article " + k.articleId()
                        + ", not " + articleId);
        }
    }

    /** The plans of the statements an events listing runs (SQLite), for tests in this package. */
    Map<String, List<String>> explainEvents(EventQuery query) { return db.read(c -> reads.explainEvents(c, query)); }

    /** The plans of the statements a search runs (SQLite), for tests in this package. */
    Map<String, List<String>> explainSearch(String query) {
        return db.read(c -> ((SearchIndex) search).explain(c, query));
    }

    /** The database, for tests in this package that hold a write open. */
    Database database() { return db; }

    private static void requireNonNull(Object value, String message) {
        if (value == null) throw new IllegalArgumentException(message);
    }

    private static void requireId(String id) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("article id must not be blank");
    }
}
