package org.faultline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.faultline.nlp.Entity;
import org.faultline.nlp.Sentence;
import org.junit.jupiter.api.Test;

class DictionaryActorResolverTest {
    private static final DictionaryActorResolver RESOLVER = DictionaryActorResolver.bundled();
    private static final LocalDate D2024 = LocalDate.of(2024, 1, 28);

    private static String code(String text, LocalDate date) {
        return RESOLVER.resolveText(text, date).map(Actor::code).orElse(null);
    }

    private static Actor actor(String text, LocalDate date) {
        return RESOLVER.resolveText(text, date).orElseThrow(() -> new AssertionError("unresolved: " + text));
    }

    @Test
    void possessiveStateWithMinistry() {
        Sentence s = TestSentences.parse("Azerbaijan 's foreign ministry said",
                "nmod:poss(3,0)", "case(0,1)", "amod(3,2)", "nsubj(4,3)", "root(-1,4)");
        Actor a = RESOLVER.resolve(s, 3, D2024).orElseThrow();
        assertThat(a.country()).isEqualTo("AZE");
        assertThat(a.sector()).isEqualTo("GOV");
        assertThat(a.code()).isEqualTo("AZEGOV");
        assertThat(a.text()).isEqualTo("Azerbaijan 's foreign ministry".replace(" 's", "'s"));
    }

    @Test
    void demonymWithTitleAndUnknownOrKnownPerson() {
        Sentence s = TestSentences.parse("French President Emmanuel Macron called",
                List.of(new Entity("Emmanuel Macron", "PERSON", 2, 4, null)),
                "amod(3,0)", "compound(3,1)", "compound(3,2)", "nsubj(4,3)", "root(-1,4)");
        Actor a = RESOLVER.resolve(s, 3, D2024).orElseThrow();
        assertThat(a.code()).isEqualTo("FRAGOV");
        assertThat(a.name()).isEqualTo("Emmanuel Macron");
    }

    @Test
    void unknownPersonTakesCountryAndSectorFromTitle() {
        Sentence s = TestSentences.parse("Ruritanian Minister Jan Novak spoke",
                List.of(new Entity("Jan Novak", "PERSON", 2, 4, null)),
                "amod(3,0)", "compound(3,1)", "compound(3,2)", "nsubj(4,3)", "root(-1,4)");
        Actor a = RESOLVER.resolve(s, 3, D2024).orElseThrow();
        assertThat(a.country()).isNull();
        assertThat(a.sector()).isEqualTo("GOV");
        assertThat(a.name()).isEqualTo("Jan Novak");
    }

    @Test
    void armenianPrimeMinister() {
        Sentence s = TestSentences.parse("the Armenian prime minister said",
                "det(3,0)", "amod(3,1)", "amod(3,2)", "nsubj(4,3)", "root(-1,4)");
        assertThat(RESOLVER.resolve(s, 3, D2024)).map(Actor::code).contains("ARMGOV");
        assertThat(code("the Armenian prime minister", D2024)).isEqualTo("ARMGOV");
    }

    @Test
    void capitalsStandForGovernments() {
        assertThat(actor("Baku", D2024)).extracting(Actor::country, Actor::sector).containsExactly("AZE", "GOV");
        assertThat(code("Yerevan", D2024)).isEqualTo("ARMGOV");
        assertThat(code("Moscow", D2024)).isEqualTo("RUSGOV");
        assertThat(code("the Kremlin", D2024)).isEqualTo("RUSGOV");
        assertThat(code("the White House", D2024)).isEqualTo("USAGOV");
        assertThat(code("the Pentagon", D2024)).isEqualTo("USAMIL");
        assertThat(code("Tehran", D2024)).isEqualTo("IRNGOV");
        assertThat(code("Ankara", D2024)).isEqualTo("TURGOV");
        assertThat(code("Tbilisi", D2024)).isEqualTo("GEOGOV");
    }

    @Test
    void aliasesAndSpellings() {
        assertThat(code("Turkiye", D2024)).isEqualTo("TUR");
        assertThat(code("Türkiye", D2024)).isEqualTo("TUR");
        assertThat(code("Turkey", D2024)).isEqualTo("TUR");
        assertThat(code("Côte d'Ivoire", D2024)).isEqualTo("CIV");
        assertThat(code("Ivory Coast", D2024)).isEqualTo("CIV");
        assertThat(code("Burma", D2024)).isEqualTo("MMR");
        assertThat(code("U.S.", D2024)).isEqualTo("USA");
        assertThat(code("the US", D2024)).isEqualTo("USA");
        assertThat(code("America", D2024)).isEqualTo("USA");
        assertThat(code("Britain", D2024)).isEqualTo("GBR");
        assertThat(code("UK", D2024)).isEqualTo("GBR");
    }

