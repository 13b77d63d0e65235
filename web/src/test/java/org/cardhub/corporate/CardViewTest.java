package org.cardhub.corporate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CardViewTest {

    @Test
    void theCardInTheAddressIsItsNumericId() {
        assertThat(CardView.idOf("4711")).isEqualTo(4711L);
        assertThat(CardView.idOf(" 12 ")).isEqualTo(12L);
    }

    @Test
    void anythingElseInTheAddressNamesNoCardRatherThanFailingThePage() {
        assertThat(CardView.idOf(null)).isNull();
        assertThat(CardView.idOf("")).isNull();
        assertThat(CardView.idOf("abc")).isNull();
        assertThat(CardView.idOf("-5")).isNull();
        assertThat(CardView.idOf("1e3")).isNull();
        assertThat(CardView.idOf("9".repeat(19))).as("beyond a long").isNull();
    }
}
