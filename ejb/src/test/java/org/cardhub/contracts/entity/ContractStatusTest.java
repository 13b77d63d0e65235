package org.cardhub.contracts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.contracts.entity.ContractStatus.ACTIVE;
import static org.cardhub.contracts.entity.ContractStatus.APPLICATION;
import static org.cardhub.contracts.entity.ContractStatus.CLOSED;
import static org.cardhub.contracts.entity.ContractStatus.SUSPENDED;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ContractStatusTest {

    /** application → active ⇄ suspended → closed; an application may be closed unsigned; closed is final. */
    private static final Map<ContractStatus, Set<ContractStatus>> ALLOWED = Map.of(
            APPLICATION, Set.of(ACTIVE, CLOSED),
            ACTIVE, Set.of(SUSPENDED, CLOSED),
            SUSPENDED, Set.of(ACTIVE, CLOSED),
            CLOSED, Set.of());

    static Stream<Arguments> allPairs() {
        return Arrays.stream(ContractStatus.values())
                .flatMap(from -> Arrays.stream(ContractStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("allPairs")
    void onlyTheLifecycleTransitionsAreAllowed(ContractStatus from, ContractStatus to) {
        assertThat(from.mayBecome(to)).isEqualTo(ALLOWED.get(from).contains(to));
    }

    @ParameterizedTest
    @EnumSource(ContractStatus.class)
    void noStatusBecomesItself(ContractStatus status) {
        assertThat(status.mayBecome(status)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ContractStatus.class)
    void aClosedContractNeverReopens(ContractStatus next) {
        assertThat(CLOSED.mayBecome(next)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(ContractStatus.class)
    void nothingGoesBackToApplication(ContractStatus from) {
        assertThat(from.mayBecome(APPLICATION)).isFalse();
    }
}
