package org.cardhub.backoffice;

import org.cardhub.contracts.entity.DiscountScope;
import org.cardhub.contracts.entity.DiscountStatus;
import org.cardhub.contracts.entity.InvalidTariffException;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal and state the tariffs page can show, and the families and options a tariff offer names, has its words in
 * Russian and in English; the form reads what was picked from its lists.
 */
class TariffMessagesTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TariffMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void everyKeyThePageBuildsFromCodesExists() throws IOException {
        List<String> keys = new ArrayList<>();
        Stream.of(InvalidTariffException.Code.values()).forEach(code -> keys.add("tariffs.error." + code));
        Stream.of(DiscountStatus.values()).forEach(status -> keys.add("tariffs.status." + status));
        Stream.of("REGIONAL", "REGIONAL_PLUS", "TRANSIT", "FUEL_ONLINE").forEach(family -> keys.add("tariffs.family." + family));
        Stream.of("OPTIMAL", "OPTIMAL_PLUS").forEach(option -> keys.add("tariffs.option." + option));
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keys);
        }
        assertThat(bundle("ru").getProperty("tariffs.error.START_IN_PAST")).contains("не раньше сегодняшнего дня");
    }

    @Test
    void theFormReadsAProductACategoryARegionOrTheChosenStations() {
        TariffDiscountForm form = new TariffDiscountForm();
        form.setProduct("P:AI-95");
        form.setPlace("R:RU-MOW");
        assertThat(form.scope()).isEqualTo(new DiscountScope("AI-95", null, "RU-MOW", false));
        form.setProduct("C:FUEL");
        form.setPlace("S");
        assertThat(form.scope()).isEqualTo(new DiscountScope(null, "FUEL", null, true));
        form.setProduct("");
        form.setPlace("");
        assertThat(form.scope()).isEqualTo(DiscountScope.EVERYTHING);
    }

    @Test
    void aRateIsAWholeNumberAsTyped() {
        TariffDiscountForm form = new TariffDiscountForm();
        form.setBasisPoints(" 1 500 ");
        assertThat(form.rate()).isEqualTo(1500);
        form.setBasisPoints("-5");
        assertThat(form.rate()).as("the boundary says what a rate is").isEqualTo(-5);
        for (String typed : new String[]{"3,5", "abc", "", null, "12345678"}) {
            form.setBasisPoints(typed);
            assertThat(form.rate()).as(String.valueOf(typed)).isNull();
        }
    }
}
