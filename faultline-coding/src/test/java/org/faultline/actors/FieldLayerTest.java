package org.faultline.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The PETRARCH2 field layer beneath our own entries: what it adds, and that ours win. */
class FieldLayerTest {
    private static DictionaryActorResolver bundled;

    @BeforeAll
    static void load() { bundled = new DictionaryActorResolver(ActorDictionary.bundled()); }

    private static String code(DictionaryActorResolver r, String text, String date) {
        return r.resolveText(text, LocalDate.parse(date)).map(Actor::code).orElse(null);
    }

    @Test
    void bundledDictionaryCarriesTheFieldLayer() {
        ActorDictionary field = ActorDictionary.bundled().field().orElseThrow();
        assertThat(field.people()).hasSizeGreaterThan(10_000);
        assertThat(field.organizations()).hasSizeGreaterThan(1_000);
        assertThat(field.sectors()).as("agent words are opt-in").isEmpty();
        assertThat(field.states()).isEmpty();
        assertThat(ActorDictionary.bundledOwn().field()).isEmpty();
    }

    @Test
    void pastHeadsOfGovernmentFromTheFieldResolveByDate() {
        // in office 2000-05-12..2007-03-25 according to PETRARCH2; not in our people.tsv
        assertThat(code(bundled, "Andranik Markaryan", "2003-06-01")).isEqualTo("ARMGOV");
        assertThat(code(bundled, "Andranik Margaryan", "2003-06-01")).isEqualTo("ARMGOV");
        assertThat(code(bundled, "Andranik Markaryan", "2012-06-01")).isEqualTo("ARMELI");
        assertThat(code(bundled, "Artur Rasizade", "2010-01-01")).isEqualTo("AZEGOV");
        assertThat(code(new DictionaryActorResolver(ActorDictionary.bundledOwn()), "Andranik Markaryan", "2003-06-01")).isNull();
    }

    @Test
    void armedGroupsAndAgentsFromTheField() {
        assertThat(code(bundled, "the Abu Sayyaf Group", "2010-01-01")).isEqualTo("PHLREB");
        assertThat(bundled.resolveText("Muslims", LocalDate.of(2010, 1, 1))).isEmpty();
        var withAgents = new DictionaryActorResolver(ActorDictionary.bundled().withFieldAgents());
        assertThat(withAgents.resolveText("Muslims", LocalDate.of(2010, 1, 1)).map(Actor::sector)).contains("REL");
    }

    @Test
    void ordinaryWordsDoNotBecomeActors() {
        for (String w : new String[] {"Hope", "Justice", "Baker", "Monday", "Said", "Ali", "the man", "people"})
            assertThat(bundled.resolveText(w, LocalDate.of(2015, 1, 1)).map(Actor::country)).as(w).isEmpty();
    }

    @Test
    void ourEntryWinsOverTheFieldOnAConflict() {
        ActorDictionary own = read("""
                state\tZTA\t-\t-\tstate\t-\t-\t-\tZentaria\t-\tZentarian\t-
                person\tOrlan Veskovich\tVeskovich\tZTA\tGOV\tour record\t2001-01-01\t-
                org\tZTAREB\tZTA\tREB\tRiver Front\t-
                sector\tcoastmen\tCOP\tstrong
                """, ActorDictionary.bundledOwn().toBuilder());
        ActorDictionary field = read("""
                person\tOrlan Veskovich\t-\tARM\tMIL\tfield record\t1990-01-01\t2030-01-01
                person\tAnton Veskovich\tVeskovich\tAZE\tGOV\tfield record\t1990-01-01\t2030-01-01
                org\tAZEREB\tAZE\tREB\tRiver Front\tThe River Front
                sector\tcoastmen;lighthouse keepers\tMIL\tweak
                """, new ActorDictionary.Builder().knowing(own));
        var r = new DictionaryActorResolver(own.withField(field));
        assertThat(code(r, "Orlan Veskovich", "2005-01-01")).isEqualTo("ZTAGOV");
        assertThat(code(r, "Veskovich", "2005-01-01")).isEqualTo("ZTAGOV");
        assertThat(code(r, "River Front", "2005-01-01")).isEqualTo("ZTAREB");
        assertThat(r.resolveText("coastmen", LocalDate.of(2005, 1, 1)).map(Actor::sector)).contains("COP");
        // where ours say nothing the field speaks
        assertThat(code(r, "Anton Veskovich", "2005-01-01")).isEqualTo("AZEGOV");
        assertThat(code(r, "The River Front", "2005-01-01")).isEqualTo("AZEREB");
        assertThat(r.resolveText("lighthouse keepers", LocalDate.of(2005, 1, 1)).map(Actor::sector)).contains("MIL");
    }

    private static ActorDictionary read(String tsv, ActorDictionary.Builder b) {
        return b.read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv").build();
    }
}
