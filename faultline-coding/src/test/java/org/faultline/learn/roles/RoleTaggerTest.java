package org.faultline.learn.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.DictionaryActorResolver;
import org.faultline.events.TestAnnotator;
import org.faultline.geo.Gazetteer;
import org.faultline.nlp.Sentence;
import org.junit.jupiter.api.Test;

/** The shipped role model on our own sentences, annotated by CoreNLP. */
class RoleTaggerTest {
    private static final RoleTagger TAGGER = new RoleTagger(RoleModel.bundled(),
            new RoleFeatures(new DictionaryActorResolver(ActorDictionary.bundled(), Gazetteer.bundled())));

    private static String role(String text, boolean source) {
        Sentence s = TestAnnotator.get().annotate("t", text, null).sentences().get(0);
        DepTree t = new DepTree(s);
        RoleTagger.Tagged tagged = TAGGER.tag(t, t.root(), null);
        Optional<RoleTagger.Scored> pick = source ? tagged.source() : tagged.target();
        return pick.map(p -> t.token(p.head()).word()).orElse("-");
    }

    @Test
    void passiveAgentIsTheSource() {
        assertEquals("rebels", role("The border post was attacked by rebels on Monday.", true));
        assertEquals("post", role("The border post was attacked by rebels on Monday.", false));
    }

    @Test
    void activeSubjectIsTheSourceAndObjectTheTarget() {
        assertEquals("Ruritania", role("Ruritania expelled two diplomats from Borduria on Friday.", true));
        String target = role("Police arrested dozens of protesters in the capital.", false);
        assertTrue(target.equals("dozens") || target.equals("protesters"), target);
    }

    @Test
    void namedCountriesTakeTheirRoles() {
        assertEquals("Armenia", role("Armenia accused Azerbaijan of shelling a village.", true));
        assertEquals("Azerbaijan", role("Armenia accused Azerbaijan of shelling a village.", false));
    }
}