    @Test
    void lowerCaseWordsDoNotMatchCapitalisedNames() {
        assertThat(RESOLVER.resolveText("us", D2024)).isEmpty();
        assertThat(RESOLVER.resolveText("chad", D2024)).isEmpty();
        assertThat(RESOLVER.resolveText("Us", D2024)).isEmpty();
    }

    @Test
    void bareCountryHasNoSector() {
        Actor a = actor("Armenia", D2024);
        assertThat(a.country()).isEqualTo("ARM");
        assertThat(a.sector()).isNull();
        assertThat(a.code()).isEqualTo("ARM");
        assertThat(a.name()).isEqualTo("Armenia");
        assertThat(a.wikidata()).isEqualTo("Q399");
        assertThat(actor("Armenian troops", D2024).wikidata()).isNull();
        assertThat(actor("Putin", D2024).wikidata()).isEqualTo("Q7747");
    }

    @Test
    void demonymsWithSectors() {
        assertThat(code("Azerbaijani troops", D2024)).isEqualTo("AZEMIL");
        assertThat(code("Armenian separatists", D2024)).isEqualTo("ARMREB");
        assertThat(code("Russian peacekeepers", D2024)).isEqualTo("RUSMIL");
        assertThat(code("Georgian police", D2024)).isEqualTo("GEOCOP");
        assertThat(code("Iranian intelligence", D2024)).isEqualTo("IRNSPY");
        assertThat(code("Armenian refugees", D2024)).isEqualTo("ARMREF");
        assertThat(code("Azerbaijani civilians", D2024)).isEqualTo("AZECVL");
        assertThat(code("Turkish journalists", D2024)).isEqualTo("TURMED");
        assertThat(code("the Armenian opposition", D2024)).isEqualTo("ARMOPP");
        assertThat(code("Azerbaijan's defence ministry", D2024)).isEqualTo("AZEMIL");
        assertThat(code("the Armenian parliament", D2024)).isEqualTo("ARMLEG");
        assertThat(code("Hungarian officials", D2024)).isEqualTo("HUNGOV");
        assertThat(code("the Armenian defence ministry spokesman", D2024)).isEqualTo("ARMMIL");
    }

    @Test
    void sectorWordAloneHasNoCountry() {
        Actor a = actor("the rebels", D2024);
        assertThat(a.country()).isNull();
        assertThat(a.sector()).isEqualTo("REB");
        assertThat(a.code()).isEqualTo("REB");
    }

    @Test
    void internationalOrganisations() {
        assertThat(actor("the United Nations", D2024)).extracting(Actor::country, Actor::code).containsExactly("IGO", "IGOUNO");
        assertThat(code("the UN Security Council", D2024)).isEqualTo("IGOUNOSCO");
        assertThat(code("UN peacekeepers", D2024)).isEqualTo("IGOUNOMIL");
        assertThat(code("the EU", D2024)).isEqualTo("IGOEUR");
        assertThat(code("the OSCE Minsk Group", D2024)).isEqualTo("IGOOSCMNK");
        assertThat(code("CSTO", D2024)).isEqualTo("IGOCST");
        assertThat(code("NATO", D2024)).isEqualTo("IGONTO");
        assertThat(code("the ICRC", D2024)).isEqualTo("IGOIRC");
        assertThat(code("the International Court of Justice", D2024)).isEqualTo("IGOUNOICJ");
        assertThat(code("Human Rights Watch", D2024)).isEqualTo("NGOHRW");
        assertThat(actor("Amnesty International", D2024).country()).isEqualTo("NGO");
    }

    @Test
    void peopleByDateOfOffice() {
        assertThat(code("Pashinyan", D2024)).isEqualTo("ARMGOV");
        assertThat(actor("Pashinyan", D2024).name()).isEqualTo("Nikol Pashinyan");
        assertThat(code("Pashinyan", LocalDate.of(2017, 6, 1))).isEqualTo("ARMOPP");
        assertThat(code("Mirzoyan", LocalDate.of(2020, 6, 1))).isEqualTo("ARMLEG");
        assertThat(code("Mirzoyan", LocalDate.of(2022, 6, 1))).isEqualTo("ARMGOV");
        assertThat(code("Serzh Sargsyan", D2024)).isEqualTo("ARMELI");
        assertThat(code("Shoigu", LocalDate.of(2023, 1, 1))).isEqualTo("RUSMIL");
        assertThat(code("Shoigu", LocalDate.of(2024, 8, 1))).isEqualTo("RUSGOV");
        assertThat(code("Trump", LocalDate.of(2018, 1, 1))).isEqualTo("USAGOV");
        assertThat(code("Trump", LocalDate.of(2023, 1, 1))).isEqualTo("USAELI");
        assertThat(code("Trump", LocalDate.of(2025, 3, 1))).isEqualTo("USAGOV");
        assertThat(code("Ruben Vardanyan", LocalDate.of(2023, 1, 10))).isEqualTo("NKRGOV");
        assertThat(code("Guterres", D2024)).isEqualTo("IGOUNOSEC");
        assertThat(code("Charles Michel", D2024)).isEqualTo("IGOEURCOU");
        assertThat(code("Charles Michel", LocalDate.of(2016, 1, 1))).isEqualTo("BELGOV");
        assertThat(code("Bayramov", D2024)).isEqualTo("AZEGOV");
        assertThat(code("Hasanov", D2024)).isEqualTo("AZEMIL");
    }

