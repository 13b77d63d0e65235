package org.cardhub.registry.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ReasonTest {

    @Test
    void aReasonIsKeptWithItsBlanksTidied() {
        assertThat(Reason.required("  утеряна \n в школе ")).isEqualTo("утеряна в школе");
    }

    @Test
    void noReasonOrATooLongOneIsRefused() {
        for (String none : new String[]{null, "", "  \t\n "}) {
            assertThat(catchThrowableOfType(() -> Reason.required(none), RegistryRefusal.class).code())
                    .isEqualTo(RegistryRefusal.Code.REASON_REQUIRED);
        }
        assertThat(Reason.required("x".repeat(Reason.MAX))).hasSize(Reason.MAX);
        assertThat(catchThrowableOfType(() -> Reason.required("x".repeat(Reason.MAX + 1)), RegistryRefusal.class).code())
                .isEqualTo(RegistryRefusal.Code.REASON_TOO_LONG);
    }
}
