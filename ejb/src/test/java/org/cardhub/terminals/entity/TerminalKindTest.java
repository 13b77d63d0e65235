package org.cardhub.terminals.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.contracts.entity.ContractKind.FUEL;
import static org.cardhub.contracts.entity.ContractKind.SCHOOL;
import static org.cardhub.contracts.entity.ContractKind.WALLET;
import static org.cardhub.terminals.entity.EventType.AUTHORIZE;
import static org.cardhub.terminals.entity.EventType.CASH_IN;
import static org.cardhub.terminals.entity.EventType.COMPLETE;
import static org.cardhub.terminals.entity.EventType.ENTRY;
import static org.cardhub.terminals.entity.EventType.EXIT;
import static org.cardhub.terminals.entity.EventType.FARE;
import static org.cardhub.terminals.entity.EventType.PURCHASE;
import static org.cardhub.terminals.entity.EventType.REVERSAL;

class TerminalKindTest {

    private static final Long SCHOOL_7 = 7L;
    private static final Long OTHER_SCHOOL = 8L;

    @Test
    void eachKindSendsOnlyItsOwnMessages() {
        assertThat(TerminalKind.FUEL_POS.messages()).containsExactlyInAnyOrder(AUTHORIZE, COMPLETE, PURCHASE, REVERSAL);
        assertThat(TerminalKind.CANTEEN_POS.messages()).containsExactlyInAnyOrder(PURCHASE, REVERSAL);
        assertThat(TerminalKind.TURNSTILE.messages()).containsExactlyInAnyOrder(ENTRY, EXIT);
        assertThat(TerminalKind.TRANSPORT_VALIDATOR.messages()).containsExactly(FARE);
        assertThat(TerminalKind.CASH_KIOSK.messages()).containsExactly(CASH_IN);
    }

    @ParameterizedTest
    @EnumSource(value = TerminalKind.class, names = "CASH_KIOSK", mode = EnumSource.Mode.EXCLUDE)
    void onlyAKioskTakesCash(TerminalKind kind) {
        assertThat(kind.sends(CASH_IN)).isFalse();
    }

    @Test
    void aTurnstileMovesNoMoney() {
        EnumSet<EventType> money = EnumSet.of(AUTHORIZE, COMPLETE, PURCHASE, REVERSAL, FARE, CASH_IN);

        assertThat(money).noneMatch(TerminalKind.TURNSTILE::sends);
    }

    @Test
    void aSchoolsTerminalsServeOnlyThatSchoolsContracts() {
        assertThat(TerminalKind.CANTEEN_POS.serves(SCHOOL, SCHOOL_7, SCHOOL_7)).isTrue();
        assertThat(TerminalKind.CANTEEN_POS.serves(SCHOOL, OTHER_SCHOOL, SCHOOL_7)).isFalse();
        assertThat(TerminalKind.TURNSTILE.serves(SCHOOL, OTHER_SCHOOL, SCHOOL_7)).isFalse();
        assertThat(TerminalKind.CASH_KIOSK.serves(SCHOOL, OTHER_SCHOOL, SCHOOL_7)).isFalse();
    }

    @Test
    void aKioskTakesCashForAnyWalletButNeverForAFuelContract() {
        assertThat(TerminalKind.CASH_KIOSK.serves(WALLET, null, SCHOOL_7)).isTrue();
        assertThat(TerminalKind.CASH_KIOSK.serves(FUEL, SCHOOL_7, SCHOOL_7)).isFalse();
        assertThat(TerminalKind.CASH_KIOSK.serves(FUEL, 3L, null)).isFalse();
    }

    @Test
    void aTerminalOfNoOrganisationServesItsProgrammeAcrossOrganisations() {
        assertThat(TerminalKind.FUEL_POS.serves(FUEL, 3L, null)).isTrue();
        assertThat(TerminalKind.TRANSPORT_VALIDATOR.serves(SCHOOL, SCHOOL_7, null)).isTrue();
        assertThat(TerminalKind.FUEL_POS.serves(SCHOOL, SCHOOL_7, null)).isFalse();
        assertThat(TerminalKind.TRANSPORT_VALIDATOR.serves(WALLET, null, null)).isFalse();
    }
}
