package org.faultline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.actors.ActorResolver;
import org.faultline.events.cameo.CameoTable;
import org.faultline.events.patterns.PatternBook;
import org.faultline.learn.roles.RoleModel;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event coder: turns annotated sentences into PLOVER/CAMEO events with actors, factuality,
 * date, place, Goldstein value and confidence, all driven by the pattern file.
 * <p>
 * Needs a {@link PatternBook}, the {@link CameoTable}, an {@link ActorResolver} and a
 * {@link PlaceResolver}. Holds no mutable state: one instance may code many documents from
 * several threads. Event ids are {@code articleId-sentenceIndex-ordinal}, stable for the same
 * input and data files.
 */
public final class EventCoder {
    private static final Logger log = LoggerFactory.getLogger(EventCoder.class);
    /** Shorter repeated sentences ("He denied it.") are ordinary prose, not a re-published paragraph. */
    static final int MIN_REPEAT_CHARS = 40;
    private final CoderParts parts;
    private final SentenceCheck check;
    private final Captions captions = new Captions(CoderWords.bundled());

    public EventCoder(PatternBook patterns, CameoTable cameo, ActorResolver actors, PlaceResolver places) {
        this(patterns, cameo, actors, places, null);
    }

    /**
     * A coder whose role steps ({@code role-steps.txt}) include the learned role model.
     *
     * @param roleModel the trained role model, loaded once by the caller; null for the rule steps alone
     */
    public EventCoder(PatternBook patterns, CameoTable cameo, ActorResolver actors, PlaceResolver places, RoleModel roleModel) {
        this(parts(patterns, cameo, actors, places, roleModel), SentenceCheck.none());
    }

    private EventCoder(CoderParts parts, SentenceCheck check) {
        this.parts = parts;
        this.check = check;
    }

    /** This coder with a second opinion on each sentence's rule events (the learned quad model; see learn.quad). */
    public EventCoder checkedBy(SentenceCheck sentenceCheck) {
        if (sentenceCheck == null) throw new IllegalArgumentException("sentence check must not be null (use SentenceCheck.none())");
        return new EventCoder(parts, sentenceCheck);
    }

    /** The same coder without its sentence check (the role steps stay as built). */
    public EventCoder rulesOnly() {
        return new EventCoder(parts, SentenceCheck.none());
    }

    private static CoderParts parts(PatternBook patterns, CameoTable cameo, ActorResolver actors, PlaceResolver places,
                                    RoleModel roleModel) {
        if (patterns == null) throw new IllegalArgumentException("patterns must not be null");
        if (cameo == null) throw new IllegalArgumentException("cameo table must not be null");
        if (actors == null) throw new IllegalArgumentException("actor resolver must not be null");
        if (places == null) throw new IllegalArgumentException("place resolver must not be null (use PlaceResolver.none())");
        requireKnownCodes(patterns, cameo);
        return new CoderParts(patterns, new TriggerMatcher(patterns), new FactualityFinder(patterns), actors,
                new RoleFinder(patterns, RoleSteps.bundled(patterns, roleModel == null ? null : new RoleSteps.Learned(roleModel, actors))),
                new EventBuilder(cameo, places));
    }

    /** A coder with the bundled patterns and CAMEO table and the given role model (null: rules only). */
    public static EventCoder withBundledData(ActorResolver actors, PlaceResolver places, RoleModel roleModel) {
        return new EventCoder(PatternBook.bundled(), CameoTable.bundled(), actors, places, roleModel);
    }

    /** The role steps in the order they run ("noun", "clause", "crowd", "learned"). */
    public List<String> roleSteps() {
        return parts.roles().stepNames();
    }

    /**
     * Every CAMEO code a pattern or the intent table can give must be in the Goldstein table: checked once here,
     * naming the file and line, rather than losing the event while coding.
     */
    static void requireKnownCodes(PatternBook patterns, CameoTable cameo) {
        for (org.faultline.events.patterns.Pattern p : patterns.all())
            if (p.cameo() != null && cameo.lookup(p.cameo()).isEmpty())
                throw new IllegalArgumentException(p.origin() + ": CAMEO code '" + p.cameo() + "' of pattern '" + p.lemma()
                        + "' is not in the Goldstein table (cameo-goldstein.tsv): add it there or fix the code");
        IntentCodes.bundled().requireKnown(cameo);
    }

    /** A coder with the bundled patterns and CAMEO table. */
    public static EventCoder withBundledData(ActorResolver actors, PlaceResolver places) {
        return new EventCoder(PatternBook.bundled(), CameoTable.bundled(), actors, places);
    }

    /** Events of every sentence of the doc, with the doc's id as article id and its report date. */
    public List<Event> code(Doc doc) {
        List<Event> out = new ArrayList<>();
        for (SentenceExplanation e : explain(doc)) out.addAll(e.events());
        return out;
    }

    /** Events of one sentence. {@code reportDate} may be null (events then carry only dates the text gives). */
    public List<Event> code(String articleId, Sentence sentence, LocalDate reportDate) {
        return explain(articleId, sentence, reportDate).events();
    }

    /** The events of one sentence together with every candidate word and why it did or did not give an event. */
    public SentenceExplanation explain(String articleId, Sentence sentence, LocalDate reportDate) {
        return explain(articleId, sentence, reportDate, PreviousActors.NONE, null);
    }

