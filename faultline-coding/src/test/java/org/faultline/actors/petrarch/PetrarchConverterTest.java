package org.faultline.actors.petrarch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.DictionaryActorResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Converts the small fixture in PETRARCH2's format under test resources (our own invented entries). */
class PetrarchConverterTest {
    private static ActorDictionary own;
    private static ConversionResult result;

    @BeforeAll
    static void convert() throws Exception {
        own = ActorDictionary.bundledOwn();
        Path dir = Path.of(PetrarchConverterTest.class.getResource("fixture/Phoenix.agents.txt").toURI()).getParent();
        result = new PetrarchConverter(own, LocalDate.of(2018, 12, 31)).convert(dir);
    }

    @Test
    void peopleGetOneRowPerDatedRoleWithOpenEndsClosedAtTheHorizon() {
        List<PetrarchConverter.PersonRow> orlan = result.people().stream().filter(p -> p.name().equals("Orlan Veskovich")).toList();
        assertThat(orlan).extracting(PetrarchConverter.PersonRow::sector).containsExactly("ELI", "GOV", "MIL");
        assertThat(orlan.get(0).aliases()).containsExactly("Orlan Veskovitch");
        assertThat(orlan.get(1).from()).isEqualTo(LocalDate.of(2005, 3, 2));
        assertThat(orlan.get(1).to()).isEqualTo(LocalDate.of(2009, 8, 15));
        assertThat(orlan.get(2).to()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(orlan.get(2).office()).contains("open-ended");
        assertThat(result.people()).extracting(PetrarchConverter.PersonRow::name).contains("Tavro Meliksetian")
                .doesNotContain("Hope", "Nikol Pashinyan", "Serzh Sarkisyan", "Broken Date Person");
    }

    @Test
    void organisationsTakeFaultlineCodesAndKeepAcronyms() {
        assertThat(result.organizations()).extracting(PetrarchConverter.OrgRow::code)
                .containsExactlyInAnyOrder("AZEREB", "IGOUNOHCH", "IMGRLF");
        PetrarchConverter.OrgRow commission = result.organizations().stream().filter(o -> o.code().equals("IGOUNOHCH")).findFirst().orElseThrow();
        assertThat(commission.country()).isEqualTo("IGO");
        assertThat(commission.sector()).isEqualTo("HRI");
        assertThat(commission.names()).containsExactly("Gallant Watch Commission", "GWC");
        PetrarchConverter.OrgRow front = result.organizations().stream().filter(o -> o.code().equals("IMGRLF")).findFirst().orElseThrow();
        assertThat(front.names()).containsExactly("Riverland Liberation Front", "RLF", "River Liberators");
    }

    @Test
    void filtersAreCountedWithTheirReasons() {
        ConversionReport r = result.report();
        assertThat(r.filtered()).containsEntry("one-word name is an ordinary word", 1)
                .containsEntry("names a country or place (states.tsv covers states)", 1)
                .containsEntry("code's first block is not a known country or IGO/NGO/IMG (MNC)", 1);
        assertThat(r.examples().get("one-word name is an ordinary word")).singleElement().asString().contains("Hope");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p).startsWith("Phoenix.Countries.actors.txt:31:"))
                .anySatisfy(p -> assertThat(p).startsWith("Phoenix.agents.txt:10:"));
    }

    @Test
    void agentsBecomeWeakSectorWords() {
        assertThat(result.sectors()).anySatisfy(s -> {
            assertThat(s.sector()).isEqualTo("MIL");
            assertThat(s.phrases()).containsExactly("coastman", "coastmen", "coastwoman", "coastwomen");
        });
        assertThat(result.sectors()).anySatisfy(s -> {
            assertThat(s.sector()).isEqualTo("GOV");
            assertThat(s.phrases()).contains("canal warden", "canal wardens general");
        });
        assertThat(result.sectors()).flatExtracting(PetrarchConverter.SectorRow::phrases)
                .doesNotContain("people", "bell ringer", "warden of");
    }

    @Test
    void ourOfficeHoldersAreCheckedAndNotWrittenAgain() {
        ConversionReport r = result.report();
        assertThat(r.checked()).isEqualTo(2);
        assertThat(r.disagreements()).isNotEmpty().allSatisfy(d -> assertThat(d.ours()).isEqualTo("Serzh Sargsyan"));
        assertThat(r.disagreements()).anySatisfy(d -> assertThat(d.what()).startsWith("sector differs").contains("ARMMIL"));
    }

    @Test
    void writtenFilesLoadUnderOurOwnEntriesAndResolveByDate(@TempDir Path out) throws Exception {
        result.write(out, "MIT licence text");
        assertThat(Files.readString(out.resolve("LICENSE-petrarch2"))).contains("PETRARCH2").contains("MIT licence text");
        assertThat(Files.readString(out.resolve("people.tsv"))).contains("MIT licence").contains("Open Event Data Alliance");
        assertThat(out.resolve("conversion-report.md")).exists();
        ActorDictionary.Builder fb = new ActorDictionary.Builder().knowing(own);
        for (String f : ConversionResult.FILES) try (var in = Files.newInputStream(out.resolve(f))) { fb.read(in, f); }
        var resolver = new DictionaryActorResolver(own.withField(fb.build()));
        assertThat(resolver.resolveText("Orlan Veskovich", LocalDate.of(2007, 1, 1))).map(Actor::code).contains("ARMGOV");
        assertThat(resolver.resolveText("Orlan Veskovitch", LocalDate.of(2014, 1, 1))).map(Actor::code).contains("ARMMIL");
        assertThat(resolver.resolveText("Orlan Veskovich", LocalDate.of(2010, 6, 1))).map(Actor::code).contains("ARMELI");
        assertThat(resolver.resolveText("the Zentarian Freedom Brigades", LocalDate.of(2010, 6, 1))).map(Actor::code).contains("AZEREB");
        assertThat(resolver.resolveText("the coastmen", LocalDate.of(2010, 6, 1))).map(Actor::sector).contains("MIL");
        // a weak field word yields to a strong word of ours in the same mention
        assertThat(resolver.resolveText("police coastmen", LocalDate.of(2010, 6, 1))).map(Actor::sector).contains("COP");
    }

    @Test
    void placesListedUnderACountryBecomeAGazetteerLayerLocatedToThatCountry(@TempDir Path out) {
        assertThat(result.places()).extracting(PetrarchPlaces.Row::name, PetrarchPlaces.Row::country)
                .contains(org.assertj.core.groups.Tuple.tuple("Zentarian City", "ARM"));
        result.write(out, "MIT licence text");
        var gazetteer = org.faultline.geo.Gazetteer.load(List.of(out.resolve(PetrarchPlaces.FILE)));
        var place = gazetteer.lookup("Zentarian City").orElseThrow();
        assertThat(place.country()).isEqualTo("ARM");
        assertThat(place.kind()).isEqualTo(PetrarchPlaces.KIND);
        // our own entries keep their own coordinates and kind
        assertThat(gazetteer.lookup("Yerevan").orElseThrow().kind()).isEqualTo("capital");
    }

    @Test
    void missingInputNamesTheDirectory(@TempDir Path empty) {
        assertThatThrownBy(() -> new PetrarchConverter(own, LocalDate.of(2018, 12, 31)).convert(empty))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Phoenix.Countries.actors.txt");
    }
}
