package org.cardhub.payments.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.Outcome;
import org.junit.jupiter.api.Test;

/**
 * The stored form of outcomes: the shape rows already hold, so that old rows read back and new rows look the
 * same. (The JSON itself is JSON-B's rendering of {@link OutcomeCodec.Stored}; no JSON-B provider runs in unit tests.)
 */
class OutcomeCodecTest {

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static Amount litres(String value) {
        return Amount.parse(value, Currency.LITRE);
    }

    @Test
    void theStoredFormHasTheFieldsAndTheIsApprovedPropertyRowsAlreadyHold() throws NoSuchMethodException {
        assertThat(Arrays.stream(OutcomeCodec.Stored.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("status", "code", "message", "entryId", "holdId", "authCode", "approvedAmount",
                        "approvedVolume", "balance");
        assertThat(Arrays.stream(OutcomeCodec.Stored.class.getRecordComponents()).map(RecordComponent::getType))
                .containsExactly(Outcome.Status.class, String.class, String.class, Long.class, Long.class, String.class,
                        String.class, String.class, String.class);
        assertThat(OutcomeCodec.Stored.class.getMethod("isApproved").getReturnType()).isEqualTo(boolean.class);
        assertThat(Modifier.isPublic(OutcomeCodec.Stored.class.getModifiers())).as("JSON-B binds public types only").isTrue();
    }

    @Test
    void anApprovalIsStoredWithItsAmountsAsDecimalStrings() {
        Outcome purchase = Outcome.approved(119252L, null, "574214", rub("1433.01"), litres("0.000"), rub("999507555.34"));

        assertThat(OutcomeCodec.stored(purchase)).isEqualTo(new OutcomeCodec.Stored(Outcome.Status.APPROVED, "OK", null,
                119252L, null, "574214", "1433.01", "0.000", "999507555.34"));
    }

    @Test
    void aDeclineIsStoredWithItsReasonAsCode() {
        Outcome declined = Outcome.declined(DeclineCode.LIMIT_EXCEEDED, "Card limit 1000.00 RUB a day for FUEL");

        assertThat(OutcomeCodec.stored(declined)).isEqualTo(new OutcomeCodec.Stored(Outcome.Status.DECLINED,
                "LIMIT_EXCEEDED", "Card limit 1000.00 RUB a day for FUEL", null, null, null, null, null, null));
    }

    @Test
    void anAuthorisationStoredByEarlierVersionsReadsBackTyped() {
        Outcome held = OutcomeCodec.outcomeOf(new OutcomeCodec.Stored(Outcome.Status.APPROVED, "OK", null, null, 50830L,
                "367172", "703.68", "12.794", "999681423.89"));

        assertThat(held).isEqualTo(Outcome.approved(null, 50830L, "367172", rub("703.68"), litres("12.794"),
                rub("999681423.89")));
    }

    @Test
    void anApprovalInLitresReadsBackWithItsBalanceInLitres() {
        Outcome moved = OutcomeCodec.outcomeOf(new OutcomeCodec.Stored(Outcome.Status.APPROVED, "OK", null, 12L, null,
                "000042", null, "40.125", "459.875"));

        assertThat(moved.approvedAmount()).isNull();
        assertThat(moved.approvedVolume()).isEqualTo(litres("40.125"));
        assertThat(moved.balance()).isEqualTo(litres("459.875"));
    }

    @Test
    void aReversalWithoutACustomerPurseReadsBackWithoutABalance() {
        Outcome reversed = OutcomeCodec.outcomeOf(new OutcomeCodec.Stored(Outcome.Status.APPROVED, "OK", null, 99L, 5L,
                "123456", "10.00", "0.000", null));

        assertThat(reversed.balance()).isNull();
        assertThat(reversed.approvedAmount()).isEqualTo(rub("10.00"));
    }

    @Test
    void aDeclineOfAnyCodeEverStoredReadsBackWithItsReason() {
        for (DeclineCode code : DeclineCode.values()) {
            Outcome declined = OutcomeCodec.outcomeOf(new OutcomeCodec.Stored(Outcome.Status.DECLINED, code.name(),
                    "why", null, null, null, null, null, null));

            assertThat(declined).isEqualTo(Outcome.declined(code, "why"));
        }
    }

    @Test
    void whatIsStoredReadsBackAsTheSameOutcome() {
        for (Outcome outcome : new Outcome[] {
                Outcome.approved(1L, null, "000001", rub("250.00"), litres("40.000"), rub("-12.50")),
                Outcome.approved(null, 2L, "000002", litres("10.000"), litres("0.000"), litres("90.000")),
                Outcome.approved(3L, 2L, "000003", rub("0.00"), litres("0.000"), rub("1000.00")),
                Outcome.declined(DeclineCode.WALLET_CAP, "The receiving wallet holds at most 15000.00 RUB")}) {
            assertThat(OutcomeCodec.outcomeOf(OutcomeCodec.stored(outcome))).isEqualTo(outcome);
        }
    }
}
