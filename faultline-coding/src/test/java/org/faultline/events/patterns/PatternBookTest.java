package org.faultline.events.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.faultline.events.cameo.CameoTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternBookTest {
    private static final Set<String> PLOVER = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    @Test
    void bundledPatternsCoverAllSixteenTypesWithHundredsOfLemmas() {
        PatternBook book = PatternBook.bundled();
        assertThat(book.size()).isGreaterThan(450);
        Set<String> types = new HashSet<>();
        for (String lemma : List.of("attack", "shell", "offensive", "clash", "blockade", "accusation", "drill", "exchange", "talk",
                "ceasefire", "sanction", "protest", "visit", "aid", "agree", "demand", "reject", "threaten", "mobilize",
                "arrest", "release", "praise", "cooperate", "concede", "withdraw", "condemn"))
            for (char pos : new char[] {'V', 'N'}) book.patterns(lemma, pos).forEach(p -> types.add(p.type()));
        assertThat(types).containsAll(PLOVER);
    }

    @Test
    void everyEventPatternHasACameoCodeInTheGoldsteinTable() {
        CameoTable table = CameoTable.bundled();
        PatternBook book = PatternBook.bundled();
        for (String lemma : List.of("shell", "impose", "sign", "call", "offensive", "strike", "exchange"))
            for (char pos : new char[] {'V', 'N'})
                for (Pattern p : book.patterns(lemma, pos))
                    if (!p.isCue()) assertThat(table.lookup(p.cameo())).as(p.describe()).isPresent();
    }

    @Test
    void theMostSpecificPatternComesFirst() {
        List<Pattern> impose = PatternBook.bundled().patterns("impose", 'V');
        assertThat(impose.get(0).specificity()).isGreaterThan(0);
        assertThat(impose.get(impose.size() - 1).specificity()).isZero();
        assertThat(impose).extracting(Pattern::type).contains("SANCTION", "COERCE");
    }

    @Test
    void aUserFileAddsPatternsAndWinsTies(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.tsv");
        Files.writeString(mine, "# my patterns\nshell V - COERCE - - 170 -\nbombard X - CUE - - - hypothetical\n");
        PatternBook book = PatternBook.load(List.of(mine));
        assertThat(book.patterns("shell", 'V').get(0).type()).isEqualTo("COERCE");
        assertThat(book.patterns("bombard", 'X').get(0).embed()).isEqualTo(Embed.HYPOTHETICAL);
    }

    @Test
    void aBadLineIsReportedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "# header\nshell V - BOMBARD - - 190 -\n");
        assertThatThrownBy(() -> PatternBook.load(List.of(bad)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.tsv:2").hasMessageContaining("BOMBARD");
        Path missing = dir.resolve("nope.tsv");
        assertThatThrownBy(() -> PatternBook.load(List.of(missing))).hasMessageContaining("nope.tsv");
    }
}
