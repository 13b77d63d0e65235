package org.cardhub.corporate;

import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardOrderStatus;
import org.cardhub.cards.entity.DeliveryMethod;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.cards.entity.InvalidCardOrderException;
import org.cardhub.cards.entity.InvalidStockException;
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
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every refusal, status and choice the order and stock pages build from codes has its words in Russian and in English. */
class OrderMessagesTest {

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = OrderMessagesTest.class.getResourceAsStream("/org/cardhub/cabinet/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<String> keysThePagesBuild() {
        List<String> keys = new ArrayList<>();
        Stream.of(InvalidCardOrderException.Code.values()).forEach(code -> keys.add("orders.error." + code));
        Stream.of(InvalidStockException.Code.values()).forEach(code -> keys.add("orders.stock.error." + code));
        Stream.of(CardOrderStatus.values()).forEach(status -> keys.add("orders.status." + status));
        Stream.of(CardForm.values()).forEach(form -> keys.add("orders.form." + form));
        Stream.of(CardForm.values()).forEach(form -> keys.add("orders.form.hint." + form));
        Stream.of(DeliveryMethod.values()).forEach(method -> keys.add("orders.delivery." + method));
        Stream.of("VEHICLE_FORMAT", "PLATE_FORMAT", "DRIVER_FORMAT", "TANK_RANGE", "TANK_FORMAT", "TOO_MANY_CELLS",
                "TOO_MANY_LINES").forEach(code -> keys.add("orders.line." + code));
        Stream.of(InvalidCardOperationException.Code.VEHICLE_FORMAT, InvalidCardOperationException.Code.PLATE_FORMAT,
                        InvalidCardOperationException.Code.DRIVER_FORMAT, InvalidCardOperationException.Code.TANK_RANGE,
                        InvalidCardOperationException.Code.TANK_FORMAT)
                .forEach(code -> assertThat(keys).contains("orders.line." + code));
        return keys;
    }

    @Test
    void everyKeyThePagesBuildFromCodesExistsInBothLanguages() throws IOException {
        for (String language : List.of("ru", "en")) {
            assertThat(bundle(language).stringPropertyNames()).as(language).containsAll(keysThePagesBuild());
        }
    }

    @Test
    void bothLanguagesHaveTheSameOrderKeys() throws IOException {
        assertThat(ordersKeys("en")).isEqualTo(ordersKeys("ru"));
    }

    @Test
    void aVirtualCardWithoutHolderIsSaidWithItsCardAndLine() throws IOException {
        String said = new MessageFormat(bundle("ru").getProperty("orders.error.HOLDER_REQUIRED"), Locale.forLanguageTag("ru"))
                .format(new Object[]{3, 5, 2, 3});

        assertThat(said).startsWith("Карта 3 (строка 5)").contains("госномер или водителя");
    }

    private static Set<String> ordersKeys(String language) throws IOException {
        return bundle(language).stringPropertyNames().stream().filter(key -> key.startsWith("orders."))
                .collect(Collectors.toSet());
    }
}
