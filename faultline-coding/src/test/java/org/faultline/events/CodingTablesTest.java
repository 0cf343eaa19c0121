package org.faultline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.faultline.events.cameo.CameoTable;
import org.faultline.events.patterns.Pattern;
import org.faultline.events.patterns.PatternBook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks every row of every coding table (patterns, Goldstein table, intent codes, word lists), as
 * jsoup's tests walk its state tables: a row that could only fail while coding fails here, and a bad
 * row in a user's file fails at load with file:line.
 */
class CodingTablesTest {
    private final CameoTable cameo = CameoTable.bundled();

    @Test
    void everyPatternNamesAKnownTypeAndAGoldsteinCode() {
        PatternBook book = PatternBook.bundled();
        assertThat(book.all()).hasSize(book.size());
        for (Pattern p : book.all()) {
            if (p.isCue()) continue;
            assertThat(EventTypes.ALL).as("type of %s", p.origin()).contains(p.type());
            assertThat(cameo.lookup(p.cameo())).as("CAMEO code of %s", p.origin()).isPresent();
        }
        EventCoder.requireKnownCodes(book, cameo); // the check the coder runs when it is built
    }

    @Test
    void everyIntentRowGivesAKnownCodeForEveryRoot() {
        IntentCodes.bundled().requireKnown(cameo);
        for (int root = 1; root <= 20; root++) {
            String code = String.format("%02d0", root);
            for (boolean negated : new boolean[] {false, true}) {
                String[] tc = IntentCodes.intended("ASSAULT", code, negated);
                assertThat(EventTypes.ALL).contains(tc[0]);
                assertThat(cameo.lookup(tc[1])).as("intent code for %s negated=%s", code, negated).isPresent();
            }
        }
        assertThat(IntentCodes.intended("SUPPORT", "057", false)).containsExactly("AGREE", "032");
        assertThat(IntentCodes.intended("ASSAULT", "1723", false)).containsExactly("THREATEN", "1323");
        assertThat(IntentCodes.intended("RETREAT", "0874", true)).containsExactly("REJECT", "124");
        assertThat(IntentCodes.intended("REQUEST", "020", false)).containsExactly("REQUEST", "020");
        assertThat(IntentCodes.intended("MOBILIZE", "152", false)).containsExactly("MOBILIZE", "152");
    }

    @Test
    void everyWordListIsFilledAndSymmetricTypesAreRead() {
        CoderWords w = CoderWords.bundled();
        for (String list : CoderWords.LISTS) assertThat(w.items(list)).as("list %s", list).isNotEmpty();
        assertThat(w.list("light")).contains("launch", "commit");
        assertThat(w.symmetric("ASSAULT", "190", false)).isTrue();
        assertThat(w.symmetric("SUPPORT", "057", false)).isTrue();
        assertThat(w.symmetric("SUPPORT", "051", false)).isFalse();
        assertThat(w.symmetric("ACCUSE", "112", true)).isTrue();
        assertThat(w.symmetric("ACCUSE", "112", false)).isFalse();
    }

    @Test
    void aPatternWhoseCodeTheGoldsteinTableLacksFailsAtLoadWithFileAndLine(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("my-patterns.tsv");
        Files.writeString(mine, "# mine\nzap  V  -  ASSAULT  -  -  990  -\n");
        PatternBook book = PatternBook.load(List.of(mine));
        assertThatThrownBy(() -> EventCoder.requireKnownCodes(book, cameo))
                .hasMessageContaining(mine + ":2").hasMessageContaining("990");
    }

    @Test
    void badRowsOfTheSmallTablesFailWithFileAndLine() {
        assertThatThrownBy(() -> IntentCodes.read(new BufferedReader(new StringReader("intent\t04\tHUG\t036\n")), "mine.tsv"))
                .hasMessageContaining("mine.tsv:1").hasMessageContaining("type");
        assertThatThrownBy(() -> IntentCodes.read(new BufferedReader(new StringReader("intent\t04\tAGREE\t036\n")), "mine.tsv"))
                .hasMessageContaining("default");
        IntentCodes unknown = assertDoesNotThrow(() -> IntentCodes.read(new BufferedReader(new StringReader(
                "intent\t*\tAGREE\t999\nrefusal\t*\tREJECT\t120\n")), "mine.tsv"));
        assertThatThrownBy(() -> unknown.requireKnown(cameo)).hasMessageContaining("mine.tsv:1").hasMessageContaining("999");
        assertThatThrownBy(() -> CoderWords.read(new BufferedReader(new StringReader("# x\nheavy\tlaunch\n")), "words.tsv"))
                .hasMessageContaining("words.tsv:2").hasMessageContaining("unknown list");
        assertThatThrownBy(() -> CoderWords.read(new BufferedReader(new StringReader("symmetric\tHUG\n")), "words.tsv"))
                .hasMessageContaining("words.tsv:1");
    }

    private static <T> T assertDoesNotThrow(java.util.concurrent.Callable<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new AssertionError("did not expect " + e, e);
        }
    }
}
