package org.faultline.learn.roles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.impl.ArrayExample;

class RoleModelTest {
    @Test
    void bundledModelLoadsWithThresholds() {
        RoleModel m = RoleModel.bundled();
        assertTrue(m.featureCount() > 100, "features: " + m.featureCount());
        assertTrue(m.sourceThreshold() > 0 && m.targetThreshold() > 0);
    }

    @Test
    void textModelScoresAsTribuoDoesAndRoundTrips() throws Exception {
        Random r = new Random(7);
        List<RoleExamples.Example> ex = new ArrayList<>();
        String[] words = {"a", "b", "c", "d", "e", "f"};
        for (int i = 0; i < 300; i++) {
            RoleLabel l = RoleLabel.values()[i % 3];
            List<String> f = new ArrayList<>(List.of("cue=" + l.name().toLowerCase(), "w=" + words[r.nextInt(words.length)]));
            if (r.nextInt(4) == 0) f.set(0, "cue=noise");
            f.sort(null);
            ex.add(new RoleExamples.Example(f, l));
        }
        TrainConfig c = new TrainConfig("x", 1, 2, 3, 0.5, 0.1, 1, 0.2, 0.2);
        RoleTrainer trainer = new RoleTrainer(c, new RoleFeatures(null));
        LinearSGDModel tribuo = trainer.trainTribuo(ex);
        RoleModel mine = trainer.toRoleModel(tribuo);
        for (RoleExamples.Example e : ex.subList(0, 30)) {
            ArrayExample<Label> a = new ArrayExample<>(new Label(e.label().name()));
            for (String f : e.features()) a.add(f, 1.0);
            Prediction<Label> p = tribuo.predict(a);
            double[] ours = mine.probabilities(e.features());
            for (RoleLabel l : RoleLabel.values())
                assertEquals(p.getOutputScores().get(l.name()).getScore(), ours[l.ordinal()], 1e-9, "label " + l + " of " + e.features());
        }
        StringWriter w = new StringWriter();
        mine.write(w);
        RoleModel back = RoleModel.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)), "test");
        assertArrayEquals(mine.probabilities(List.of("cue=source")), back.probabilities(List.of("cue=source")), 1e-4);
        StringWriter again = new StringWriter();
        new RoleTrainer(c, new RoleFeatures(null)).toRoleModel(new RoleTrainer(c, new RoleFeatures(null)).trainTribuo(ex)).write(again);
        assertEquals(w.toString(), again.toString(), "same data and seed give the same model text");
    }

    @Test
    void aBadLineNamesItsPlace() {
        String text = "labels\tSOURCE\tTARGET\tNONE\nthreshold\t0.2\t0.2\t0\nbias\t0\t0\nw=x\t1\t2\t3\n";
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RoleModel.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "m.tsv"));
        assertTrue(e.getMessage().contains("m.tsv:3"), e.getMessage());
    }
}
