package org.faultline.claims.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.claims.Claim;
import org.faultline.claims.Contradiction;
import org.faultline.claims.ContradictionKind;
import org.faultline.claims.Stance;
import org.junit.jupiter.api.Test;

/** The claims.jsonl and contradictions.jsonl field names and values of the output contract. */
class ClaimJsonTest {
    private static final ObjectMapper M = new ObjectMapper();

    @Test
    void claimHasTheContractFields() throws Exception {
        Actor speaker = new Actor("the ministry", "Ministry of Foreign Affairs", "AZE", "GOV", "AZEGOV", null);
        Actor about = new Actor("Armenia", "Armenia", "ARM", null, "ARM", "Q399");
        Claim c = new Claim("a1-c3-0", "a1", 3, speaker, "said", "the shelling came from across the line", false,
                Stance.ACCUSE, about, List.of("a1-3-0"), "2023-01-02");
        JsonNode n = M.readTree(ClaimJson.claim(c).toString());
        assertThat(n.fieldNames()).toIterable().containsExactly("id", "article_id", "sentence_index", "speaker", "cue",
                "content", "direct_quote", "stance", "about", "event_ids");
        assertThat(n.get("speaker").get("code").asText()).isEqualTo("AZEGOV");
        assertThat(n.get("speaker").get("text").asText()).isEqualTo("the ministry");
        assertThat(n.get("stance").asText()).isEqualTo("accuse");
        assertThat(n.get("direct_quote").asBoolean()).isFalse();
        assertThat(n.get("about").get("wikidata").asText()).isEqualTo("Q399");
        assertThat(n.get("event_ids").get(0).asText()).isEqualTo("a1-3-0");
    }

    @Test
    void missingAboutIsJsonNull() throws Exception {
        Actor speaker = new Actor("Baku", "Azerbaijan", "AZE", "GOV", "AZEGOV", null);
        Claim c = new Claim("a1-c0-0", "a1", 0, speaker, "denied", "the report", true, Stance.DENY, null, List.of(), null);
        JsonNode n = M.readTree(ClaimJson.claim(c).toString());
        assertThat(n.get("about").isNull()).isTrue();
        assertThat(n.get("event_ids").size()).isZero();
    }

    @Test
    void contradictionHasTheContractFields() throws Exception {
        Contradiction x = new Contradiction("a1-c1-0~b2-c4-1", "a1-c1-0", "b2-c4-1", null, ContradictionKind.BLAME_REVERSED,
                "Each side says the other fired first.");
        JsonNode n = M.readTree(ContradictionJson.contradiction(x).toString());
        assertThat(n.fieldNames()).toIterable().containsExactly("id", "claim_a", "claim_b", "incident_id", "kind", "explanation", "score");
        assertThat(n.get("kind").asText()).isEqualTo("blame-reversed");
        assertThat(n.get("incident_id").isNull()).isTrue();
        assertThat(n.get("score").asDouble()).isEqualTo(1.0);
    }
}
