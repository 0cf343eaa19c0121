package org.faultline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {
    private static final ActorDictionary BUNDLED = ActorDictionary.bundled();

    @Test
    void bundledDictionaryCoversEveryStateOnce() {
        List<StateEntry> states = BUNDLED.states().stream().filter(s -> !s.defacto()).toList();
        assertThat(states).hasSizeGreaterThanOrEqualTo(195);
        Map<String, Long> codes = BUNDLED.states().stream().collect(Collectors.groupingBy(StateEntry::code, Collectors.counting()));
        assertThat(codes.values()).allMatch(n -> n == 1);
        assertThat(codes).containsKeys("ARM", "AZE", "GEO", "RUS", "TUR", "IRN", "USA", "FRA", "DEU", "NKR", "XKX");
        assertThat(BUNDLED.people().size()).isGreaterThan(150);
        assertThat(BUNDLED.organizations().size()).isGreaterThan(80);
    }

    @Test
    void noNameMeansTwoDifferentCountries() {
        Map<String, String> seen = new HashMap<>();
        List<String> clashes = new java.util.ArrayList<>();
        for (StateEntry s : BUNDLED.states()) {
            List<String> names = new java.util.ArrayList<>(s.aliases());
            names.add(s.name());
            names.addAll(s.demonyms());
            names.addAll(s.metonyms().keySet());
            for (String n : names) {
                String prev = seen.putIfAbsent(Words.normPhrase(n) + "|" + n.equals(n.toUpperCase()), s.code());
                if (prev != null && !prev.equals(s.code())) clashes.add(n + ": " + prev + "/" + s.code());
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void userFileAddsActorsOfEveryKind(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("my-actors.tsv");
        Files.writeString(f, String.join("\n",
                "# my own additions",
                "org\tARMREB\tARM\tREB\tZangezur Liberation Front\tZLF",
                "person\tAnna Example\tExampleova\tAZE\tGOV\tMinister of Examples\t2023-01-01\t-",
                "sector\twatchmen;night watch\tCOP\tstrong",
                "state\tXRU\t-\t-\tdefacto\tARM\t2020-01-01\t-\tRepublic of Ruritania\tRuritania\tRuritanian\tStrelsau",
                ""));
        ActorDictionary dict = ActorDictionary.load(List.of(f));
        DictionaryActorResolver r = new DictionaryActorResolver(dict);
        LocalDate d = LocalDate.of(2024, 3, 1);
        assertThat(r.resolveText("the Zangezur Liberation Front", d)).map(Actor::code).contains("ARMREB");
        assertThat(r.resolveText("Exampleova", d)).map(Actor::code).contains("AZEGOV");
        assertThat(r.resolveText("Georgian watchmen", d)).map(Actor::code).contains("GEOCOP");
        assertThat(r.resolveText("Strelsau", d)).map(Actor::code).contains("XRUGOV");
        assertThat(r.resolveText("Ruritania", LocalDate.of(2019, 1, 1))).map(Actor::code).contains("ARM");
        assertThat(r.resolveText("Ruritanian troops", d)).map(Actor::code).contains("XRUMIL");
        // the bundled entries are still there
        assertThat(r.resolveText("Baku", d)).map(Actor::code).contains("AZEGOV");
    }

    @Test
    void userEntryOverridesBundledMeaning(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("override.tsv");
        Files.writeString(f, "org\tNGOXYZ\tNGO\t-\tThe Kremlin Watchers\tKremlin\n");
        var r = new DictionaryActorResolver(ActorDictionary.load(List.of(f)));
        assertThat(r.resolveText("Kremlin", LocalDate.of(2024, 1, 1))).map(Actor::code).contains("NGOXYZ");
    }

    @Test
    void malformedLineNamesFileLineAndField(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bad.tsv");
        Files.writeString(f, "# comment\n\nperson\tJohn Doe\t-\tARM\tGOV\tMinister\t2024-13-01\t-\n");
        assertThatThrownBy(() -> ActorDictionary.load(List.of(f)))
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessageContaining("bad.tsv:3")
                .hasMessageContaining("field 'from'")
                .hasMessageContaining("2024-13-01")
                .satisfies(e -> {
                    DictionaryFormatException d = (DictionaryFormatException) e;
                    assertThat(d.line()).isEqualTo(3);
                    assertThat(d.field()).isEqualTo("from");
                });
    }

    @Test
    void otherMistakesAreReported(@TempDir Path dir) throws IOException {
        Path sector = dir.resolve("sector.tsv");
        Files.writeString(sector, "sector\tguards\tXXX\tstrong\n");
        assertThatThrownBy(() -> ActorDictionary.load(List.of(sector)))
                .hasMessageContaining("sector.tsv:1").hasMessageContaining("field 'sector'").hasMessageContaining("XXX");
        Path spaces = dir.resolve("spaces.tsv");
        Files.writeString(spaces, "org IGOABC IGO - Some Body -\n");
        assertThatThrownBy(() -> ActorDictionary.load(List.of(spaces)))
                .hasMessageContaining("spaces.tsv:1").hasMessageContaining("TAB");
        Path type = dir.resolve("type.tsv");
        Files.writeString(type, "country\tARM\n");
        assertThatThrownBy(() -> ActorDictionary.load(List.of(type)))
                .hasMessageContaining("type.tsv:1").hasMessageContaining("field 'type'");
        Path code = dir.resolve("code.tsv");
        Files.writeString(code, "org\tigo\tIGO\t-\tLower Body\t-\n");
        assertThatThrownBy(() -> ActorDictionary.load(List.of(code)))
                .hasMessageContaining("code.tsv:1").hasMessageContaining("field 'code'");
        assertThatThrownBy(() -> ActorDictionary.load(List.of(dir.resolve("missing.tsv"))))
                .hasMessageContaining("missing.tsv");
    }

    @Test
    void countryCodesMapCameoAndAlpha2() {
        CountryCodes codes = BUNDLED.countryCodes();
        assertThat(codes.toIso("JAP")).isEqualTo("JPN");
        assertThat(codes.toIso("ITL")).isEqualTo("ITA");
        assertThat(codes.toIso("VTN")).isEqualTo("VNM");
        assertThat(codes.toIso("ARM")).isEqualTo("ARM");
        assertThat(codes.toIso("IGO")).isEqualTo("IGO");
        assertThat(codes.toIso(null)).isNull();
        assertThat(codes.alpha3("AM")).contains("ARM");
        assertThat(codes.alpha3("az")).contains("AZE");
        assertThat(codes.alpha3("XK")).contains("XKX");
        assertThat(codes.alpha3("QQ")).isEmpty();
        assertThat(codes.name("NKR")).contains("Nagorno-Karabakh Republic");
    }
}
