package org.cardhub.payments.entity;


import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.payments.entity.InvalidOperationException.Code.KEY_INVALID;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OperationKeyTest {

    @Test
    void aKeyIsScopedToItsSource() {
        OperationKey key = new OperationKey("terminal:FUEL-0001", "evt-42");

        assertThat(key.scope()).isEqualTo("terminal:FUEL-0001");
        assertThat(key.key()).isEqualTo("evt-42");
        assertThat(key).isEqualTo(new OperationKey("terminal:FUEL-0001", "evt-42"));
        assertThat(key).isNotEqualTo(new OperationKey("partner:agent-demo", "evt-42"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void aBlankScopeIsRefused(String scope) {
        assertRefused(() -> new OperationKey(scope, "evt-42"), KEY_INVALID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t"})
    void aBlankKeyIsRefused(String key) {
        assertRefused(() -> new OperationKey("ui:parent", key), KEY_INVALID);
    }

    @Test
    void aScopeHasAtMost64Characters() {
        assertThat(new OperationKey("s".repeat(64), "k").scope()).hasSize(64);
        assertRefused(() -> new OperationKey("s".repeat(65), "k"), KEY_INVALID);
    }

    @Test
    void aKeyHasAtMost128Characters() {
        assertThat(new OperationKey("ui:parent", "k".repeat(128)).key()).hasSize(128);
        assertRefused(() -> new OperationKey("ui:parent", "k".repeat(129)), KEY_INVALID);
    }
}
