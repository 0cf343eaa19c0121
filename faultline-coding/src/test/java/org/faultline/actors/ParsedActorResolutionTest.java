package org.faultline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.faultline.geo.Gazetteer;
import org.faultline.nlp.Doc;
import org.faultline.nlp.Sentence;
import org.faultline.nlp.Token;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Actor resolution on real CoreNLP parses of sentences written for this test (slow: loads CoreNLP). */
class ParsedActorResolutionTest {
    private static final Logger LOG = LoggerFactory.getLogger(ParsedActorResolutionTest.class);
    private static final LocalDate DATE = LocalDate.of(2024, 1, 28);
    private static final DictionaryActorResolver RESOLVER =
            new DictionaryActorResolver(ActorDictionary.bundled(), Gazetteer.bundled());

    private static Sentence parse(String text) {
        Doc doc = TestAnnotator.get().annotate("t", text, DATE);
        Sentence s = doc.sentences().get(0);
        LOG.info("{} | {}", text, s.dependencies());
        return s;
    }

    private static int token(Sentence s, String word) {
        for (Token t : s.tokens()) if (t.word().equals(word)) return t.index();
        throw new AssertionError("no token " + word + " in " + s.text());
    }

    private static List<String> codes(String text, String head) {
        Sentence s = parse(text);
        return RESOLVER.resolveAll(s, token(s, head), DATE).stream().map(Actor::code).toList();
    }

    @Test
    void resolvesMentionsInParsedSentences() {
        assertThat(codes("Azerbaijan's foreign ministry rejected the claim on Sunday.", "ministry")).containsExactly("AZEGOV");
        assertThat(codes("The Armenian prime minister met voters in Gyumri.", "minister")).containsExactly("ARMGOV");
        assertThat(codes("French President Emmanuel Macron called for restraint.", "Macron")).containsExactly("FRAGOV");
        assertThat(codes("Pashinyan said the talks would continue.", "Pashinyan")).containsExactly("ARMGOV");
        assertThat(codes("Baku accused the other side of shelling.", "Baku")).containsExactly("AZEGOV");
        assertThat(codes("Turkiye offered to host the next round.", "Turkiye")).containsExactly("TUR");
        assertThat(codes("Azerbaijani troops entered the village overnight.", "troops")).containsExactly("AZEMIL");
        assertThat(codes("Russian peacekeepers left the region in June.", "peacekeepers")).containsExactly("RUSMIL");
        assertThat(codes("France and Germany condemned the attack.", "France")).containsExactly("FRA", "DEU");
        assertThat(codes("Armenian and Azerbaijani officials met in Brussels.", "officials")).containsExactly("ARMGOV", "AZEGOV");
        assertThat(codes("The president of Georgia visited Washington.", "president")).containsExactly("GEOGOV");
        assertThat(codes("The UN Security Council held an emergency session.", "Council")).containsExactly("IGOUNOSCO");
        assertThat(codes("Separatists in Abkhazia rejected the offer.", "Separatists")).containsExactly("ABKREB");
        assertThat(codes("Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan met on Friday.", "Aliyev"))
                .containsExactly("AZEGOV", "ARMGOV");
        assertThat(codes("The Defence Ministry of Azerbaijan reported two wounded soldiers.", "Ministry")).containsExactly("AZEMIL");
        assertThat(codes("The Azerbaijani side denied the report.", "side")).containsExactly("AZEGOV");
        assertThat(codes("The leaders of Armenia and Azerbaijan signed a declaration.", "leaders")).containsExactly("ARMGOV", "AZEGOV");
        assertThat(codes("Russian, Turkish and Iranian diplomats met in Tehran.", "diplomats")).containsExactly("RUSGOV", "TURGOV", "IRNGOV");
        assertThat(codes("Both sides accused each other.", "sides")).containsExactly("GOV");
        assertThat(codes("The EU monitoring mission patrolled the border near Jermuk.", "mission")).containsExactly("IGOEURMIS");
        assertThat(codes("A spokeswoman for the Armenian Foreign Ministry, Anna Example, declined to comment.", "spokeswoman"))
                .containsExactly("ARMGOV");
    }
}
