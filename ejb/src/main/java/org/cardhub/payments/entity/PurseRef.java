package org.cardhub.payments.entity;

import org.cardhub.cards.entity.CardRef;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Currency;

import java.util.Objects;
import java.util.Optional;

/**
 * Names a purse: a card's (main or canteen, roubles or litres) or, with no card, the contract's own
 * account. {@code contractNumber} names the contract when there is no card.
 */
public record PurseRef(CardRef card, String contractNumber, AccountPurpose purpose, Currency currency) {

    private static final String PHONE = "phone:";

    public PurseRef {
        if ((card == null) == (contractNumber == null || contractNumber.isBlank())) {
            throw new InvalidOperationException(InvalidOperationException.Code.PURSE_UNKNOWN,
                    "A purse is named by a card or by a contract number, not both");
        }
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(currency, "currency");
        if (purpose == AccountPurpose.SYSTEM) {
            throw new InvalidOperationException(InvalidOperationException.Code.PURSE_UNKNOWN, "System accounts are not purses");
        }
    }

    public static PurseRef ofCard(CardRef card) {
        return new PurseRef(card, null, AccountPurpose.MAIN, Currency.RUB);
    }

    /** A wallet, named by its holder's phone: resolved to its contract account. */
    public static PurseRef ofWalletPhone(String phone) {
        return new PurseRef(null, PHONE + phone, AccountPurpose.MAIN, Currency.RUB);
    }

    /** The wallet phone this purse is named by, if it is named so. */
    public Optional<String> walletPhone() {
        return contractNumber != null && contractNumber.startsWith(PHONE) ? Optional.of(contractNumber.substring(PHONE.length()))
                : Optional.empty();
    }

    public static PurseRef ofContract(String contractNumber) {
        return new PurseRef(null, contractNumber, AccountPurpose.MAIN, Currency.RUB);
    }

    public String fingerprint() {
        return (card == null ? "contract:" + contractNumber : card.kind() + ":" + card.value()) + "|" + purpose + "|" + currency;
    }
}
