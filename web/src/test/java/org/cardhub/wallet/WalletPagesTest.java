package org.cardhub.wallet;

import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.wallets.entity.CodeCheck;
import org.cardhub.wallets.entity.Identification;
import org.cardhub.wallets.entity.PhoneCodeRefusal;
import org.cardhub.wallets.entity.WalletRefusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wallet's pages in words: every kind of operation, card status and form, tier, refusal, code check and decline
 * has its text in both languages — no raw code on a page; caps as progress, movements signed, declines named.
 */
class WalletPagesTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void everyCodeThePagesShowHasItsText(String language) throws IOException {
        Properties messages = messages(language);
        List<String> keys = new ArrayList<>(List.of("cabinet.wallet", "wallet.menu.transfer", "wallet.menu.cards",
                "wallet.menu.points", "wallet.menu.profile", "wallet.menu.identifications", "wallet.refused",
                "wallet.cardError", "wallet.decline.other", "wallet.decline.WALLET_CAP.turnover", "wallet.code.BLOCKED.hour",
                "wallet.menu.withdraw", "wallet.withdraw.title", "wallet.withdraw.intro", "wallet.withdraw.amount",
                "wallet.withdraw.card", "wallet.withdraw.cardHint", "wallet.withdraw.getCode", "wallet.withdraw.send",
                "wallet.withdraw.declined", "wallet.withdraw.another", "wallet.error.PAYOUT_CARD_INVALID"));
        Arrays.stream(EntryKind.values()).forEach(kind -> {
            keys.add(WalletWords.kindKey(kind, 100));
            keys.add(WalletWords.kindKey(kind, -100));
        });
        Arrays.stream(CardStatus.values()).forEach(status -> keys.add("wallet.card.status." + status));
        Arrays.stream(CardForm.values()).forEach(form -> keys.add("wallet.card.form." + form));
        Arrays.stream(CardForm.values()).forEach(form -> keys.add("wallet.cards.adding." + form));
        Arrays.stream(WalletTier.values()).forEach(tier -> keys.add("wallet.tier." + tier));
        Arrays.stream(WalletRefusal.Code.values()).forEach(code -> keys.add("wallet.error." + code));
        Arrays.stream(PhoneCodeRefusal.Code.values()).forEach(code -> keys.add("wallet.phoneCode." + code));
        Arrays.stream(InvalidAmountException.Code.values()).forEach(code -> keys.add("wallet.amount." + code));
        Arrays.stream(CodeCheck.Result.values()).forEach(result -> keys.add("wallet.code." + result));
        Arrays.stream(DeclineCode.values()).forEach(code -> keys.add(WalletRefusals.declineKey(code.name(), false)));
        Arrays.stream(org.cardhub.wallets.entity.Receiver.Kind.values()).forEach(kind -> {
            keys.add("wallet.transfer.kind." + kind);
            keys.add("wallet.transfer.reference." + kind);
            keys.add("wallet.transfer.referenceHint." + kind);
        });

        assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        assertThat(messages.getProperty("wallet.code.WRONG")).contains("{0}");
        assertThat(messages.getProperty("wallet.code.BLOCKED")).contains("{0}");
        assertThat(messages.getProperty("wallet.code.tooSoon")).contains("{0}");
        assertThat(messages.getProperty("wallet.transfer.sent")).contains("{0}").contains("{1}");
        assertThat(messages.getProperty("wallet.withdraw.available")).contains("{0}");
        assertThat(messages.getProperty("wallet.withdraw.paid")).contains("{0}").contains("{1}");
        assertThat(messages.getProperty("wallet.withdraw.onItsWay")).contains("{0}").contains("{1}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void bothLanguagesHaveTheSameKeys(String language) throws IOException {
        List<String> mine = walletKeys(messages(language));
        List<String> other = walletKeys(messages(language.equals("ru") ? "en" : "ru"));

        assertThat(mine).containsExactlyInAnyOrderElementsOf(other);
    }

    @Test
    void anOperationsKindReadsInWordsAndATransferByItsDirection() throws IOException {
        Properties russian = messages("ru");

        assertThat(russian.getProperty(WalletWords.kindKey(EntryKind.TOP_UP, 150_000))).isEqualTo("Пополнение");
        assertThat(russian.getProperty(WalletWords.kindKey(EntryKind.TRANSFER, -150_000))).isEqualTo("Перевод с кошелька");
        assertThat(russian.getProperty(WalletWords.kindKey(EntryKind.TRANSFER, 150_000))).isEqualTo("Перевод на кошелёк");
        assertThat(russian.getProperty(WalletWords.kindKey(EntryKind.COMPLETION, -100))).isEqualTo("Покупка");
        assertThat(russian.values()).doesNotContain("TOP_UP", "TRANSFER");
    }

