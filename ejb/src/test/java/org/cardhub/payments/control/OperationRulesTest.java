package org.cardhub.payments.control;

import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.DiscountRate;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Spend;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pure rules and texts the money operations share, moved out of the one processor they lived in. */
class OperationRulesTest {

    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final CardRef CARD = CardRef.parse("4111111111111111");

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static Amount litres(String value) {
        return Amount.parse(value, Currency.LITRE);
    }

    private static Account rubPurse() {
        return Account.ofContract(100, AccountPurpose.MAIN, Currency.RUB);
    }

    @Test
    void anApprovalCarriesRoublesAsAmountAndLitresAsVolumeWithASixDigitCode() {
        Outcome outcome = Outcomes.approved(7L, null, rub("250.00"), litres("40.000"), rubPurse());

        assertThat(outcome.status()).isEqualTo(Outcome.Status.APPROVED);
        assertThat(outcome.code()).isEqualTo(Outcome.OK);
        assertThat(outcome.entryId()).isEqualTo(7L);
        assertThat(outcome.approvedAmount()).isEqualTo(rub("250.00"));
        assertThat(outcome.approvedVolume()).isEqualTo(litres("40.000"));
        assertThat(outcome.balance()).isEqualTo(rub("0.00"));
        assertThat(outcome.authCode()).matches("\\d{6}");
    }

    @Test
    void anApprovalInLitresHasNoRoubleAmount() {
        Outcome outcome = Outcomes.approved(null, 3L, litres("10.000"), litres("0.000"),
                Account.ofContract(100, AccountPurpose.MAIN, Currency.LITRE));

        assertThat(outcome.approvedAmount()).isNull();
        assertThat(outcome.approvedVolume()).isEqualTo(litres("10.000"));
    }

    @Test
    void insufficientFundsSayWhatIsAvailableAndWhatWasAsked() {
        Outcome outcome = Outcomes.insufficient(rubPurse(), rub("10.00"));

        assertThat(outcome.reason()).isEqualTo(DeclineCode.INSUFFICIENT_FUNDS);
        assertThat(outcome.message()).isEqualTo("Available 0.00 RUB, asked 10.00");
    }

    @Test
    void requestChecksRefuseWithTheirCodes() {
        assertThatThrownBy(() -> RequestChecks.requirePositive(rub("0.00")))
                .isInstanceOfSatisfying(InvalidAmountException.class,
                        e -> assertThat(e.code()).isEqualTo(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE))
                .hasMessage("The amount must be positive");
        assertThatThrownBy(() -> RequestChecks.requireNonNegative(litres("1.000"), Currency.RUB))
                .hasMessage("The final amount must be zero or more RUB");
        RequestChecks.requireNonNegative(rub("0.00"), Currency.RUB);
        assertThatThrownBy(() -> RequestChecks.requireCurrency(rubPurse(), litres("1.000")))
                .isInstanceOfSatisfying(InvalidOperationException.class,
                        e -> assertThat(e.code()).isEqualTo(InvalidOperationException.Code.CURRENCY_MISMATCH))
                .hasMessage("This purse is in RUB, not LITRE");
    }

    @Test
    void aPurchaseIsDescribedByProductAndStation() {
        Spend fuel = new Spend(CARD, rub("2500.00"), litres("40.000"), "DT", "FUEL", "AZS-7", "RU-77", NOW);
        Spend meal = new Spend(CARD, rub("120.00"), null, null, null, null, null, NOW);

        assertThat(OperationTexts.describe(fuel)).isEqualTo("Purchase of DT at AZS-7");
        assertThat(OperationTexts.describe(meal)).isEqualTo("Purchase");
        assertThat(OperationTexts.spendDetail(fuel, DiscountRate.NONE.applyTo(fuel.amount())))
                .isEqualTo("2500.00 RUB, 40.000 L FUEL");
        assertThat(OperationTexts.spendDetail(fuel, DiscountRate.of(250).applyTo(fuel.amount())))
                .isEqualTo("2437.50 RUB (price 2500.00, discount 62.50 at 250 bp), 40.000 L FUEL");
        assertThat(OperationTexts.spendDetail(meal, DiscountRate.NONE.applyTo(meal.amount()))).isEqualTo("120.00 RUB");
    }

    @Test
    void aSpendsFactsKeepTheAmountPaidAndTheDiscount() {
        Spend fuel = new Spend(CARD, rub("1500.00"), litres("25.000"), "AI-95", "FUEL", "AZS-17", "RU-MOW", NOW);

        OperationFacts facts = Prices.factsOf(7, 100, fuel, DiscountRate.of(300).applyTo(fuel.amount()));

        assertThat(facts).isEqualTo(new OperationFacts(7L, 100L, "AI-95", "FUEL", "AZS-17", "RU-MOW", 145_500, 25_000,
                4_500, 300));
    }

    @Test
    void factsOfAMovementKeepLitresAsVolume() {
        OperationFacts roubles = Purses.factsOf(rubPurse(), rub("5.00"));
        OperationFacts volume = Purses.factsOf(Account.ofContract(100, AccountPurpose.MAIN, Currency.LITRE), litres("2.500"));

        assertThat(roubles.amountMinor()).isEqualTo(500);
        assertThat(roubles.volumeMilli()).isZero();
        assertThat(volume.amountMinor()).isZero();
        assertThat(volume.volumeMilli()).isEqualTo(2500);
    }

    @Test
    void guardiansReadEachDishAndTheBalanceLeft() {
        Card card = new Card(100, CardNumber.of("4111111111111111"), "hash-1", "sealed-1", CardForm.PLASTIC,
                new Card.Holder(HolderKind.PUPIL, "Petrov Ivan", "petrov.i"), LocalDate.of(2027, 12, 31), NOW);
        Spend lunch = new Spend(CARD, rub("150.00"), null, null, "HOT_MEAL", null, null, NOW,
                List.of(new Spend.Item("Суп", "HOT_MEAL", 1, rub("70.00")), new Spend.Item("Компот", "DRINK", 2, rub("40.00"))));

        assertThat(OperationTexts.guardianSubject(card, lunch)).isEqualTo("Покупка 150.00 ₽ — " + card.holderName());
        assertThat(OperationTexts.guardianBody(card, lunch, rubPurse())).isEqualTo(
                "Суп × 1 — 70.00 ₽\nКомпот × 2 — 40.00 ₽\nИтого: 150.00 ₽. Остаток: 0.00 ₽. Карта " + card.panMasked() + ".");
    }
}
