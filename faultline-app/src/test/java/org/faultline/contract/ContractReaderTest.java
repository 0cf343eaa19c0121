package org.faultline.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.claims.Claim;
import org.faultline.claims.Contradiction;
import org.faultline.claims.ContradictionKind;
import org.faultline.claims.Stance;
import org.faultline.claims.json.ClaimJson;
import org.faultline.claims.json.ContradictionJson;
import org.faultline.events.Event;
import org.faultline.events.Factuality;
import org.faultline.events.Location;
import org.faultline.events.json.EventJson;
import org.faultline.incidents.Incident;
import org.faultline.incidents.IncidentJson;
import org.faultline.ingest.Article;
import org.faultline.ingest.RemovedSpan;
import org.faultline.ingest.dedup.ContentHash;
import org.faultline.ingest.json.ArticleJson;
import org.faultline.nlp.DatePrecision;
import org.junit.jupiter.api.Test;

class ContractReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Actor ARMY = new Actor("the army", "Ruritania", "RUR", "MIL", "RURMIL", "Q1");
    private static final Actor TOWN = new Actor("townspeople", "Ruritania civilians", "RUR", "CVL", "RURCVL", null);

    @Test
    void eventReadsBackEqual() throws Exception {
        Event e = new Event("a1-e3-0", "a1", 3, "The army shelled the town.", "shelled", "ASSAULT", "aerial",
                List.of("military"), "195", -10.0, 4, ARMY, TOWN, "2024-03", DatePrecision.MONTH,
                new Location("Strelsau", "RUR", 50.1, 14.4), Factuality.REPORTED, TOWN, 0.75, "inc-a1-e3-0");
        assertThat(ContractReader.event(JSON.readTree(EventJson.event(e, true).toString()))).isEqualTo(e);
        Event bare = new Event("a1-e4-0", "a1", 4, "x", "y", "ACCUSE", null, List.of(), "112", -2.0, 3, null, null,
                null, DatePrecision.UNKNOWN, new Location("Zenda", null, null, null), Factuality.NEGATED, null, 0.5, null);
        assertThat(ContractReader.event(JSON.readTree(EventJson.event(bare, true).toString()))).isEqualTo(bare);
    }

    @Test
    void claimTakesItsReportDateFromTheCaller() throws Exception {
        Claim c = new Claim("a1-c2-0", "a1", 2, ARMY, "denied", "it never fired on the town", true, Stance.DENY, TOWN,
                List.of("a1-e3-0"), "2024-03-12");
        assertThat(ContractReader.claim(JSON.readTree(ClaimJson.claim(c).toString()), "2024-03-12")).isEqualTo(c);
    }

    @Test
    void articleRebuildsWhatTheContractLeavesOut() throws Exception {
        Article a = new Article("a1", "in/a.txt", "https://example.org/a", "Title", LocalDate.of(2024, 3, 12), true, "text",
                "raw", "Body text.", List.of(new RemovedSpan("navigation", "Home | News")), "ignored", "a0", List.of("no date"));
        Article back = ContractReader.article(JSON.readTree(new ArticleJson(JSON).toJson(a).toString()));
        assertThat(new ArticleJson(JSON).toJson(back)).isEqualTo(new ArticleJson(JSON).toJson(a));
        assertThat(back.contentHash()).isEqualTo(ContentHash.of("Body text."));
        assertThat(back.format()).isEqualTo(ContractReader.IMPORTED_FORMAT);
    }

    @Test
    void linksReadBackEqual() throws Exception {
        Incident i = new Incident("inc-a1-e3-0", "RUR", "RUR", "ASSAULT", "2024-03-11", "2024-03-12", "Strelsau",
                List.of("a1-e3-0", "a2-e1-0"), List.of("a1", "a2"), 2, "2024-03-12", "2024-03-13");
        assertThat(ContractReader.incident(JSON.readTree(IncidentJson.incident(i).toString()))).isEqualTo(i);
        Contradiction c = new Contradiction("a1-c2-0~a2-c1-0", "a1-c2-0", "a2-c1-0", null, ContradictionKind.ACCUSATION_DENIAL, "one says, other denies");
        assertThat(ContractReader.contradiction(JSON.readTree(ContradictionJson.contradiction(c).toString()))).isEqualTo(c);
    }

    @Test
    void badFieldIsNamed() {
        assertThatThrownBy(() -> ContractReader.event(JSON.readTree("{\"id\":\"e1\",\"type\":\"ASSAULT\",\"sentence_index\":\"two\"}")))
                .isInstanceOf(ContractFormatException.class).hasMessageContaining("e1").hasMessageContaining("sentence_index");
        assertThatThrownBy(() -> ContractReader.claim(JSON.readTree("{\"id\":\"c1\",\"article_id\":\"a\",\"sentence_index\":1,"
                + "\"speaker\":{\"text\":\"x\"},\"content\":\"y\",\"stance\":\"shout\"}"), null))
                .isInstanceOf(ContractFormatException.class).hasMessageContaining("stance").hasMessageContaining("shout");
    }
}