    @Test
    void formerOfficeHoldersAreElites() {
        assertThat(code("former president Kocharyan", LocalDate.of(2019, 1, 1))).isEqualTo("ARMELI");
        assertThat(code("the former Armenian president", D2024)).isEqualTo("ARMELI");
        assertThat(code("ex-president Kocharyan", LocalDate.of(2019, 1, 1))).isEqualTo("ARMELI");
        assertThat(code("then-Foreign Minister Mnatsakanyan", D2024)).isEqualTo("ARMGOV");
    }

    @Test
    void deFactoEntityFallsBackToParentAfterItsEnd() {
        assertThat(code("Karabakh authorities", LocalDate.of(2022, 5, 1))).isEqualTo("NKRGOV");
        assertThat(code("Stepanakert", LocalDate.of(2022, 5, 1))).isEqualTo("NKRGOV");
        // organs of a dissolved entity can only mean the entity as it was
        assertThat(code("Karabakh authorities", LocalDate.of(2024, 5, 1))).isEqualTo("NKRGOV");
        assertThat(code("Karabakh", LocalDate.of(2024, 5, 1))).isEqualTo("AZE");
        assertThat(code("Khankendi", LocalDate.of(2024, 5, 1))).isEqualTo("AZECVL");
        assertThat(code("Abkhazia", D2024)).isEqualTo("ABK");
    }

    @Test
    void dateDependentOrganisations() {
        assertThat(code("the Taliban", LocalDate.of(2019, 1, 1))).isEqualTo("AFGREB");
        assertThat(code("the Taliban", LocalDate.of(2023, 1, 1))).isEqualTo("AFGGOV");
    }

    @Test
    void freeTextStopsAtPrepositions() {
        assertThat(code("Azerbaijani forces in Karabakh", D2024)).isEqualTo("AZEMIL");
        assertThat(code("the government of Armenia", D2024)).isEqualTo("ARMGOV");
        assertThat(code("the Ministry of Defence of Armenia", D2024)).isEqualTo("ARMMIL");
        assertThat(code("president of Armenia", D2024)).isEqualTo("ARMGOV");
        assertThat(code("a spokeswoman for the Azerbaijani defence ministry", D2024)).isEqualTo("AZEMIL");
        assertThat(code("an official at the UN", D2024)).isEqualTo("IGOUNO");
    }

    @Test
    void unknownTextGivesEmpty() {
        assertThat(RESOLVER.resolveText("the weather", D2024)).isEqualTo(Optional.empty());
        assertThat(RESOLVER.resolveText("", D2024)).isEmpty();
    }

    @Test
    void coordinationExpandsHeadsAndModifiers() {
        Sentence heads = TestSentences.parse("France and Germany condemned",
                "nsubj(3,0)", "cc(2,1)", "conj(0,2)", "root(-1,3)");
        assertThat(RESOLVER.resolveAll(heads, 0, D2024)).extracting(Actor::code).containsExactly("FRA", "DEU");
        Sentence mods = TestSentences.parse("Senior Hungarian and Romanian officials agreed",
                "amod(4,0)", "amod(4,1)", "cc(3,2)", "conj(1,3)", "nsubj(5,4)", "root(-1,5)");
        assertThat(RESOLVER.resolveAll(mods, 4, D2024)).extracting(Actor::code).containsExactly("HUNGOV", "ROUGOV");
        assertThat(RESOLVER.resolve(mods, 4, D2024)).map(Actor::code).contains("HUNGOV");
        Sentence inherit = TestSentences.parse("Azerbaijani troops and police moved",
                "amod(1,0)", "cc(3,2)", "conj(1,3)", "nsubj(4,1)", "root(-1,4)");
        assertThat(RESOLVER.resolveAll(inherit, 1, D2024)).extracting(Actor::code).containsExactly("AZEMIL", "AZECOP");
    }

    @Test
    void ofComplementInParse() {
        Sentence s = TestSentences.parse("the president of Armenia said",
                "det(1,0)", "case(3,2)", "nmod(1,3)", "nsubj(4,1)", "root(-1,4)");
        assertThat(RESOLVER.resolve(s, 1, D2024)).map(Actor::code).contains("ARMGOV");
    }

