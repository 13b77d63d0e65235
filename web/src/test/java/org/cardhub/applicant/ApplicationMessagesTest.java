package org.cardhub.applicant;

import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.onboarding.entity.ApplicationRefusal;
import org.cardhub.onboarding.entity.ApplicationStatus;
import org.cardhub.onboarding.entity.TariffOption;
import org.cardhub.onboarding.entity.TariffPlan;
import org.cardhub.organizations.entity.InvalidRequisiteException;
import org.cardhub.organizations.entity.OrganizationForm;
import org.cardhub.organizations.entity.RequisiteProblem;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem, choice and status the onboarding pages and the report can show has its words in Russian and English. */
class ApplicationMessagesTest {

    /** The reasons the draft and the boundaries name besides the requisites' and refusals' own codes. */
    private static final List<String> REASONS = List.of("FORM_REQUIRED", "NAME_REQUIRED", "NAME_TOO_LONG", "BIK_REQUIRED",
            "ACCOUNT_REQUIRED", "TIME_ZONE_UNKNOWN", "TARIFF_REQUIRED", "TARIFF_UNKNOWN", "OPTION_REQUIRED",
            "OPTION_NOT_OF_TARIFF", "STATION_UNKNOWN", "STATIONS_REQUIRED", "BALANCE_MODEL_REQUIRED", "CARD_COUNT_RANGE",
            "OFFER_NOT_ACCEPTED", "NO_EMAIL", "KEYCLOAK", "GONE");

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ApplicationMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> keysThePagesBuild() {
        List<String> keys = new ArrayList<>();
        Stream.of(InvalidRequisiteException.Code.values()).forEach(code -> keys.add("onboarding.error." + code));
        Stream.of(RequisiteProblem.values()).forEach(problem -> keys.add("onboarding.error." + problem));
        Stream.of(ApplicationRefusal.Code.values()).forEach(code -> keys.add("onboarding.error." + code));
        REASONS.forEach(reason -> keys.add("onboarding.error." + reason));
        Stream.of(OrganizationForm.values()).forEach(form -> {
            keys.add("onboarding.form." + form);
            keys.add("onboarding.innHint." + form);
        });
        Stream.of(TariffPlan.values()).forEach(plan -> {
            keys.add("onboarding.plan." + plan);
            keys.add("onboarding.planName." + plan);
        });
        Stream.of(TariffOption.values()).forEach(option -> {
            keys.add("onboarding.option." + option);
            keys.add("onboarding.optionName." + option);
        });
        Stream.of(BalanceModel.values()).forEach(model -> keys.add("onboarding.balanceModel." + model));
        Stream.of(ApplicationStatus.values()).forEach(status -> keys.add("onboarding.status." + status));
        new ApplicationForm().getTimeZones().forEach(zone -> keys.add("onboarding.zone." + zone));
        keys.addAll(List.of("cabinet.applicant", "menu.apply", "menu.applications", "menu.officeContract"));
        return keys;
    }

    @Test
    void everyKeyThePagesBuildExistsInBothLanguages() throws IOException {
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keysThePagesBuild());
        }
    }

    @Test
    void bothLanguagesHaveTheSameOnboardingKeys() throws IOException {
        assertThat(bundle("en").stringPropertyNames().stream().filter(key -> key.startsWith("onboarding.")).sorted().toList())
                .isEqualTo(bundle("ru").stringPropertyNames().stream().filter(key -> key.startsWith("onboarding.")).sorted().toList());
    }

    @Test
    void theStationsMessageSaysHowManyAndTheRangeIsWritten() throws IOException {
        for (String language : List.of("ru", "en")) {
            String stations = new MessageFormat(bundle(language).getProperty("onboarding.error.STATIONS_REQUIRED"), Locale.ROOT)
                    .format(new Object[]{3});
            assertThat(stations).as(language).endsWith(": 3");
        }
        assertThat(bundle("ru").getProperty("onboarding.error.CARD_COUNT_RANGE")).contains("от 1 до 10 000");
        assertThat(bundle("ru").getProperty("onboarding.error.INN_CHECKSUM")).contains("контрольная цифра");
    }
}
