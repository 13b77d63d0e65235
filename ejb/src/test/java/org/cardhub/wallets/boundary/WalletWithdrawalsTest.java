package org.cardhub.wallets.boundary;

import org.cardhub.acquiring.boundary.PayoutResult;
import org.cardhub.acquiring.boundary.Payouts;
import org.cardhub.acquiring.entity.PayoutRefusal;
import org.cardhub.acquiring.entity.PayoutStatus;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.control.HolderSteps;
import org.cardhub.wallets.control.PayingOut;
import org.cardhub.wallets.entity.PersonName;
import org.cardhub.wallets.entity.WalletHolder;
import org.cardhub.wallets.entity.WalletRefusal;
import org.cardhub.wallets.entity.WithdrawalReceipt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order of a withdrawal's checks, with the wallet's steps, the payouts and the code faked: the amount, the request
 * key, the card and what the wallet has available are checked before the code is spent; the code is always asked for a
 * new payout, never for the same request again (which moves nothing and is answered as it stands); paid or on its way.
 */
class WalletWithdrawalsTest {

    private static final long CONTRACT = 7;
    private static final String CARD = "5555 5555 5555 4477";
    private static final String REQUEST = "0f8fad5b-d9cb-469f-a165-70867728950e";
    private static final String KEY = "withdrawal:7:0f8fad5bd9cb469fa16570867728950e";

    private final List<String> calls = new ArrayList<>();
    private final Map<String, PayoutResult> written = new HashMap<>();
    private PayoutStatus acquirerSays = PayoutStatus.SUCCEEDED;
    private Amount available = rub("1000.00");
    private final WalletWithdrawals withdrawals = new WalletWithdrawals();

    @BeforeEach
    void fakes() {
        WalletHolder holder = new WalletHolder(CONTRACT, "wallet1", new PersonName("Иван", "Первый"), Instant.now());
        withdrawals.steps = new HolderSteps() {
            @Override
            public WalletHolder openHolder() {
                return holder;
            }
        };
        withdrawals.payouts = new Payouts() {
            @Override
            public Optional<PayoutResult> find(String key) {
                return Optional.ofNullable(written.get(key));
            }
        };
        withdrawals.payingOut = new PayingOut() {
            @Override
            public Amount available(long contractId) {
                assertThat(contractId).isEqualTo(CONTRACT);
                return available;
            }

            @Override
            public void confirm(String code, String payoutCardNumber) {
                calls.add("code " + code);
            }

            @Override
            public PayoutResult payOut(String key, long contractId, Amount amount, String cardNumber, String description) {
                calls.add("pay " + key + " " + amount.toPlainString());
                PayoutResult result = new PayoutResult(acquirerSays, "payout-1", amount, "555555******4477", "…");
                written.put(key, result);
                return result;
            }
        };
    }

    @Test
    void aWithdrawalIsConfirmedByTheCodeThenPaidUnderTheKeyOfTheWalletAndTheRequest() {
        WithdrawalReceipt receipt = withdrawals.withdraw("1234", rub("250.37"), CARD, REQUEST);

        assertThat(calls).containsExactly("code 1234", "pay " + KEY + " 250.37");
        assertThat(receipt.paid()).isTrue();
        assertThat(receipt.amount()).isEqualTo(rub("250.37"));
        assertThat(receipt.cardMasked()).isEqualTo("555555******4477");
    }

    @Test
    void aPayoutTheBankHasNotConfirmedYetIsOnItsWay() {
        acquirerSays = PayoutStatus.PENDING;

        assertThat(withdrawals.withdraw("1234", rub("250.00"), CARD, REQUEST).onItsWay()).isTrue();
    }

    @Test
    void theSameRequestAgainIsAnsweredAsItStandsWithoutAnotherCode() {
        acquirerSays = PayoutStatus.PENDING;
        withdrawals.withdraw("1234", rub("250.00"), CARD, REQUEST);
        acquirerSays = PayoutStatus.SUCCEEDED;
        available = rub("0.00");

        WithdrawalReceipt again = withdrawals.withdraw("1234", rub("250.00"), CARD, REQUEST);

        assertThat(again.paid()).isTrue();
        assertThat(calls).containsExactly("code 1234", "pay " + KEY + " 250.00", "pay " + KEY + " 250.00");
    }

    @Test
    void whatTheWalletDoesNotHaveIsRefusedBeforeTheCodeIsSpent() {
        assertThat(refusalOf("1000.01", CARD, REQUEST)).isEqualTo(WalletRefusal.Code.BALANCE_TOO_LOW);
        assertThat(calls).isEmpty();

        withdrawals.withdraw("1234", rub("1000.00"), CARD, REQUEST);
        assertThat(calls).hasSize(2);
    }

    @Test
    void aWrongAmountRequestKeyOrCardIsRefusedBeforeTheCodeIsSpent() {
        assertThat(refusalOf("0.00", CARD, REQUEST)).isEqualTo(WalletRefusal.Code.AMOUNT_INVALID);
        assertThat(refusalOf("10.00", CARD, "again")).isEqualTo(WalletRefusal.Code.REQUEST_INVALID);
        assertThat(refusalOf("10.00", "5555 5555 5555 4478", REQUEST)).isEqualTo(PayoutRefusal.Code.CARD_NUMBER_INVALID);
        assertThat(refusalOf("10.00", null, REQUEST)).isEqualTo(PayoutRefusal.Code.CARD_NUMBER_INVALID);

        assertThat(calls).isEmpty();
    }

    private Object refusalOf(String amount, String card, String request) {
        try {
            withdrawals.withdraw("1234", rub(amount), card, request);
            return "PAID";
        } catch (Refusal refused) {
            return refused.code();
        }
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }
}
