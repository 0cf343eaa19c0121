package org.faultline.learn.quad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuadModelTest {
    /** A small made-up training set: each class has its own cue words, plus shared noise words. */
    private static List<FeaturedExample> toyData() {
        String[][] cues = {{"match", "goal"}, {"praise", "welcome"}, {"aid", "deliver"}, {"accuse", "condemn"}, {"shell", "bomb"}};
        List<FeaturedExample> out = new ArrayList<>();
        for (int q = 0; q < 5; q++)
            for (int i = 0; i < 6; i++)
                out.add(new FeaturedExample("s" + q + "-" + i, q, Map.of("w=" + cues[q][i % 2], 1.0, "w=noise" + (i % 3), 1.0)));
        return out;
    }

    @Test
    void trainingIsByteForByteRepeatable(@TempDir Path dir) throws Exception {
        QuadTrainer trainer = new QuadTrainer(new QuadTrainingConfig(7, 5, 0.1, 1, 1));
        trainer.train(toyData()).write(dir.resolve("a.tsv"), "toy");
        trainer.train(toyData()).write(dir.resolve("b.tsv"), "toy");
        assertThat(Files.readAllBytes(dir.resolve("a.tsv"))).isEqualTo(Files.readAllBytes(dir.resolve("b.tsv")));
    }

    @Test
    void writtenModelReloadsToTheSamePredictions(@TempDir Path dir) {
        QuadModel model = new QuadTrainer(new QuadTrainingConfig(7, 5, 0.1, 1, 1)).train(toyData());
        model.write(dir.resolve("m.tsv"), "toy");
        QuadModel reloaded = QuadModel.read(dir.resolve("m.tsv"));
        assertThat(reloaded.featureCount()).isEqualTo(model.featureCount());
        for (String cue : List.of("goal", "welcome", "deliver", "condemn", "shell")) {
            Map<String, Double> f = Map.of("w=" + cue, 1.0);
            assertThat(reloaded.predict(f).probabilities()).containsExactly(model.predict(f).probabilities());
        }
        assertThat(reloaded.predict(Map.of("w=shell", 1.0)).quad()).isEqualTo(4);
        assertThat(reloaded.predict(Map.of("w=goal", 1.0)).quad()).isEqualTo(0);
    }

    @Test
    void minCountDropsRareFeatures() {
        List<FeaturedExample> data = new ArrayList<>(toyData());
        data.add(new FeaturedExample("rare", 3, Map.of("w=once", 1.0, "w=accuse", 1.0)));
        assertThat(new QuadTrainer(new QuadTrainingConfig(7, 5, 0.1, 1, 2)).train(data).predict(Map.of("w=once", 1.0)).probabilities())
                .containsExactly(new QuadTrainer(new QuadTrainingConfig(7, 5, 0.1, 1, 2)).train(data).predict(Map.of()).probabilities());
    }

    @Test
    void badModelFileNamesLineAndField() {
        String text = "# comment\nBIAS\t0\t0\t0\t0\t0\nw=x\t1\t2\tthree\t4\t5\n";
        assertThatThrownBy(() -> QuadModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "m.tsv"))
                .hasMessageContaining("m.tsv:3").hasMessageContaining("'three'");
    }

    @Test
    void bundledModelLoads() {
        QuadModel m = QuadModel.bundled();
        assertThat(m.featureCount()).isGreaterThan(1000);
        double sum = 0;
        for (double p : m.predict(Map.of("rule=none", 1.0)).probabilities()) sum += p;
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }
}
