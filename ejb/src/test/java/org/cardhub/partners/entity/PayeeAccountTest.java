package org.cardhub.partners.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.cardhub.cards.entity.CardRef;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Currency;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.PurseRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PayeeAccountTest {

    private static final String DEMO_FUEL_CARD = "7005990000000010";

    @Test
    void eightDigitsAreAPupilsSchoolContractNumber() {
        assertThat(PayeeAccount.parse("10000001"))
                .isEqualTo(new PayeeAccount(PayeeAccount.Kind.SCHOOL_CONTRACT, "10000001"));
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertThat(PayeeAccount.parse("  10000001\t")).isEqualTo(PayeeAccount.parse("10000001"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+79001234567", "79001234567", "89001234567", "9001234567", " 89001234567 "})
    void everyAcceptedPhoneFormIsNormalisedToPlusSeven(String phone) {
        assertThat(PayeeAccount.parse(phone))
                .isEqualTo(new PayeeAccount(PayeeAccount.Kind.WALLET_PHONE, "+79001234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7005990000000010", "7005990000000069", "4111111111111111", "4000000000000000006",
            "70059900000000103", "7005990000000001234"})
    void aNumberOf16To19DigitsPassingLuhnIsACard(String number) {
        assertThat(PayeeAccount.parse(number)).isEqualTo(new PayeeAccount(PayeeAccount.Kind.CARD, number));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "7005990000000011",                   // fails Luhn
            "700599000000001",                    // 15 digits
            "1000000A",                           // a letter
            "abcdefgh",
            "+7900123456",                        // +7 and only 9 digits
            "+790012345678",                      // +7 and 11 digits
            "+89001234567",                       // + but not +7
            "69001234567",                        // 11 digits not starting with 7 or 8
            "8001234567",                         // 10 digits not starting with 9
            "1000001",                            // 7 digits
            "900 123 45 67",                      // inner blanks
            "-10000001",
            "123456789012345678901234567890123",  // 33 digits
            "+7900123456700000000000000000000",   // 32 characters, not a phone
            "١٠٠٠٠٠٠١"                            // eight non-ASCII digits
    })
    void anythingElseIsAWrongAccountFormat(String text) {
        assertRefused(() -> PayeeAccount.parse(text), InvalidOperationException.Code.ACCOUNT_FORMAT);
    }

    @Test
    void aCardNumberIsMaskedWhenPrinted() {
        assertThat(PayeeAccount.parse(DEMO_FUEL_CARD)).hasToString("700599******0010");
    }

    @Test
    void otherAccountsPrintAsTheyAre() {
        assertThat(PayeeAccount.parse("10000001")).hasToString("10000001");
        assertThat(PayeeAccount.parse("9001234567")).hasToString("+79001234567");
        assertThat(PayeeAccount.contract("F-00000001")).hasToString("F-00000001");
    }

    @Test
    void aContractIsNamedByALetterADashAndEightDigits() {
        assertThat(PayeeAccount.contract("F-00000001"))
                .isEqualTo(new PayeeAccount(PayeeAccount.Kind.CONTRACT, "F-00000001"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"f-00000001", "F-0000001", "F-000000001", "F00000001", "FF-00000001", " F-00000001",
            "10000001"})
    void anyOtherContractNumberIsAWrongAccountFormat(String number) {
        assertRefused(() -> PayeeAccount.contract(number), InvalidOperationException.Code.ACCOUNT_FORMAT);
    }

    @Test
    void aSchoolContractNumberToUpsThePupilsCardMainRoublePurse() {
        assertThat(PayeeAccount.parse("10000001").purse()).isEqualTo(new PurseRef(
                new CardRef(CardRef.Kind.SCHOOL_CONTRACT, "10000001"), null, AccountPurpose.MAIN, Currency.RUB));
    }

    @Test
    void aCardNumberTopsUpTheCardsMainRoublePurse() {
        assertThat(PayeeAccount.parse(DEMO_FUEL_CARD).purse()).isEqualTo(new PurseRef(
                new CardRef(CardRef.Kind.PAN, DEMO_FUEL_CARD), null, AccountPurpose.MAIN, Currency.RUB));
    }

    @Test
    void aPhoneTopsUpTheWalletOfThatPhone() {
        assertThat(PayeeAccount.parse("89001234567").purse()).isEqualTo(PurseRef.ofWalletPhone("+79001234567"));
    }

    @Test
    void aContractNumberTopsUpTheContractsOwnAccount() {
        assertThat(PayeeAccount.contract("F-00000001").purse()).isEqualTo(PurseRef.ofContract("F-00000001"));
    }
}
