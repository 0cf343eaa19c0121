package org.faultline.events.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CameoTableTest {
    private final CameoTable table = CameoTable.bundled();

    @Test
    void knownCodesHaveGoldsteinAndQuad() {
        assertThat(table.require("190").goldstein()).isEqualTo(-10.0);
        assertThat(table.require("190").quad()).isEqualTo(4);
        assertThat(table.require("057").goldstein()).isPositive();
        assertThat(table.require("057").quad()).isEqualTo(1);
        assertThat(table.require("0841").quad()).isEqualTo(2);
        assertThat(table.require("112").quad()).isEqualTo(3);
    }

    @Test
    void unknownSubcodesFallBackToTheirParent() {
        assertThat(table.lookup("1949")).isPresent().get().extracting(CameoEntry::code).isEqualTo("194");
        assertThat(table.lookup("99")).isEmpty();
        assertThatThrownBy(() -> table.require("99")).hasMessageContaining("'99'");
    }

    @Test
    void quadFollowsTheRootCode() {
        for (String code : new String[] {"030", "046", "051", "061", "073", "087", "090", "100", "112", "120", "138", "141", "154", "163", "173", "186", "195", "202"}) {
            int root = Integer.parseInt(code.substring(0, 2));
            // reducing relations (16) is verbal conflict, as ConfliBERT's CAMEO-coded sentences label it
            int expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 || root == 16 ? 3 : 4;
            assertThat(table.require(code).quad()).as(code).isEqualTo(expected);
        }
    }
}
