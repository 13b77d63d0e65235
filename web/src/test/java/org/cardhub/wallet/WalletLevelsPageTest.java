package org.cardhub.wallet;

import org.cardhub.contracts.entity.InvalidWalletLevelException;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The back office's wallet levels page in words: every refusal of a level's change has its text in both languages (the
 * identified level below the other from the side of the level changed), the texts naming caps read with the amounts in
 * them, and caps are read as the back office types them.
 */
class WalletLevelsPageTest {

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void everyRefusalAndTextOfThePageHasItsWords(String language) throws IOException {
        Properties messages = messages(language);
        List<String> keys = new ArrayList<>(List.of("wallet.menu.levels", "wallet.levels.title", "wallet.levels.intro",
                "wallet.levels.level", "wallet.levels.maxBalance", "wallet.levels.maxBalanceHint", "wallet.levels.maxTurnover",
                "wallet.levels.maxTurnoverHint", "wallet.levels.changed", "wallet.levels.atOnce", "wallet.levels.editAtOnce",
                "wallet.levels.homeHint", "wallet.levels.saved", "wallet.queue.levelsLink", "bo.home.settings",
                "audit.subject.WALLET_LEVEL", "audit.action.wallet-level.change"));
        for (InvalidWalletLevelException.Code code : InvalidWalletLevelException.Code.values()) {
            for (WalletTier tier : WalletTier.values()) {
                keys.add(WalletLevelsView.errorKey(code, tier));
            }
        }

        assertThat(keys).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void theIdentifiedLevelBelowTheOtherIsSaidFromTheSideOfTheLevelChanged() throws IOException {
        Properties russian = messages("ru");
        InvalidWalletLevelException.Code below = InvalidWalletLevelException.Code.IDENTIFIED_BELOW_NON_IDENTIFIED;

        assertThat(russian.getProperty(WalletLevelsView.errorKey(below, WalletTier.IDENTIFIED)))
                .contains("не может быть ниже").contains("{0}");
        assertThat(russian.getProperty(WalletLevelsView.errorKey(below, WalletTier.NON_IDENTIFIED)))
                .contains("не может быть выше").contains("{0}");
        assertThat(WalletLevelsView.errorKey(InvalidWalletLevelException.Code.CAP_TOO_LARGE, WalletTier.IDENTIFIED))
                .isEqualTo("wallet.levels.error.CAP_TOO_LARGE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void theTextsNamingCapsReadWithTheAmountsInThem(String language) throws IOException {
        Properties messages = messages(language);
        Locale locale = Locale.forLanguageTag(language);

        for (String key : List.of("wallet.home.identifyHint", "wallet.queue.intro", "wallet.levels.saved",
                "wallet.levels.error.CAP_TOO_LARGE", "wallet.levels.error.IDENTIFIED_BELOW_NON_IDENTIFIED.IDENTIFIED",
                "wallet.levels.error.IDENTIFIED_BELOW_NON_IDENTIFIED.NON_IDENTIFIED")) {
            String text = new MessageFormat(messages.getProperty(key), locale).format(new Object[]{"«A»", "«B»", "«C»"});
            assertThat(text).as(key).contains("«A»").doesNotContain("{").doesNotContain("''");
        }
        assertThat(new MessageFormat(messages.getProperty("wallet.home.identifyHint"), locale)
                .format(new Object[]{"100 000,00 ₽", "1 000 000,00 ₽"})).as("no cap is written into the words any more")
                .doesNotContain("100 000 ₽").doesNotContain("100,000 ₽");
    }

    @Test
    void aCapIsReadAsTypedWithBlanksAndADecimalComma() {
        assertThat(WalletLevelsView.typed("15 000,00")).isEqualTo(rub("15000.00"));
        assertThat(WalletLevelsView.typed("15\u00a0000,5 ₽")).isEqualTo(rub("15000.50"));
        assertThat(WalletLevelsView.typed("0")).as("the boundary says a cap is above zero").isEqualTo(rub("0.00"));
        assertThat(WalletLevelsView.typed(" ")).as("the boundary says a cap is required").isNull();
        assertThat(catchThrowableOfType(() -> WalletLevelsView.typed("15 000,005"), InvalidAmountException.class).code())
                .as("whole kopecks").isEqualTo(InvalidAmountException.Code.AMOUNT_SCALE);
        assertThat(catchThrowableOfType(() -> WalletLevelsView.typed("пятнадцать"), InvalidAmountException.class).code())
                .isEqualTo(InvalidAmountException.Code.AMOUNT_FORMAT);
    }

    @Test
    void aCapIsShownInItsInputAsTheReaderTypesIt() {
        assertThat(WalletLevelsView.shown(rub("15000.00"), true)).isEqualTo("15000,00");
        assertThat(WalletLevelsView.shown(rub("1000000.50"), false)).isEqualTo("1000000.50");
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static Properties messages(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WalletLevelsPageTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
