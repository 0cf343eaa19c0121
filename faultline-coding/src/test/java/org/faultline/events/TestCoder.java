package org.faultline.events;

import org.faultline.actors.ActorDictionary;
import org.faultline.actors.DictionaryActorResolver;
import org.faultline.geo.Gazetteer;

/** The coder as the product wires it (bundled actors, gazetteer, patterns), built once per test JVM. */
public final class TestCoder {
    private TestCoder() {}

    private static final class Holder {
        static final Gazetteer GAZETTEER = Gazetteer.bundled();
        static final EventCoder INSTANCE = EventCoder.withBundledData(
                new DictionaryActorResolver(ActorDictionary.bundled(), GAZETTEER), PlaceResolver.of(GAZETTEER),
                org.faultline.learn.roles.RoleModel.bundled());
    }

    public static EventCoder get() { return Holder.INSTANCE; }
}
