package org.cardhub.acquiring.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A payout's rules: what it takes, when a second request is the same one, what the acquirer's view of it means (only
 * for this very payout), how it moves once, and what its holder is told.
 */
class PayoutTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:15:30Z");
    private static final PayoutCard CARD = PayoutCard.of("5555555555554477");

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static Payout payout() {
        return new Payout("close-W-00000001", 7, rub("1500.00"), CARD, "Закрытие кошелька", "wallet-holder", 41, NOW);
    }

    private static ProviderPayout seen(Payout payout, ProviderPayout.Status status, String value, String reason) {
        return new ProviderPayout("po-1", status, new BigDecimal(value), "RUB", payout.publicId(),
                reason == null ? null : new ProviderPayout.Cancellation("payment_network", reason));
    }

    @Test
    void aNewPayoutIsPendingKeepsTheMaskAndNamesItsDebit() {
        Payout payout = payout();

        assertThat(payout.status()).isEqualTo(PayoutStatus.PENDING);
        assertThat(payout.cardMasked()).isEqualTo("555555******4477");
        assertThat(payout.amount()).isEqualTo(rub("1500.00"));
        assertThat(payout.debitEntryId()).isEqualTo(41);
        assertThat(payout.publicId()).hasSize(36);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"a key with spaces", "ключ", "12345678901234567890123456789012345678901234567890123456789012345"})
    void aKeyIsOneTo64LettersDigitsOrPunctuation(String key) {
        assertThatThrownBy(() -> Payout.requireKey(key)).isInstanceOfSatisfying(PayoutRefusal.class,
                refused -> assertThat(refused.code()).isEqualTo(PayoutRefusal.Code.KEY_INVALID));
    }

    @Test
    void anAmountIsOfMoreThanZeroRoublesAndADescriptionOfAt128Characters() {
        Payout.requireKey("wallet-close:W-00000001.2");
        Payout.requireAmount(rub("0.01"));
        Payout.requireDescription("x".repeat(128));
        Payout.requireDescription(null);
        for (Amount wrong : new Amount[]{rub("0.00"), rub("-1.00"), Amount.parse("1.00", Currency.POINTS), null}) {
            assertThatThrownBy(() -> Payout.requireAmount(wrong)).as("%s", wrong).isInstanceOfSatisfying(PayoutRefusal.class,
                    refused -> assertThat(refused.code()).isEqualTo(PayoutRefusal.Code.AMOUNT_INVALID));
        }
        assertThatThrownBy(() -> Payout.requireDescription("x".repeat(129))).isInstanceOfSatisfying(PayoutRefusal.class,
                refused -> assertThat(refused.code()).isEqualTo(PayoutRefusal.Code.DESCRIPTION_TOO_LONG));
    }

    @Test
    void aSecondRequestIsTheSameOnlyForTheSameContractAmountAndCard() {
        Payout payout = payout();

        assertThat(payout.isSameRequest(7, rub("1500.00"), PayoutCard.of("5555 5555 5555 4477"))).isTrue();
        assertThat(payout.isSameRequest(8, rub("1500.00"), CARD)).isFalse();
        assertThat(payout.isSameRequest(7, rub("1500.01"), CARD)).isFalse();
        assertThat(payout.isSameRequest(7, rub("1500.00"), PayoutCard.of("4111111111111111"))).isFalse();
    }

    @Test
    void theAcquirersViewDecidesAPendingPayoutOnce() {
        Payout payout = payout();

        assertThat(payout.transitionFor(seen(payout, ProviderPayout.Status.PENDING, "1500.00", null))).isEqualTo(PayoutTransition.WAIT);
        assertThat(payout.transitionFor(seen(payout, ProviderPayout.Status.SUCCEEDED, "1500", null))).isEqualTo(PayoutTransition.SETTLE);
        assertThat(payout.transitionFor(seen(payout, ProviderPayout.Status.CANCELED, "1500.00", "general_decline")))
                .isEqualTo(PayoutTransition.GIVE_BACK);

        payout.createdAs("po-1");
        payout.succeeded(42, NOW);

        assertThat(payout.transitionFor(seen(payout, ProviderPayout.Status.SUCCEEDED, "1500.00", null))).isEqualTo(PayoutTransition.NOTHING);
        assertThat(payout.transitionFor(seen(payout, ProviderPayout.Status.CANCELED, "1500.00", "general_decline")))
                .isEqualTo(PayoutTransition.CONTRADICTION);
        assertThat(payout.transitionFor(seen(payout, ProviderPayout.Status.PENDING, "1500.00", null)))
                .isEqualTo(PayoutTransition.CONTRADICTION);
        assertThatThrownBy(() -> payout.canceled(null, PayoutCancellation.OTHER, 43, NOW)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherPayoutsViewIsAMismatch() {
        Payout payout = payout();
        payout.createdAs("po-1");

        assertThat(payout.transitionFor(seen(payout, ProviderPayout.Status.SUCCEEDED, "1500.01", null))).isEqualTo(PayoutTransition.MISMATCH);
        assertThat(payout.transitionFor(new ProviderPayout("po-2", ProviderPayout.Status.SUCCEEDED, new BigDecimal("1500.00"),
                "RUB", payout.publicId(), null))).isEqualTo(PayoutTransition.MISMATCH);
        assertThat(payout.transitionFor(new ProviderPayout("po-1", ProviderPayout.Status.SUCCEEDED, new BigDecimal("1500.00"),
                "RUB", "another", null))).isEqualTo(PayoutTransition.MISMATCH);
        assertThat(payout.transitionFor(new ProviderPayout("po-1", ProviderPayout.Status.SUCCEEDED, new BigDecimal("1500.00"),
                "USD", payout.publicId(), null))).isEqualTo(PayoutTransition.MISMATCH);
        assertThat(payout.transitionFor(null)).isEqualTo(PayoutTransition.MISMATCH);
        assertThatThrownBy(() -> payout.createdAs("po-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theHolderIsToldInRussianWithTheMaskAndTheAmountAndWhyItFailed() {
        Payout pending = payout();
        assertThat(PayoutTexts.of(pending)).startsWith("Выплата 1\u00a0500,00\u00a0₽ на карту 555555******4477 в обработке")
                .doesNotContain("5555555555554477");

        Payout paid = payout();
        paid.succeeded(42, NOW);
        assertThat(PayoutTexts.of(paid)).isEqualTo("Выплата 1\u00a0500,00\u00a0₽ на карту 555555******4477 проведена: "
                + "деньги отправлены на карту.");

        Payout canceled = payout();
        canceled.canceled("payment_network", PayoutCancellation.ofProvider("general_decline"), 43, NOW);
        assertThat(canceled.cancellationReason()).isEqualTo(PayoutCancellation.GENERAL_DECLINE);
        assertThat(PayoutTexts.of(canceled)).isEqualTo("Выплата 1\u00a0500,00\u00a0₽ на карту 555555******4477 не прошла: "
                + "банк карты отклонил выплату. Деньги вернулись на баланс кошелька.");
    }
}
