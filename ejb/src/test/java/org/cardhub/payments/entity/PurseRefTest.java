package org.cardhub.payments.entity;

import org.cardhub.cards.entity.CardRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.payments.entity.InvalidOperationException.Code.PURSE_UNKNOWN;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PurseRefTest {

    private static final CardRef PUPIL_CARD = CardRef.parse("00012345");

    @Test
    void aCardsMainRoublePurse() {
        PurseRef purse = PurseRef.ofCard(PUPIL_CARD);

        assertThat(purse.card()).isEqualTo(PUPIL_CARD);
        assertThat(purse.contractNumber()).isNull();
        assertThat(purse.purpose()).isEqualTo(AccountPurpose.MAIN);
        assertThat(purse.currency()).isEqualTo(Currency.RUB);
    }

    @Test
    void aContractsOwnPurse() {
        PurseRef purse = PurseRef.ofContract("F-2025-001");

        assertThat(purse.card()).isNull();
        assertThat(purse.contractNumber()).isEqualTo("F-2025-001");
    }

    @Test
    void aCardsCanteenPurse() {
        PurseRef purse = new PurseRef(PUPIL_CARD, null, AccountPurpose.CANTEEN, Currency.RUB);

        assertThat(purse.fingerprint()).isEqualTo("SCHOOL_CONTRACT:00012345|CANTEEN|RUB");
    }

    @Test
    void aPurseIsNotNamedByBothACardAndAContract() {
        assertRefused(() -> new PurseRef(PUPIL_CARD, "F-2025-001", AccountPurpose.MAIN, Currency.RUB), PURSE_UNKNOWN);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aPurseNeedsACardOrAContract(String contractNumber) {
        assertRefused(() -> new PurseRef(null, contractNumber, AccountPurpose.MAIN, Currency.RUB), PURSE_UNKNOWN);
    }

    @Test
    void aCardWithABlankContractNumberIsStillACardPurse() {
        assertThat(new PurseRef(PUPIL_CARD, " ", AccountPurpose.MAIN, Currency.RUB).card()).isEqualTo(PUPIL_CARD);
    }

    @Test
    void aSystemAccountIsNotAPurse() {
        assertRefused(() -> new PurseRef(null, "F-2025-001", AccountPurpose.SYSTEM, Currency.RUB), PURSE_UNKNOWN);
        assertRefused(() -> new PurseRef(PUPIL_CARD, null, AccountPurpose.SYSTEM, Currency.RUB), PURSE_UNKNOWN);
    }

    @Test
    void fingerprintsTellPursesApart() {
        assertThat(PurseRef.ofContract("F-1").fingerprint()).isEqualTo("contract:F-1|MAIN|RUB");
        assertThat(new PurseRef(PUPIL_CARD, null, AccountPurpose.MAIN, Currency.LITRE).fingerprint())
                .isNotEqualTo(PurseRef.ofCard(PUPIL_CARD).fingerprint());
    }
}