    @Test
    void aMovementIsSignedInRoubles() {
        assertThat(WalletWords.signed(150_000, RUSSIAN)).isEqualTo("+1\u00a0500,00\u00a0₽");
        assertThat(WalletWords.signed(-150_050, RUSSIAN)).isEqualTo("\u22121\u00a0500,50\u00a0₽");
        assertThat(WalletWords.signed(0, RUSSIAN)).isEqualTo("0,00\u00a0₽");
        assertThat(WalletWords.signed(-1_500_00, Locale.ENGLISH)).isEqualTo("\u22121,500.00\u00a0₽");
    }

    @Test
    void aCapIsShownAsTheWholePercentUsedAnythingAboveZeroVisibleAndNeverPastFull() {
        Amount cap = rub("15000.00");

        assertThat(WalletWords.percentOf(rub("0.00"), cap)).isZero();
        assertThat(WalletWords.percentOf(rub("7500.00"), cap)).isEqualTo(50);
        assertThat(WalletWords.percentOf(rub("1.00"), cap)).as("a rouble still shows").isEqualTo(1);
        assertThat(WalletWords.percentOf(rub("14999.99"), cap)).as("not full until it is").isEqualTo(99);
        assertThat(WalletWords.percentOf(rub("15000.00"), cap)).isEqualTo(100);
        assertThat(WalletWords.percentOf(rub("20000.00"), cap)).as("over the cap after it fell").isEqualTo(100);
        assertThat(WalletWords.percentOf(rub("10.00"), rub("0.00"))).isZero();
        assertThat(WalletWords.percentOf(null, cap)).isZero();
    }

    @Test
    void aDeclineIsNamedAndAWalletCapTellsWhoseItIs() throws IOException {
        Properties russian = messages("ru");

        assertThat(russian.getProperty(WalletRefusals.declineKey("INSUFFICIENT_FUNDS", false))).contains("недостаточно денег");
        assertThat(russian.getProperty(WalletRefusals.declineKey("WALLET_CAP", false))).contains("у получателя");
        assertThat(russian.getProperty(WalletRefusals.declineKey("WALLET_CAP", true))).contains("вашего кошелька");
        assertThat(WalletRefusals.declineKey("INSUFFICIENT_FUNDS", true)).isEqualTo("wallet.decline.INSUFFICIENT_FUNDS");
        assertThat(WalletRefusals.declineKey("SOMETHING_NEW", false)).isEqualTo("wallet.decline.other");
        assertThat(WalletRefusals.declineKey(null, false)).isEqualTo("wallet.decline.other");
        assertThat(WalletRefusals.pastTurnover(rub("39000.00"), rub("1000.01"), rub("40000.00"))).isTrue();
        assertThat(WalletRefusals.pastTurnover(rub("39000.00"), rub("1000.00"), rub("40000.00"))).isFalse();
    }

    @Test
    void aCodeNotAcceptedSaysWhyAndABlockUntilWhen() {
        assertThat(WalletRefusals.codeKey(new CodeCheck(CodeCheck.Result.WRONG, 3, null, false))).isEqualTo("wallet.code.WRONG");
        assertThat(WalletRefusals.codeKey(new CodeCheck(CodeCheck.Result.BLOCKED, 0, Instant.now(), true)))
                .isEqualTo("wallet.code.BLOCKED");
        assertThat(WalletRefusals.codeKey(new CodeCheck(CodeCheck.Result.WRONG, 0, null, false))).isEqualTo("wallet.code.BLOCKED.hour");
        assertThat(WalletRefusals.codeKey(new CodeCheck(CodeCheck.Result.EXPIRED, 0, null, false))).isEqualTo("wallet.code.EXPIRED");
    }

    @Test
    void identificationStandsByTheTierFirstThenTheLatestRequest() {
        assertThat(WalletProfileView.stateOf(WalletTier.IDENTIFIED, Identification.Status.WAITING))
                .isEqualTo(WalletProfileView.State.IDENTIFIED);
        assertThat(WalletProfileView.stateOf(WalletTier.NON_IDENTIFIED, Identification.Status.WAITING))
                .isEqualTo(WalletProfileView.State.WAITING);
        assertThat(WalletProfileView.stateOf(WalletTier.NON_IDENTIFIED, Identification.Status.REJECTED))
                .isEqualTo(WalletProfileView.State.REJECTED);
        assertThat(WalletProfileView.stateOf(WalletTier.NON_IDENTIFIED, null)).isEqualTo(WalletProfileView.State.FORM);
        assertThat(WalletProfileView.stateOf(WalletTier.NON_IDENTIFIED, Identification.Status.APPROVED))
                .as("approved, yet the tier taken back").isEqualTo(WalletProfileView.State.FORM);
    }

    @Test
    void aPassportRefusalIsSaidAtTheInputThatIsWrong() {
        assertThat(WalletProfileView.passportField("45 1", "123456")).isEqualTo("series");
        assertThat(WalletProfileView.passportField("4510", "12345")).isEqualTo("number");
        assertThat(WalletProfileView.passportField("45 10", "123 456")).isEqualTo("issuedOn");
    }

    private static List<String> walletKeys(Properties messages) {
        return messages.stringPropertyNames().stream()
                .filter(key -> key.startsWith("wallet.") || key.startsWith("cabinet.wallet")).toList();
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static Properties messages(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WalletPagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
