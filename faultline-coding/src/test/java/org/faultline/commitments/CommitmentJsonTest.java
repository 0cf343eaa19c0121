package org.faultline.commitments;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.faultline.actors.Actor;
import org.faultline.incidents.Incident;
import org.faultline.incidents.IncidentJson;
import org.junit.jupiter.api.Test;

class CommitmentJsonTest {
    @Test
    void commitmentFieldsAreSnakeCaseWithLabelledStatuses() {
        Commitment c = new Commitment("com-a-1-0", "agreement", List.of(new Actor("Lisbon", "Portugal", "PRT", "GOV", "PRTGOV", null)),
                "fishing accord", "2024-05-01", CommitmentStatus.PROPOSED,
                List.of(new StatusChange(CommitmentStatus.AGREED, "2024-05-01", "a", 1, "They agreed."),
                        new StatusChange(CommitmentStatus.BACKED_OUT, "2024-07-01", "b", 3, "They pulled out.")));
        ObjectNode o = CommitmentJson.commitment(c);
        assertThat(o.get("status").asText()).isEqualTo("backed-out");
        assertThat(o.get("made_on").asText()).isEqualTo("2024-05-01");
        assertThat(o.get("parties").get(0).get("code").asText()).isEqualTo("PRTGOV");
        assertThat(o.get("history").get(1).get("sentence_index").asInt()).isEqualTo(3);
        assertThat(o.get("history").get(1).get("evidence").asText()).isEqualTo("They pulled out.");
    }

    @Test
    void incidentFieldsAreSnakeCase() {
        Incident i = new Incident("inc-x-0-0", "AZE", "ARM", "violence", "2022-09-13", "2022-09-14", "Jermuk",
                List.of("x-0-0", "y-2-1"), List.of("x", "y"), 2, "2022-09-14", "2022-09-15");
        ObjectNode o = IncidentJson.incident(i);
        assertThat(o.get("type_family").asText()).isEqualTo("violence");
        assertThat(o.get("report_count").asInt()).isEqualTo(2);
        assertThat(o.get("article_count").asInt()).isEqualTo(2);
        assertThat(o.get("first_seen").asText()).isEqualTo("2022-09-14");
        assertThat(o.get("event_ids").size()).isEqualTo(2);
    }
}
