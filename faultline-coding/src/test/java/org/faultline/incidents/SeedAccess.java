package org.faultline.incidents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.faultline.commitments.ReportSentence;
import org.faultline.events.Event;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;

/** Test helper giving other test packages the coded seed articles. */
public final class SeedAccess {
    private SeedAccess() {}

    public static List<Event> allEvents() {
        List<Event> all = new ArrayList<>();
        for (String p : SeedEvents.DATES.keySet()) all.addAll(SeedEvents.events(p));
        return all;
    }

    public static Map<String, ArticleInfo> infos() {
        Map<String, ArticleInfo> m = new HashMap<>();
        for (String p : SeedEvents.DATES.keySet()) {
            String id = SeedEvents.doc(p).id();
            m.put(id, new ArticleInfo(id, SeedEvents.DATES.get(p), "outlet-" + p));
        }
        return m;
    }

    public static List<ReportSentence> sentences() {
        List<ReportSentence> out = new ArrayList<>();
        for (String p : SeedEvents.DATES.keySet()) {
            Doc d = SeedEvents.doc(p);
            for (Sentence s : d.sentences()) out.add(new ReportSentence(d.id(), s.index(), s.text()));
        }
        return out;
    }
}
