package org.faultline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.DictionaryActorResolver;
import org.faultline.events.patterns.PatternBook;
import org.faultline.geo.Gazetteer;
import org.faultline.learn.roles.RoleModel;
import org.faultline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** Each role says which named step found it (own sentences, CoreNLP-annotated). */
class RoleFinderStepsTest {
    private static final DictionaryActorResolver ACTORS = new DictionaryActorResolver(ActorDictionary.bundled(), Gazetteer.bundled());

    private static RoleFinder.Roles roles(String text, String triggerWord) {
        Sentence s = TestAnnotator.get().annotate("t", text, null).sentences().get(0);
        ParseView pv = new ParseView(s);
        PatternBook book = PatternBook.bundled();
        RoleFinder finder = new RoleFinder(book, RoleSteps.bundled(book, new RoleSteps.Learned(RoleModel.bundled(), ACTORS)));
        for (int i = 0; i < pv.size(); i++) {
            if (!pv.word(i).equals(triggerWord)) continue;
            Trigger tr = new TriggerMatcher(book).match(pv, i).trigger();
            return finder.find(pv, new ActorFinder(ACTORS, pv, null, List.of()), tr, Set.of());
        }
        throw new AssertionError("no trigger '" + triggerWord + "' in: " + text);
    }

    @Test
    void verbRolesComeFromTheClauseStep() {
        RoleFinder.Roles r = roles("Armenia accused Azerbaijan of shelling a village.", "accused");
        assertFalse(r.sources().isEmpty());
        assertEquals("clause", r.sourceStep());
        assertEquals("clause", r.targetStep());
    }

    @Test
    void nounRolesComeFromTheNounStep() {
        RoleFinder.Roles r = roles("Azerbaijan's offensive against Armenia lasted two days.", "offensive");
        assertEquals("noun", r.sourceStep());
        assertEquals("noun", r.targetStep());
    }
}
