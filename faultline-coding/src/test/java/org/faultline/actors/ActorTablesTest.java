package org.faultline.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Walks every bundled actors table row by row (as jsoup's HtmlTreeBuilderStateTest walks every
 * state table): each data line must parse on its own, and every reference must name a code the
 * dictionary defines.
 */
class ActorTablesTest {
    static Stream<String> tables() {
        List<String> all = new ArrayList<>(ActorDictionary.BUNDLED);
        all.addAll(ActorDictionary.FIELD);
        all.add(ActorDictionary.FIELD_AGENTS);
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("tables")
    void everyRowOfEveryTableParses(String table) throws Exception {
        ActorDictionary own = ActorDictionary.bundledOwn();
        ActorDictionary fieldOrgs = ActorDictionary.bundled().field().orElseThrow();
        List<TsvLine> lines;
        try (InputStream in = ActorDictionary.class.getResourceAsStream(table)) {
            assertThat(in).as(table).isNotNull();
            lines = TsvLine.readAll(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), table);
        }
        assertThat(lines).as(table).isNotEmpty();
        ActorDictionary.Builder b = new ActorDictionary.Builder().knowing(own).knowing(fieldOrgs);
        for (TsvLine line : lines) {
            int before = b.entryCount();
            DictionaryParser.parse(line, b); // throws DictionaryFormatException naming table:line
            assertThat(b.entryCount()).as(table + ":" + line.number() + " gives an entry").isGreaterThan(before);
        }
        b.build(); // every row's affiliation/country reference names a defined code, else table:line
    }

    @Test
    void aReferenceToAnUnknownCodeFailsWithFileAndLine() {
        String tsv = "# comment\nperson\tOrlan Veskovich\t-\tXQZ\tGOV\tminister\t2001-01-01\t-\n";
        assertThatThrownBy(() -> new ActorDictionary.Builder().read(new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "mine.tsv").build())
                .isInstanceOf(DictionaryFormatException.class)
                .hasMessageStartingWith("mine.tsv:2: field 'affiliation': 'XQZ'");
        String org = "org\tXQZREB\tXQZ\tREB\tRiver Front\t-\n";
        assertThatThrownBy(() -> new ActorDictionary.Builder().read(new ByteArrayInputStream(org.getBytes(StandardCharsets.UTF_8)), "mine.tsv").build())
                .hasMessageStartingWith("mine.tsv:1: field 'country'");
    }
}