    @Test
    void apposFallback() {
        Sentence s = TestSentences.parse("he , the Armenian leader , said",
                "appos(0,4)", "det(4,2)", "amod(4,3)", "nsubj(6,0)", "root(-1,6)");
        assertThat(RESOLVER.resolve(s, 0, D2024)).map(Actor::code).contains("ARMGOV");
    }

    @Test
    void rejectsBadArguments() {
        Sentence s = TestSentences.parse("Baku said", "nsubj(1,0)", "root(-1,1)");
        assertThatThrownBy(() -> RESOLVER.resolve(s, 7, D2024)).hasMessageContaining("head token 7");
        assertThatThrownBy(() -> RESOLVER.resolveText(null, D2024)).hasMessageContaining("text");
        assertThat(RESOLVER.resolve(s, 0, null)).map(Actor::code).contains("AZEGOV");
    }

    @Test
    void locatedMentionsTakeTheCountryOfThePlace() {
        DictionaryActorResolver withPlaces = new DictionaryActorResolver(ActorDictionary.bundled(),
                org.faultline.geo.Gazetteer.bundled());
        assertThat(withPlaces.resolveText("rebels in Darfur", D2024)).map(Actor::code).contains("SDNREB");
        assertThat(withPlaces.resolveText("refugees from Syria", D2024)).map(Actor::code).contains("SYRREF");
        assertThat(withPlaces.resolveText("Shusha", D2024)).map(Actor::code).contains("AZECVL");
        assertThat(withPlaces.resolveText("Darfur rebels", D2024)).map(Actor::code).contains("SDNREB");
        assertThat(withPlaces.resolveText("students throughout Indonesia", D2024)).map(Actor::code).contains("IDNEDU");
        assertThat(withPlaces.resolveText("doctors from two American charities", D2024)).map(Actor::code).contains("USAHLH");
        // a country in the mention itself wins over the location
        assertThat(withPlaces.resolveText("Azerbaijani troops in Armenia", D2024)).map(Actor::code).contains("AZEMIL");
        Sentence s = TestSentences.parse("separatists in Transnistria said",
                "nmod:in(0,2)", "case(2,1)", "nsubj(3,0)", "root(-1,3)");
        assertThat(withPlaces.resolve(s, 0, D2024)).map(Actor::code).contains("PMRREB");
    }

    @Test
    void ethnicGroupsAndLedForces() {
        assertThat(RESOLVER.resolveText("ethnic Armenians", D2024)).map(Actor::country).isEmpty();
        assertThat(code("ethnic Armenians", D2024)).isEqualTo("CVL");
        assertThat(code("Bosnian Serbs", D2024)).isEqualTo("BIH");
        assertThat(code("Russian-led forces", D2024)).isEqualTo("RUSMIL");
        assertThat(code("Turkish-backed fighters", D2024)).isEqualTo("REB");
    }

    @Test
    void explicitTitleBeatsTheDate() {
        assertThat(code("President Trump", LocalDate.of(2023, 1, 1))).isEqualTo("USAGOV");
        assertThat(code("former President Trump", LocalDate.of(2023, 1, 1))).isEqualTo("USAELI");
        assertThat(code("the Bush administration", LocalDate.of(2005, 1, 1))).isEqualTo("USAGOV");
        assertThat(actor("Bush", LocalDate.of(1990, 1, 1)).name()).isEqualTo("George H. W. Bush");
        assertThat(actor("Bush", LocalDate.of(2005, 1, 1)).name()).isEqualTo("George W. Bush");
        assertThat(code("UN Secretary-General Antonio Guterres", D2024)).isEqualTo("IGOUNOSEC");
    }

    @Test
    void genericAliasYieldsToAStateWord() {
        assertThat(code("the Security Council", D2024)).isEqualTo("IGOUNOSCO");
        assertThat(code("Armenia's Security Council", D2024)).isEqualTo("ARMGOV");
        assertThat(code("the Russian Security Council", D2024)).isEqualTo("RUSGOV");
        assertThat(code("the National Security Service", D2024)).isEqualTo("ARMSPY");
        assertThat(code("Georgia's State Security Service", D2024)).isEqualTo("GEOSPY");
    }

    @Test
    void aStateNamedAtTheHeadIsTheActor() {
        Sentence s = TestSentences.parse("Moscow 's old ally Armenia objected",
                "nmod:poss(4,0)", "case(0,1)", "amod(4,2)", "compound(4,3)", "nsubj(5,4)", "root(-1,5)");
        assertThat(RESOLVER.resolve(s, 4, D2024)).map(Actor::code).contains("ARM");
        assertThat(code("Azerbaijan's Armenian population", D2024)).isEqualTo("AZECVL");
    }
}
