package org.faultline.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GazetteerTest {
    private static final Gazetteer BUNDLED = Gazetteer.bundled();

    @Test
    void aliasesOfTheRegionResolveToOnePlace() {
        Place k = BUNDLED.lookup("Khankendi").orElseThrow();
        assertThat(BUNDLED.lookup("Stepanakert")).contains(k);
        assertThat(BUNDLED.lookup("Xankəndi")).contains(k);
        assertThat(k.country()).isEqualTo("AZE");
        assertThat(k.lat()).isCloseTo(39.8, within(0.1));
        assertThat(k.lon()).isCloseTo(46.75, within(0.1));
        assertThat(BUNDLED.lookup("Shushi")).isEqualTo(BUNDLED.lookup("Shusha"));
        assertThat(BUNDLED.lookup("Nakhichevan")).isEqualTo(BUNDLED.lookup("Nakhchivan"));
        assertThat(BUNDLED.lookup("Berdzor")).isEqualTo(BUNDLED.lookup("Lachin"));
        assertThat(BUNDLED.lookup("the Lachin corridor")).map(Place::kind).contains("corridor");
        assertThat(BUNDLED.lookup("Garabagh")).isEqualTo(BUNDLED.lookup("Karabakh"));
        for (String n : List.of("Aghdam", "Fuzuli", "Jabrayil", "Kalbajar", "Syunik", "Goris", "Tskhinvali"))
            assertThat(BUNDLED.lookup(n)).as(n).isPresent();
    }

    @Test
    void theFieldLayerAddsPlacesLocatedToTheirCountryBeneathOurOwn() {
        Gazetteer own = Gazetteer.bundledOwn();
        assertThat(BUNDLED.size()).isGreaterThan(own.size() + 3000);
        // a province PETRARCH2 lists under Nigeria, known to lie there and nothing finer
        assertThat(BUNDLED.lookup("Borno State")).map(Place::country).contains("NGA");
        assertThat(BUNDLED.lookup("Borno State")).map(Place::kind).contains("within-country");
        // our own entries keep their kind and coordinates
        assertThat(BUNDLED.lookup("Herat")).map(Place::kind).isEqualTo(own.lookup("Herat").map(Place::kind));
        assertThat(BUNDLED.lookup("Herat").orElseThrow().lat()).isEqualTo(own.lookup("Herat").orElseThrow().lat());
    }

    @Test
    void everyCountryAndCapitalIsThere() {
        assertThat(BUNDLED.lookup("Armenia")).map(Place::kind).contains("country");
        assertThat(BUNDLED.lookup("Yerevan")).map(Place::kind).contains("capital");
        assertThat(BUNDLED.lookup("baku")).map(Place::country).contains("AZE");
        assertThat(BUNDLED.lookup("Türkiye")).map(Place::country).contains("TUR");
        assertThat(BUNDLED.country("FRA")).map(Place::name).contains("France");
        assertThat(BUNDLED.size()).isGreaterThan(500);
        assertThat(BUNDLED.lookup("Atlantis")).isEmpty();
        assertThat(BUNDLED.lookup(" ")).isEmpty();
    }

    @Test
    void importsGeoNamesFile(@TempDir Path dir) throws Exception {
        Path fixture = Path.of(getClass().getResource("geonames-fixture.txt").toURI());
        GazetteerImporter importer = new GazetteerImporter(org.faultline.actors.CountryCodes.bundled(), 500);
        GazetteerImporter.Result result = importer.read(fixture);
        assertThat(result.entries()).extracting(e -> e.place().name())
                .containsExactly("Ruritania City", "Strelsau", "Mount Example", "Goris", "Strelsau");
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.problems()).singleElement().asString().contains(":7:").contains("latitude");

        Gazetteer g = importer.importInto(BUNDLED, fixture);
        Place capital = g.lookup("Ruritania City").orElseThrow();
        assertThat(capital.country()).isEqualTo("ARM");
        assertThat(capital.kind()).isEqualTo("capital");
        assertThat(g.lookup("Ruritaniagrad")).contains(capital);
        assertThat(g.lookup("RC")).isEmpty();
        assertThat(g.lookup("Example Peak")).map(Place::kind).contains("mountain");
        assertThat(g.lookup("Some Hotel")).isEmpty();
        assertThat(g.lookup("Tiny Hamlet")).isEmpty();
        // the larger of two same-named imports wins; bundled places keep precedence
        assertThat(g.lookup("Strelsau")).map(Place::country).contains("ARM");
        assertThat(g.lookup("Goris")).map(Place::lat).hasValueSatisfying(lat -> assertThat(lat).isCloseTo(39.5, within(0.1)));
        assertThat(g.size()).isEqualTo(BUNDLED.size() + 3);

        Path converted = dir.resolve("places.tsv");
        assertThat(importer.convert(fixture, converted)).isEqualTo(5);
        Gazetteer reloaded = Gazetteer.load(List.of(converted));
        assertThat(reloaded.lookup("Strelsaw")).map(Place::country).contains("ARM");
    }

    @Test
    void badPlacesFileNamesLineAndField(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("mine.tsv");
        Files.writeString(f, "# mine\nNew Town\tARM\t95.0\t45.0\ttown\t-\n");
        assertThatThrownBy(() -> Gazetteer.load(List.of(f)))
                .hasMessageContaining("mine.tsv:2").hasMessageContaining("field 'lat'");
        Path ok = dir.resolve("ok.tsv");
        Files.writeString(ok, "New Town\tARM\t40.0\t45.0\ttown\tNewtown;Nor Kaghak\n");
        Gazetteer g = Gazetteer.load(List.of(ok));
        assertThat(g.lookup("nor kaghak")).map(Place::name).contains("New Town");
        assertThatThrownBy(() -> new GazetteerImporter(org.faultline.actors.CountryCodes.bundled(), -1))
                .hasMessageContaining("-1");
    }
}
