package org.cardhub.acquiring.entity;

import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.acquiring.entity.ProviderPayment.Status.CANCELED;
import static org.cardhub.acquiring.entity.ProviderPayment.Status.PENDING;
import static org.cardhub.acquiring.entity.ProviderPayment.Status.SUCCEEDED;
import static org.cardhub.acquiring.entity.ProviderPayment.Status.WAITING_FOR_CAPTURE;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * A card payment is decided once, by the acquirer's own view of exactly this payment: pending until then, credited at
 * most once, a cancellation final; a view of another payment, another amount or a contradiction decides nothing.
 */
class CardPaymentTest {

    private static final String PROVIDER_ID = "2e5c1e0a-000f-5000-8000-1a2b3c4d5e6f";
    private static final Instant NOW = Instant.parse("2026-12-06T10:15:30Z");

    private CardPayment payment;

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    @BeforeEach
    void aThousandRoublesWithAFifteenRoubleFee() {
        payment = CardPayment.byPayer(IdempotenceKeys.ofPayerAttempt(UUID.randomUUID()), 7, AccountPurpose.CANTEEN,
                rub("1000.00"), rub("15.00"), "parent-subject", true, NOW);
        payment.createdAs(PROVIDER_ID, "http://127.0.0.1:8091/checkout/" + PROVIDER_ID);
    }

    private ProviderPayment seen(ProviderPayment.Status status, String value, String currency, String metadata) {
        return new ProviderPayment(PROVIDER_ID, status, status == SUCCEEDED, value == null ? null : new BigDecimal(value),
                currency, metadata, null, status == CANCELED ? new ProviderPayment.Cancellation("payment_network", "insufficient_funds") : null,
                null);
    }

    private ProviderPayment seen(ProviderPayment.Status status) {
        return seen(status, "1015.00", "RUB", payment.publicId());
    }

    @Test
    void aNewPaymentIsPendingAndChargesTheAmountWithItsFee() {
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
        assertThat(payment.charged()).isEqualTo(rub("1015.00"));
        assertThat(payment.amount()).isEqualTo(rub("1000.00"));
        assertThat(payment.fee()).isEqualTo(rub("15.00"));
        assertThat(payment.publicId()).isNotBlank();
        assertThat(payment.kind()).isEqualTo(PaymentKind.PAYER);
    }

