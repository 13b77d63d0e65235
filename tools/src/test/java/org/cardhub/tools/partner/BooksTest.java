package org.cardhub.tools.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BooksTest {

    private static final Books.Purse PUPIL = new Books.Purse(7, "S-00000001", null,
            List.of(new Books.Card("10000001", "220070******0019"), new Books.Card("10000002", "220070******0027")));
    private static final Books.Purse WALLET = new Books.Purse(8, "W-00000001", "+79001234567", List.of());
    private static final Books.Purse FLEET = new Books.Purse(9, "F-00000001", null, List.of());

    @Test
    void aSchoolContractNumberNamesThePurseOfItsCard() {
        assertThat(PUPIL.namedBy("10000002")).isTrue();
        assertThat(PUPIL.namedBy("10000003")).isFalse();
    }

    @Test
    void aWalletPhoneNamesItsPurseInEveryFormPartnersWriteIt() {
        assertThat(List.of("+79001234567", "79001234567", "89001234567", "9001234567"))
                .allMatch(WALLET::namedBy);
        assertThat(WALLET.namedBy("+79001234568")).isFalse();
    }

    @Test
    void aContractNumberNamesItsContractsPurse() {
        assertThat(FLEET.namedBy("F-00000001")).isTrue();
        assertThat(FLEET.namedBy("F-00000002")).isFalse();
    }

    @Test
    void aCardNumberNamesThePurseOfTheCardWithItsMaskedForm() {
        assertThat(PUPIL.namedBy("2200700000000019")).isTrue();
        assertThat(PUPIL.namedBy("2200700000000035")).isFalse();
    }

    @Test
    void anEightDigitAccountIsASchoolNumberNotAContractNumber() {
        Books.Purse numbered = new Books.Purse(10, "10000001", null, List.of());

        assertThat(numbered.namedBy("10000001")).isFalse();
    }

    @Test
    void aStoredOutcomeGivesItsStatusAndEntry() {
        assertThat(Books.Stored.of("partner:agent-demo", "1", "{\"approvedAmount\":\"1.00\",\"authCode\":\"123456\","
                + "\"balance\":\"1501.00\",\"code\":\"OK\",\"entryId\":2016,\"isApproved\":true,\"status\":\"APPROVED\"}"))
                .isEqualTo(new Books.Stored("partner:agent-demo", "1", "APPROVED", 2016L));
        assertThat(Books.Stored.of("agent:agent-demo", "2", "{\"code\":\"WALLET_CAP\",\"isApproved\":false,"
                + "\"message\":\"cap\",\"status\":\"DECLINED\"}"))
                .isEqualTo(new Books.Stored("agent:agent-demo", "2", "DECLINED", null));
    }

    @Test
    void anOutcomeThatIsNoJsonKeepsItsTextAsStatusAndIsNotApproved() {
        Books.Stored pending = Books.Stored.of("partner:agent-demo", "3", "pending");

        assertThat(pending.status()).isEqualTo("pending");
        assertThat(pending.approved()).isFalse();
    }
}
