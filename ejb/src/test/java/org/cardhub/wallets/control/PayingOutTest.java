package org.cardhub.wallets.control;

import org.cardhub.acquiring.boundary.PayoutResult;
import org.cardhub.acquiring.boundary.Payouts;
import org.cardhub.acquiring.entity.PayoutRefusal;
import org.cardhub.acquiring.entity.PayoutStatus;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.PhoneCodeRefusal;
import org.cardhub.wallets.entity.PhoneNumber;
import org.cardhub.wallets.entity.WalletRefusal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the closure and a withdrawal share: a card number that cannot be one, or a code that is not four digits, is
 * refused before the code is checked (so it is not spent); the bank's decline is {@code PAYOUT_FAILED} in the acquirer's
 * words, an amount the wallet cannot cover {@code BALANCE_TOO_LOW}; other refusals of the payout pass as they are.
 */
class PayingOutTest {

    private static final String CARD = "5555 5555 5555 4477";
    private static final PhoneNumber PHONE = new PhoneNumber("+79001234567");

    private final List<String> codesChecked = new ArrayList<>();
    private Supplier<PayoutResult> acquirer;
    private final PayingOut payingOut = new PayingOut();

    @BeforeEach
    void fakes() {
        payingOut.steps = new HolderSteps() {
            @Override
            public PhoneNumber phoneOfCaller() {
                return PHONE;
            }
        };
        payingOut.stepUp = new StepUp() {
            @Override
            public void require(PhoneNumber phone, CodePurpose purpose, String typed) {
                assertThat(phone).isEqualTo(PHONE);
                assertThat(purpose).isEqualTo(CodePurpose.CONFIRM_OPERATION);
                codesChecked.add(typed);
            }
        };
        payingOut.payouts = new Payouts() {
            @Override
            public PayoutResult payOut(String key, long contractId, Amount amount, String cardNumber, String description) {
                return acquirer.get();
            }
        };
    }

    @Test
    void theCardIsCheckedBeforeTheCodeIsSpent() {
        assertThatThrownBy(() -> payingOut.confirm("1234", "5555 5555 5555 4478")).isInstanceOfSatisfying(PayoutRefusal.class,
                refused -> assertThat(refused.code()).isEqualTo(PayoutRefusal.Code.CARD_NUMBER_INVALID));
        assertThatThrownBy(() -> payingOut.confirm("12a4", CARD)).isInstanceOf(PhoneCodeRefusal.class);
        assertThat(codesChecked).isEmpty();

        payingOut.confirm("1234", CARD);
        payingOut.confirm("4321", null);

        assertThat(codesChecked).containsExactly("1234", "4321");
    }

    @Test
    void aPaidOrPendingPayoutIsAnsweredAndADeclinedOneIsRefusedInTheAcquirersWords() {
        acquirer = () -> result(PayoutStatus.SUCCEEDED, "Выплата проведена.");
        assertThat(payOut().status()).isEqualTo(PayoutStatus.SUCCEEDED);
        acquirer = () -> result(PayoutStatus.PENDING, "Выплата в обработке.");
        assertThat(payOut().status()).isEqualTo(PayoutStatus.PENDING);

        acquirer = () -> result(PayoutStatus.CANCELED, "Выплата не прошла. Деньги вернулись на баланс кошелька.");
        assertThatThrownBy(this::payOut).isInstanceOfSatisfying(WalletRefusal.class, refused -> {
            assertThat(refused.code()).isEqualTo(WalletRefusal.Code.PAYOUT_FAILED);
            assertThat(refused.getMessage()).isEqualTo("Выплата не прошла. Деньги вернулись на баланс кошелька.");
        });
    }

    @Test
    void tooLittleOnTheWalletIsTheWalletsRefusalAndOtherRefusalsPassAsTheyAre() {
        acquirer = () -> {
            throw new PayoutRefusal(PayoutRefusal.Code.BALANCE_TOO_LOW, "short");
        };
        assertThatThrownBy(this::payOut).isInstanceOfSatisfying(WalletRefusal.class,
                refused -> assertThat(refused.code()).isEqualTo(WalletRefusal.Code.BALANCE_TOO_LOW));

        acquirer = () -> {
            throw new PayoutRefusal(PayoutRefusal.Code.KEY_REUSED, "another payout");
        };
        assertThatThrownBy(this::payOut).isInstanceOfSatisfying(PayoutRefusal.class,
                refused -> assertThat(refused.code()).isEqualTo(PayoutRefusal.Code.KEY_REUSED));
    }

    private PayoutResult payOut() {
        return payingOut.payOut("withdrawal:7:key", 7, rub("100.00"), CARD, "test");
    }

    private static PayoutResult result(PayoutStatus status, String message) {
        return new PayoutResult(status, "payout-1", rub("100.00"), "555555******4477", message);
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }
}
