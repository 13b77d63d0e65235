package org.cardhub.payments.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.cardhub.cards.entity.CardRefusal;
import org.cardhub.contracts.entity.ContractRefusal;
import org.cardhub.limits.entity.Decline;
import org.cardhub.limits.entity.DeclineReason;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OutcomeTest {

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static Amount litres(String value) {
        return Amount.parse(value, Currency.LITRE);
    }

    @Test
    void anApprovalInRoublesCarriesTheFuelVolumeItPaidFor() {
        Outcome outcome = Outcome.approved(7L, null, "123456", rub("250.00"), litres("40.000"), rub("750.00"));

        assertThat(outcome.isApproved()).isTrue();
        assertThat(outcome.code()).isEqualTo(Outcome.OK);
        assertThat(outcome.reason()).isNull();
        assertThat(outcome.message()).isNull();
        assertThat(outcome.entryId()).isEqualTo(7L);
        assertThat(outcome.holdId()).isNull();
        assertThat(outcome.authCode()).isEqualTo("123456");
        assertThat(outcome.approvedAmount()).isEqualTo(rub("250.00"));
        assertThat(outcome.approvedVolume()).isEqualTo(litres("40.000"));
        assertThat(outcome.balance()).isEqualTo(rub("750.00"));
    }

    @Test
    void anApprovalInLitresIsTheApprovedVolumeWithoutARoubleAmount() {
        Outcome outcome = Outcome.approved(null, 3L, "123456", litres("10.000"), litres("0.000"), litres("90.000"));

        assertThat(outcome.approvedAmount()).isNull();
        assertThat(outcome.approvedVolume()).isEqualTo(litres("10.000"));
        assertThat(outcome.holdId()).isEqualTo(3L);
    }

    @Test
    void aSpendThatWouldBeApprovedHasNoEntryHoldOrAuthorisationCode() {
        Outcome outcome = Outcome.spendWouldBeApproved(rub("500.00"), litres("8.000"), rub("1000.00"));

        assertThat(outcome.status()).isEqualTo(Outcome.Status.APPROVED);
        assertThat(outcome.message()).isEqualTo("Would be approved");
        assertThat(outcome.entryId()).isNull();
        assertThat(outcome.holdId()).isNull();
        assertThat(outcome.authCode()).isNull();
        assertThat(outcome.approvedAmount()).isEqualTo(rub("500.00"));
        assertThat(outcome.approvedVolume()).isEqualTo(litres("8.000"));
        assertThat(outcome.balance()).isEqualTo(rub("1000.00"));
    }

    @Test
    void aTopUpThatWouldBeApprovedTellsTheBalanceItWouldLeaveInItsOwnUnit() {
        Outcome outcome = Outcome.topUpWouldBeApproved(litres("500.000"), litres("520.000"));

        assertThat(outcome.message()).isEqualTo("Would be approved");
        assertThat(outcome.approvedAmount()).isEqualTo(litres("500.000"));
        assertThat(outcome.approvedVolume()).isNull();
        assertThat(outcome.balance()).isEqualTo(litres("520.000"));
    }

    @Test
    void aDeclineAnswersWithItsReasonAsCodeAndCarriesNoAmounts() {
        Outcome outcome = Outcome.declined(DeclineCode.EXCEEDS_AUTHORISATION, "Completion of 700.00 exceeds the authorised 600.00");

        assertThat(outcome.status()).isEqualTo(Outcome.Status.DECLINED);
        assertThat(outcome.reason()).isEqualTo(DeclineCode.EXCEEDS_AUTHORISATION);
        assertThat(outcome.code()).isEqualTo("EXCEEDS_AUTHORISATION");
        assertThat(outcome.message()).isEqualTo("Completion of 700.00 exceeds the authorised 600.00");
        assertThat(outcome.approvedAmount()).isNull();
        assertThat(outcome.approvedVolume()).isNull();
        assertThat(outcome.balance()).isNull();
        assertThat(outcome.authCode()).isNull();
    }

    @ParameterizedTest
    @EnumSource(DeclineReason.class)
    void aLimitsDeclineAnswersWithTheCodeOfTheSameName(DeclineReason reason) {
        Outcome outcome = Outcome.declined(new Decline(reason, "Daily limit 5000.00 RUB"));

        assertThat(outcome.code()).isEqualTo(reason.name());
        assertThat(outcome.message()).isEqualTo("Daily limit 5000.00 RUB");
    }

    @Test
    void aCardsRefusalAnswersWithTheCardCodes() {
        assertThat(Outcome.declined(new CardRefusal(CardRefusal.Reason.BLOCKED, "Card 4111 is blocked")).reason())
                .isEqualTo(DeclineCode.CARD_BLOCKED);
        assertThat(Outcome.declined(new CardRefusal(CardRefusal.Reason.EXPIRED, "Card 4111 expired")).reason())
                .isEqualTo(DeclineCode.CARD_EXPIRED);
    }

    @Test
    void aContractsRefusalAnswersWithTheContractAndWalletCodes() {
        Outcome inactive = Outcome.declined(new ContractRefusal(ContractRefusal.Reason.INACTIVE, "Contract S-1 is closed"));
        Outcome capped = Outcome.declined(new ContractRefusal(ContractRefusal.Reason.WALLET_CAP, "The receiving wallet holds at most 15000.00 RUB"));

        assertThat(inactive.reason()).isEqualTo(DeclineCode.CONTRACT_INACTIVE);
        assertThat(inactive.message()).isEqualTo("Contract S-1 is closed");
        assertThat(capped.reason()).isEqualTo(DeclineCode.WALLET_CAP);
    }

    @Test
    void outcomesWithTheSameContentAreEqualSoAReplayEqualsTheFirstAnswer() {
        assertThat(Outcome.approved(7L, null, "123456", rub("250.00"), litres("40.000"), rub("750.00")))
                .isEqualTo(Outcome.approved(7L, null, "123456", rub("250.00"), litres("40.000"), rub("750.00")))
                .hasSameHashCodeAs(Outcome.approved(7L, null, "123456", rub("250.00"), litres("40.000"), rub("750.00")))
                .isNotEqualTo(Outcome.approved(7L, null, "654321", rub("250.00"), litres("40.000"), rub("750.00")));
    }
}
