package org.faultline.learn.quad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldsTest {
    @Test
    void copiesOfOneSentenceShareAFoldAndFoldsAreBalanced() {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 50; i++) texts.add("sentence " + i);
        texts.add("sentence 7");
        texts.add("sentence 7");
        Folds folds = new Folds(texts, 5, 1);
        int[] size = new int[5];
        for (int i = 0; i < 50; i++) size[folds.of("sentence " + i)]++;
        assertThat(size).containsOnly(10);
        assertThat(new Folds(texts, 5, 1).of("sentence 7")).isEqualTo(folds.of("sentence 7"));
    }

    @Test
    void oneFoldIsAnError() {
        assertThatThrownBy(() -> new Folds(List.of("a", "b"), 1, 1)).hasMessageContaining("--folds");
    }

    @Test
    void scoreCountsAccuracyAndMacroF1() {
        QuadScore s = QuadScore.of(new int[] {0, 0, 4, 4}, new int[] {0, 4, 4, 4});
        assertThat(s.accuracy()).isEqualTo(0.75);
        // class 0: P 1, R .5 -> F1 2/3; class 4: P 2/3, R 1 -> F1 0.8
        assertThat(s.macroF1()).isCloseTo((2.0 / 3 + 0.8) / 2, org.assertj.core.data.Offset.offset(1e-9));
    }
}
