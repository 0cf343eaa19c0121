package org.faultline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BundledResourceTest {
    @Test
    void aMissingFileNamesItselfAndItsClass() {
        assertThatThrownBy(() -> BundledResource.read(BundledResourceTest.class, "no-such-table.tsv", in -> "x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-table.tsv")
                .hasMessageContaining(BundledResourceTest.class.getName());
    }

    @Test
    void aPresentFileIsParsed() {
        // this test's own compiled class sits beside it under its simple name
        int size = BundledResource.read(BundledResourceTest.class, "BundledResourceTest.class", in -> in.readAllBytes().length);
        assertThat(size).isPositive();
    }
}
