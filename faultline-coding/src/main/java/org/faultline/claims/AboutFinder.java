package org.faultline.claims;

import java.util.BitSet;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.faultline.actors.Actor;

/**
 * The actor a statement is about: the party the cue acts on ("accused X", "warned X", "urged X"),
 * else the first actor of another country named in the content, its grammatical subject first.
 */
final class AboutFinder {
    private static final EnumSet<Stance> ACTS_ON_OBJECT = EnumSet.of(Stance.ACCUSE, Stance.WARN, Stance.DEMAND,
            Stance.SUPPORT, Stance.REASSURE, Stance.PROPOSE);
    private static final Set<String> NOT_HEAD = Set.of("compound", "flat", "det", "case", "nummod", "fixed", "punct");

    Actor about(Attribution a, Parse p, Actor speaker, Stance stance, SpeakerContext ctx) {
        if (a.objectHead() >= 0 && ACTS_ON_OBJECT.contains(stance) && !a.entry().contentDecides()) {
            Actor o = partyOf(p, a.objectHead(), speaker, ctx);
            if (o != null) return o;
        }
        // "offered peace to X", "proposed a pact to X": the recipient
        if (a.cueToken() >= 0 && p.token(a.cueToken()).isVerb() && ACTS_ON_OBJECT.contains(stance)) {
            int to = p.child(a.cueToken(), "obl:to");
            if (to >= 0) {
                Actor o = partyOf(p, to, speaker, ctx);
                if (o != null) return o;
            }
        }
        return mainActor(p, a.content(), speaker, ctx);
    }

    /** The first actor of another country in the tokens, subjects first. */
    Actor mainActor(Parse p, BitSet tokens, Actor speaker, SpeakerContext ctx) {
        if (p == null || tokens.isEmpty()) return null;
        for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1))
            if (p.rel(i).startsWith("nsubj") && !p.token(i).pos().startsWith("PRP")) {
                Actor o = partyOf(p, i, speaker, ctx);
                if (o != null) return o;
            }
        for (int i = tokens.nextSetBit(0); i >= 0; i = tokens.nextSetBit(i + 1)) {
            if (NOT_HEAD.contains(p.baseRel(i))) continue;
            boolean candidate = p.token(i).isNoun() || p.token(i).pos().startsWith("JJ") && !p.token(i).ner().equals("O");
            if (!candidate) continue;
            Actor o = resolve(p, i, ctx);
            if (o != null && other(o, speaker)) return o;
        }
        return null;
    }

    /** The actor at a head token, or the actor owning it ("Azerbaijan's assault", "Azerbaijani attack"). */
    private Actor partyOf(Parse p, int head, Actor speaker, SpeakerContext ctx) {
        Actor o = resolve(p, head, ctx);
        if (o != null && other(o, speaker)) return o;
        for (int c : p.children(head, "nmod:poss", "amod", "nmod:of", "compound")) {
            Actor m = resolve(p, c, ctx);
            if (m != null && other(m, speaker)) return m;
        }
        return null;
    }

    private static Actor resolve(Parse p, int i, SpeakerContext ctx) {
        // pronouns in the content mostly point back at the speaker, not at another party
        if (p.token(i).pos().startsWith("PRP") || p.token(i).pos().startsWith("WP")) return null;
        Optional<Actor> a = ctx.resolve(p, i);
        return a.filter(x -> x.country() != null).orElse(null);
    }

    private static boolean other(Actor a, Actor speaker) {
        return speaker == null || !Objects.equals(a.country(), speaker.country());
    }
}
