package org.cardhub.organizations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.organizations.entity.InvalidRequisiteException.Code;

final class RequisiteAssertions {

    private RequisiteAssertions() {
    }

    static void assertRefused(ThrowingCallable action, Code code) {
        assertThatThrownBy(action)
                .isInstanceOfSatisfying(InvalidRequisiteException.class,
                        e -> assertThat(e.code()).isEqualTo(code));
    }
}
