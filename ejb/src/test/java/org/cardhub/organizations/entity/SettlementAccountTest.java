package org.cardhub.organizations.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.cardhub.organizations.entity.InvalidRequisiteException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SettlementAccountTest {

    private static final Bik SBERBANK = Bik.of("044525225");

    @ParameterizedTest(name = "{0} at BIK {1}")
    @CsvSource({
            "30101810400000000225, 044525225", // Sberbank
            "30101810700000000187, 044525187", // VTB
            "30101810200000000593, 044525593", // Alfa-Bank
            "30101810145250000974, 044525974", // T-Bank (Tinkoff)
            "30101810500000000653, 044030653"  // Sberbank North-West
    })
    void publishedCorrespondentAccountsAreKeyedByTheBankOfRussiaDivision(String account, String bik) {
        SettlementAccount correspondent = SettlementAccount.of(account, Bik.of(bik));

        assertThat(correspondent.isCorrespondentAccount()).isTrue();
        assertThat(correspondent).hasToString(account);
    }

    @Test
    void accountsInACreditInstitutionAreKeyedByTheLastThreeBikDigits() {
        // Constructed for this test: control key (9th digit) computed with prefix "225".
        assertThat(SettlementAccount.isValid("40702810938000012345", SBERBANK)).isTrue();
        assertThat(SettlementAccount.isValid("40817810700000000001", SBERBANK)).isTrue();
        assertThat(SettlementAccount.of("40702810938000012345", SBERBANK).isCorrespondentAccount()).isFalse();
    }

    @Test
    void theSameAccountFailsAtAnotherBank() {
        assertRefused(() -> SettlementAccount.of("40702810938000012345", Bik.of("044525187")), Code.ACCOUNT_KEY);
        // A correspondent account is keyed by the Bank of Russia division (BIK digits 5-6) alone,
        // so it fails only at a bank served by another division.
        assertThat(SettlementAccount.isValid("30101810400000000225", Bik.of("044525187"))).isTrue();
        assertRefused(() -> SettlementAccount.of("30101810400000000225", Bik.of("044030653")), Code.ACCOUNT_KEY);
    }

    @Test
    void aWrongControlKeyIsRefused() {
        assertRefused(() -> SettlementAccount.of("40702810038000012345", SBERBANK), Code.ACCOUNT_KEY);
        assertRefused(() -> SettlementAccount.of("30101810500000000225", SBERBANK), Code.ACCOUNT_KEY);
    }

    @Test
    void everySingleDigitChangeOfAValidAccountIsRefused() {
        // Weights 7, 1, 3 are all coprime with 10, so a changed digit always changes the sum's last digit.
        String valid = "40702810938000012345";
        for (int position = 0; position < valid.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != valid.charAt(position)) {
                    String changed = valid.substring(0, position) + digit + valid.substring(position + 1);
                    assertThat(SettlementAccount.isValid(changed, SBERBANK)).as(changed).isFalse();
                }
            }
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "4070281093800001234", "407028109380000123450", "4070281093800001234A",
            "40702 810938000012345"})
    void refusesAnythingButTwentyDigits(String account) {
        assertRefused(() -> SettlementAccount.of(account, SBERBANK), Code.ACCOUNT_FORMAT);
        assertThat(SettlementAccount.isValid(account, SBERBANK)).isFalse();
    }

    @Test
    void needsABikToCheckTheKey() {
        assertRefused(() -> SettlementAccount.of("40702810938000012345", null), Code.BIK_FORMAT);
        assertThat(SettlementAccount.isValid("40702810938000012345", null)).isFalse();
    }
}
