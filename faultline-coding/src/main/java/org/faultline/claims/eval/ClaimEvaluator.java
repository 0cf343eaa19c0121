package org.faultline.claims.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.faultline.actors.Actor;
import org.faultline.claims.Claim;
import org.faultline.claims.ClaimExtractor;
import org.faultline.claims.Contradiction;
import org.faultline.claims.ContradictionFinder;
import org.faultline.claims.TitleAuthor;
import org.faultline.events.Event;
import org.faultline.events.EventCoder;
import org.faultline.events.eval.Score;
import org.faultline.nlp.Annotator;

/**
 * Scores claim extraction and contradiction finding against hand-made gold for whole articles.
 * <p>
 * Each seed file's raw text is annotated as is (id = the file name before the first '_', no
 * report date), coded, and its claims extracted with the author its first line names
 * ("...: MFA of X"); contradictions are searched over the claims of all seeds together.
 * Claims: a gold line is found when a claim of its sentence has its speaker key and stance;
 * precision counts distinct predicted (sentence, speaker, stance) keys, ignoring claims whose
 * speaker has no country. Contradictions: a gold pair is found when some contradiction joins
 * claims with the two (seed, sentence, speaker) keys, in either order.
 */
public final class ClaimEvaluator {
    private static final int MAX_MISSED = 200;
    private final Annotator annotator;
    private final EventCoder coder;
    private final ClaimExtractor extractor;
    private final ContradictionFinder finder;

    public ClaimEvaluator(Annotator annotator, EventCoder coder, ClaimExtractor extractor, ContradictionFinder finder) {
        if (annotator == null) throw new IllegalArgumentException("annotator must not be null");
        if (coder == null) throw new IllegalArgumentException("coder must not be null");
        if (extractor == null) throw new IllegalArgumentException("claim extractor must not be null");
        if (finder == null) throw new IllegalArgumentException("contradiction finder must not be null");
        this.annotator = annotator;
        this.coder = coder;
        this.extractor = extractor;
        this.finder = finder;
    }

    /** Annotates every *.txt of {@code seedsDir} and scores against the two gold files. */
    public ClaimEvalReport evaluate(Path seedsDir, Path claimGold, Path contradictionGold) {
        return score(annotate(seedsDir), ClaimGoldFiles.claims(claimGold), ClaimGoldFiles.contradictions(contradictionGold));
    }

    /** The seed files annotated (the slow part; reuse the result when scoring several times). */
    public List<SeedDoc> annotate(Path seedsDir) {
        if (seedsDir == null || !Files.isDirectory(seedsDir)) throw new IllegalArgumentException("seed directory not found: " + seedsDir);
        List<Path> files;
        try (Stream<Path> s = Files.list(seedsDir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + seedsDir, e);
        }
        List<SeedDoc> out = new ArrayList<>();
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read seed " + f, e);
            }
            String name = f.getFileName().toString();
            String id = name.contains("_") ? name.substring(0, name.indexOf('_')) : name.replace(".txt", "");
            out.add(new SeedDoc(annotator.annotate(id, text, null), text.lines().findFirst().orElse(null)));
        }
        return out;
    }

    public ClaimEvalReport score(List<SeedDoc> seeds, List<GoldClaim> gold, List<GoldContradiction> goldPairs) {
        List<Claim> claims = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (SeedDoc s : seeds) {
            List<Event> ev = coder.code(s.doc());
            events.addAll(ev);
            claims.addAll(extractor.extract(s.doc(), ev, TitleAuthor.of(s.title()).orElse(null)));
        }
        List<Contradiction> found = finder.find(claims, events);
        List<String> missed = new ArrayList<>();

        Map<String, List<Claim>> byKey = new HashMap<>();
        Set<String> predicted = new LinkedHashSet<>(), predictedSpeakers = new LinkedHashSet<>();
        for (Claim c : claims) {
            String sp = speakerKey(c.speaker());
            if (sp == null) continue;
            String k = c.articleId() + "|" + c.sentenceIndex() + "|" + sp;
            predicted.add(k + "|" + c.stance().label());
            predictedSpeakers.add(k);
            byKey.computeIfAbsent(k + "|" + c.stance().label(), x -> new ArrayList<>()).add(c);
        }
        Set<String> goldKeys = new LinkedHashSet<>(), goldSpeakers = new LinkedHashSet<>();
        int aboutOk = 0, aboutAll = 0;
        for (GoldClaim g : gold) {
            goldKeys.add(g.key());
            goldSpeakers.add(g.speakerKey());
            if (predicted.contains(g.key()) && g.about() != null) {
                aboutAll++;
                if (byKey.get(g.key()).stream().anyMatch(c -> g.about().equals(speakerKey(c.about())))) aboutOk++;
                else if (missed.size() < MAX_MISSED) missed.add("about of " + g.key() + " is " + g.about() + ", got "
                        + byKey.get(g.key()).stream().map(c -> String.valueOf(speakerKey(c.about()))).toList());
            }
        }
        Score claimScore = score(goldKeys, predicted, "claim", missed);
        Score speakerScore = score(goldSpeakers, predictedSpeakers, null, missed);

        Map<String, Claim> byId = new HashMap<>();
        for (Claim c : claims) byId.put(c.id(), c);
        Map<String, String> predictedPairs = new HashMap<>();
        for (Contradiction x : found) {
            Claim a = byId.get(x.claimA()), b = byId.get(x.claimB());
            if (a == null || b == null || speakerKey(a.speaker()) == null || speakerKey(b.speaker()) == null) continue;
            predictedPairs.putIfAbsent(pair(claimKey(a), claimKey(b)), x.kind().label());
        }
        Map<String, String> goldPairMap = new HashMap<>();
        for (GoldContradiction g : goldPairs) goldPairMap.put(g.pairKey(), g.kind());
        Score pairScore = score(goldPairMap.keySet(), predictedPairs.keySet(), "contradiction", missed);
        int kindOk = 0;
        for (Map.Entry<String, String> e : goldPairMap.entrySet())
            if (e.getValue().equals(predictedPairs.get(e.getKey()))) kindOk++;
        return new ClaimEvalReport(claimScore, speakerScore, aboutOk, aboutAll, pairScore, kindOk, missed);
    }

    private static Score score(Set<String> gold, Set<String> predicted, String label, List<String> missed) {
        int tp = 0;
        for (String g : gold) {
            if (predicted.contains(g)) tp++;
            else if (label != null && missed.size() < MAX_MISSED) missed.add("missed " + label + " " + g);
        }
        for (String p : predicted)
            if (!gold.contains(p) && label != null && missed.size() < MAX_MISSED) missed.add("spurious " + label + " " + p);
        return new Score(tp, predicted.size() - tp, gold.size() - tp);
    }

    private static String claimKey(Claim c) {
        return c.articleId() + "|" + c.sentenceIndex() + "|" + speakerKey(c.speaker());
    }

    /** Unordered pair key. */
    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "~" + b : b + "~" + a;
    }

    /** Country, or the first six letters of an IGO/NGO/IMG code (IGOEUR), or null. */
    static String speakerKey(Actor a) {
        if (a == null || a.country() == null) return null;
        String c = a.country();
        if ((c.equals("IGO") || c.equals("NGO") || c.equals("IMG")) && a.code() != null && a.code().length() >= 6)
            return a.code().substring(0, 6);
        return c;
    }
}
