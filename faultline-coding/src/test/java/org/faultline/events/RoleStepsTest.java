package org.faultline.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.faultline.actors.ActorDictionary;
import org.faultline.actors.DictionaryActorResolver;
import org.faultline.events.patterns.PatternBook;
import org.faultline.geo.Gazetteer;
import org.faultline.learn.roles.RoleModel;
import org.junit.jupiter.api.Test;

class RoleStepsTest {
    @Test
    void bundledOrderWithAndWithoutModel() {
        DictionaryActorResolver actors = new DictionaryActorResolver(ActorDictionary.bundled(), Gazetteer.bundled());
        assertEquals(List.of("noun", "clause", "crowd"), EventCoder.withBundledData(actors, PlaceResolver.none()).roleSteps());
        assertEquals(List.of("noun", "clause", "crowd", "learned-target"),
                EventCoder.withBundledData(actors, PlaceResolver.none(), RoleModel.bundled()).roleSteps());
    }

    @Test
    void orderIsConfiguration() {
        List<RoleStep> steps = RoleSteps.parse("# mine\nclause\n\nnoun\n", "mine.txt", PatternBook.bundled(), null);
        assertEquals(List.of("clause", "noun"), steps.stream().map(RoleStep::name).toList());
    }

    @Test
    void unknownOrRepeatedStepNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RoleSteps.parse("noun\nsieve\n", "mine.txt", PatternBook.bundled(), null));
        assertTrue(e.getMessage().contains("mine.txt:2") && e.getMessage().contains("sieve"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RoleSteps.parse("noun\nnoun\n", "mine.txt", PatternBook.bundled(), null));
        assertTrue(e.getMessage().contains("mine.txt:2"), e.getMessage());
    }
}
