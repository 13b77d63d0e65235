package org.cardhub.partners.entity;

import org.cardhub.cards.entity.CardNumber;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.PurseRef;

/**
 * What a partner tops up, as payment agents write it: a pupil's 8-digit school contract number, a card
 * number (16–19 digits, Luhn), or a wallet holder's phone (+79001234567, 79001234567, 89001234567 or
 * 9001234567). REST partners may also name a contract by its number (F-00000001).
 */
public record PayeeAccount(Kind kind, String value) {

    public enum Kind { SCHOOL_CONTRACT, CARD, WALLET_PHONE, CONTRACT }

    private static final int MAX_LENGTH = 32;

    public static PayeeAccount parse(String text) {
        String account = text == null ? "" : text.strip();
        if (account.isEmpty() || account.length() > MAX_LENGTH) {
            throw wrongFormat();
        }
        if (account.matches("\\+7\\d{10}")) {
            return new PayeeAccount(Kind.WALLET_PHONE, account);
        }
        if (!account.matches("\\d+")) {
            throw wrongFormat();
        }
        if (account.length() == 8) {
            return new PayeeAccount(Kind.SCHOOL_CONTRACT, account);
        }
        if (account.length() == 10 && account.startsWith("9")) {
            return new PayeeAccount(Kind.WALLET_PHONE, "+7" + account);
        }
        if (account.length() == 11 && (account.startsWith("7") || account.startsWith("8"))) {
            return new PayeeAccount(Kind.WALLET_PHONE, "+7" + account.substring(1));
        }
        if (CardNumber.isValid(account)) {
            return new PayeeAccount(Kind.CARD, account);
        }
        throw wrongFormat();
    }

    public static PayeeAccount contract(String number) {
        if (number == null || !number.matches("[A-Z]-\\d{8}")) {
            throw new InvalidOperationException(InvalidOperationException.Code.ACCOUNT_FORMAT,
                    "A contract number is a letter, a dash and eight digits, like F-00000001");
        }
        return new PayeeAccount(Kind.CONTRACT, number);
    }

    public PurseRef purse() {
        return switch (kind) {
            case SCHOOL_CONTRACT -> PurseRef.ofCard(new CardRef(CardRef.Kind.SCHOOL_CONTRACT, value));
            case CARD -> PurseRef.ofCard(new CardRef(CardRef.Kind.PAN, value));
            case WALLET_PHONE -> PurseRef.ofWalletPhone(value);
            case CONTRACT -> PurseRef.ofContract(value);
        };
    }

    @Override
    public String toString() {
        return kind == Kind.CARD ? CardNumber.of(value).masked() : value;
    }

    private static InvalidOperationException wrongFormat() {
        return new InvalidOperationException(InvalidOperationException.Code.ACCOUNT_FORMAT,
                "The account is a school contract number (8 digits), a card number or a wallet phone (+79001234567)");
    }
}