    private SentenceExplanation explain(String articleId, Sentence sentence, LocalDate reportDate, PreviousActors previous, YearFocus years) {
        if (articleId == null || articleId.isBlank()) throw new IllegalArgumentException("articleId must not be blank, was '" + articleId + "'");
        if (sentence == null) throw new IllegalArgumentException("sentence must not be null");
        String caption = captions.why(sentence, reportDate);
        if (caption != null) return quiet(articleId, sentence, caption);
        SentencePass pass = new SentencePass(parts, sentence, reportDate, previous);
        List<Draft> drafts;
        try {
            drafts = pass.run();
        } catch (RuntimeException e) { // a malformed parse must not lose the rest of the article
            log.warn("event coding failed on {} sentence {}: {}", articleId, sentence.index(), e.toString());
            pass.candidates().add(new Candidate(0, "-", "-", Candidate.Outcome.REJECTED, "coder error: " + e, null));
            drafts = List.of();
        }
        if (years != null) drafts = years.dated(drafts, sentence);
        List<Event> events = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) events.add(drafts.get(i).toEvent(articleId, sentence.index(), sentence.text(), i));
        SentenceCheck.Checked checked = check.check(sentence, events);
        for (String note : checked.notes()) pass.candidates().add(new Candidate(0, "-", "-", Candidate.Outcome.CUE, note, null));
        return new SentenceExplanation(articleId, sentence.index(), sentence.text(), pass.candidates(), checked.events());
    }

    /** A sentence that codes nothing, with the reason. */
    private static SentenceExplanation quiet(String articleId, Sentence sentence, String reason) {
        return new SentenceExplanation(articleId, sentence.index(), sentence.text(),
                List.of(new Candidate(0, "-", "-", Candidate.Outcome.REJECTED, reason, null)), List.of());
    }

    /**
     * Explanations for every sentence of a doc. Read in order: a sentence repeated word for word (a live-updated
     * article repeats its earlier paragraphs) is coded once, and months without a year in a passage about a past
     * year take that year ({@link YearFocus}).
     */
    public List<SentenceExplanation> explain(Doc doc) {
        if (doc == null) throw new IllegalArgumentException("doc must not be null");
        List<SentenceExplanation> out = new ArrayList<>();
        PreviousActors previous = PreviousActors.NONE; // the previous sentence's main actors, for "He said ..." / "They urged ..."
        Map<String, Integer> seen = new HashMap<>();
        YearFocus years = new YearFocus(doc.reportDate());
        for (Sentence original : doc.sentences()) {
            Sentence s = years.read(original);
            String key = repeatKey(s.text());
            Integer first = key.length() >= MIN_REPEAT_CHARS ? seen.putIfAbsent(key, s.index()) : null;
            if (first != null) {
                out.add(quiet(doc.id(), s, "repeats sentence " + first + " of the article word for word: coded once, there"));
                continue;
            }
            SentenceExplanation e = explain(doc.id(), s, doc.reportDate(), previous, years);
            years.coded(e.events());
            out.add(e);
            // only the sentence right before: a "he" two sentences after an actor was last coded
            // refers to someone named in between more often than to that actor
            previous = mainActors(e.events(), s);
        }
        return out;
    }

    /** Case, spacing and punctuation folded, so a re-published paragraph matches its first copy. */
    private static String repeatKey(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Distinct sources (with a country) of the first coded trigger of a sentence: "France and Germany condemned ..." gives both. */
    private static PreviousActors mainActors(List<Event> events, Sentence s) {
        List<Actor> out = new ArrayList<>();
        java.util.Set<Actor> persons = new java.util.HashSet<>();
        String trigger = null;
        for (Event ev : events) {
            if (ev.source() == null || ev.source().country() == null) continue;
            if (trigger == null) trigger = ev.trigger();
            if (!ev.trigger().equals(trigger)) break;
            if (out.stream().noneMatch(a -> a.code() != null && a.code().equals(ev.source().code()))) {
                out.add(ev.source());
                if (namedAsPerson(ev.source(), s)) persons.add(ev.source());
            }
        }
        return new PreviousActors(out, persons);
    }

    /** Whether the actor's phrase ends in a word the sentence tags as a person's name ("President Jane Doe"). */
    private static boolean namedAsPerson(Actor a, Sentence s) {
        if (a.text() == null || a.text().isBlank()) return false;
        String[] words = a.text().strip().split("\\s+");
        String last = words[words.length - 1];
        for (var t : s.tokens()) if (t.word().equals(last) && "PERSON".equals(t.ner())) return true;
        return false;
    }

    /** Codes already-annotated docs and measures the time spent coding alone (for {@code faultline bench}). */
    public CodingRun codeTimed(List<Doc> docs) {
        if (docs == null) throw new IllegalArgumentException("docs must not be null");
        long start = System.nanoTime();
        List<List<Event>> events = new ArrayList<>(docs.size());
        for (Doc d : docs) events.add(code(d));
        return new CodingRun(events, System.nanoTime() - start);
    }

    /** The result of {@link #codeTimed}: events per doc, in order, and the nanoseconds coding took. */
    public record CodingRun(List<List<Event>> events, long nanos) {
        public CodingRun {
            events = List.copyOf(events);
        }

        public int eventCount() {
            int n = 0;
            for (List<Event> e : events) n += e.size();
            return n;
        }
    }
}