    @Test
    void succeededAtTheAcquirerCreditsAPendingPaymentOnceAndThenNothing() {
        assertThat(payment.transitionFor(seen(SUCCEEDED))).isEqualTo(Transition.CREDIT);

        payment.credited(99, NOW);

        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(payment.entryId()).isEqualTo(99);
        assertThat(payment.transitionFor(seen(SUCCEEDED))).as("a second notification").isEqualTo(Transition.NOTHING);
        assertThatThrownBy(() -> payment.credited(100, NOW)).as("never twice").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void canceledAtTheAcquirerIsFinalWithItsReason() {
        assertThat(payment.transitionFor(seen(CANCELED))).isEqualTo(Transition.CANCEL);

        payment.canceled("payment_network", "insufficient_funds", NOW);

        assertThat(payment.status()).isEqualTo(PaymentStatus.CANCELED);
        assertThat(payment.cancellationReason()).isEqualTo(CancellationReason.INSUFFICIENT_FUNDS);
        assertThat(payment.transitionFor(seen(CANCELED))).isEqualTo(Transition.NOTHING);
        assertThatThrownBy(() -> payment.credited(1, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSuccessAfterTheCancellationContradictsItAndCreditsNothing() {
        payment.canceled("yoo_kassa", "expired_on_confirmation", NOW);

        assertThat(payment.transitionFor(seen(SUCCEEDED))).isEqualTo(Transition.CONTRADICTION);
    }

    @Test
    void aSuccessAfterCardhubGaveUpContradictsItToo() {
        payment.failed(CancellationReason.PROVIDER_UNAVAILABLE, NOW);

        assertThat(payment.transitionFor(seen(SUCCEEDED))).isEqualTo(Transition.CONTRADICTION);
        assertThat(payment.transitionFor(seen(PENDING))).isEqualTo(Transition.CONTRADICTION);
    }

    @Test
    void aCancellationAfterTheCreditContradictsIt() {
        payment.credited(99, NOW);

        assertThat(payment.transitionFor(seen(CANCELED))).isEqualTo(Transition.CONTRADICTION);
    }

    @ParameterizedTest
    @EnumSource(value = ProviderPayment.Status.class, names = {"PENDING", "WAITING_FOR_CAPTURE"})
    void whileTheAcquirerWaitsSoDoesThePayment(ProviderPayment.Status status) {
        assertThat(payment.transitionFor(seen(status))).isEqualTo(Transition.WAIT);
        assertThat(payment.status()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void anotherAmountAnotherCurrencyOrAnotherCardhubPaymentIsNotThisPayment() {
        assertThat(payment.transitionFor(seen(SUCCEEDED, "1000.00", "RUB", payment.publicId()))).as("fee left out")
                .isEqualTo(Transition.MISMATCH);
        assertThat(payment.transitionFor(seen(SUCCEEDED, "1015.00", "USD", payment.publicId()))).isEqualTo(Transition.MISMATCH);
        assertThat(payment.transitionFor(seen(SUCCEEDED, "1015.00", "RUB", UUID.randomUUID().toString()))).isEqualTo(Transition.MISMATCH);
        assertThat(payment.transitionFor(seen(SUCCEEDED, "1015.00", "RUB", null))).isEqualTo(Transition.MISMATCH);
        assertThat(payment.transitionFor(seen(SUCCEEDED, null, "RUB", payment.publicId()))).isEqualTo(Transition.MISMATCH);
        assertThat(payment.transitionFor(null)).isEqualTo(Transition.MISMATCH);
    }

    @Test
    void theSameAmountWrittenWithOneDecimalIsTheSame() {
        assertThat(payment.transitionFor(seen(SUCCEEDED, "1015.0", "RUB", payment.publicId()))).isEqualTo(Transition.CREDIT);
    }

    @Test
    void anotherAcquirerPaymentIsNotThisOne() {
        ProviderPayment other = new ProviderPayment("another-id", SUCCEEDED, true, new BigDecimal("1015.00"), "RUB",
                payment.publicId(), null, null, null);

        assertThat(payment.transitionFor(other)).isEqualTo(Transition.MISMATCH);
    }

    @Test
    void succeededButNotPaidIsNotBelieved() {
        ProviderPayment unpaid = new ProviderPayment(PROVIDER_ID, SUCCEEDED, false, new BigDecimal("1015.00"), "RUB",
                payment.publicId(), null, null, null);

        assertThat(payment.transitionFor(unpaid)).isEqualTo(Transition.MISMATCH);
    }

    @Test
    void theAcquirersIdIsLearntOnceAndNeverReplaced() {
        payment.createdAs(PROVIDER_ID, null);

        assertThat(payment.providerPaymentId()).isEqualTo(PROVIDER_ID);
        assertThat(payment.confirmationUrl()).endsWith(PROVIDER_ID);
        assertThatThrownBy(() -> payment.createdAs("another-id", null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyTheGeneralAndTheCanteenPurseAreToppedUp() {
        assertRefused(() -> CardPayment.byPayer("k", 7, AccountPurpose.SYSTEM, rub("100.00"), rub("0.00"), "p", false, NOW),
                InvalidTopUpException.Code.PURSE_UNKNOWN);
    }

    @Test
    void anAmountOutOfRangeIsNoPayment() {
        assertRefused(() -> CardPayment.byPayer("k", 7, AccountPurpose.MAIN, rub("9.99"), rub("0.00"), "p", false, NOW),
                InvalidTopUpException.Code.AMOUNT_TOO_SMALL);
    }

    @Test
    void theStatesMoveOnlyFromPendingToAFinalOne() {
        assertThat(PaymentStatus.PENDING.moveTo(PaymentStatus.SUCCEEDED)).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThatThrownBy(() -> PaymentStatus.PENDING.moveTo(PaymentStatus.PENDING)).isInstanceOf(IllegalStateException.class);
        for (PaymentStatus decided : new PaymentStatus[]{PaymentStatus.SUCCEEDED, PaymentStatus.CANCELED, PaymentStatus.FAILED}) {
            for (PaymentStatus next : PaymentStatus.values()) {
                assertThatThrownBy(() -> decided.moveTo(next)).isInstanceOf(IllegalStateException.class);
            }
        }
    }

    @Test
    void anAutoTopUpsChargeNamesItsRuleAndTheSavedCard() {
        CardPayment charge = CardPayment.autoTopUp(IdempotenceKeys.ofAutoTopUp(3, "e17"), 3, "pm-1", 7, AccountPurpose.MAIN,
                rub("400.00"), rub("0.00"), "parent-subject", NOW);

        assertThat(charge.kind()).isEqualTo(PaymentKind.AUTO);
        assertThat(charge.autoTopUpId()).isEqualTo(3);
        assertThat(charge.paymentMethodId()).isEqualTo("pm-1");
        assertThat(charge.transitionFor(new ProviderPayment("p-1", WAITING_FOR_CAPTURE, false, new BigDecimal("400.00"), "RUB",
                charge.publicId(), null, null, null))).as("before its id is known").isEqualTo(Transition.WAIT);
    }
}
