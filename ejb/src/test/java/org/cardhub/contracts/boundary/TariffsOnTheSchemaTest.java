package org.cardhub.contracts.boundary;

import jakarta.persistence.EntityManager;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.contracts.entity.InvalidTariffException;
import org.cardhub.contracts.entity.Sale;
import org.cardhub.contracts.entity.Tariff;
import org.cardhub.contracts.entity.TariffOffer;
import org.cardhub.contracts.entity.TariffSheet;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

/**
 * The tariffs as the migrations leave them (H2 in its PostgreSQL mode) and the statements of {@link Tariffs} and
 * {@link TariffRates} on them: V2's single discount of each tariff became a row on fuel, Regional+'s at the chosen
 * stations; the families and options a new client chooses from.
 */
class TariffsOnTheSchemaTest {

    private static final Instant NOW = Instant.parse("2026-05-14T09:00:00Z");
    private static MigratedDatabase database;

    @BeforeAll
    static void migrate() {
        database = new MigratedDatabase();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theFamiliesAreOfferedInTheirOrderWithTransitsTwoOptions() {
        List<TariffOffer> offers = database.inTransaction(em -> tariffs(em).offered());

        assertThat(offers).extracting(TariffOffer::family).containsExactly("REGIONAL", "REGIONAL_PLUS", "TRANSIT", "FUEL_ONLINE");
        assertThat(offers.get(1).chosenStations()).isEqualTo(3);
        assertThat(offers.get(2).options()).extracting(option -> option.option() + "=" + option.tariffCode())
                .containsExactly("OPTIMAL=TRANSIT_OPTIMAL", "OPTIMAL_PLUS=TRANSIT_OPTIMAL_PLUS");
        assertThat(offers.get(2).options().get(0).discounts()).singleElement()
                .satisfies(discount -> assertThat(discount.describe()).isEqualTo("category FUEL everywhere 150 bp from 2020-01-01"));
        assertThat(offers.get(0).options().get(0).discounts()).as("Regional: the posted price").isEmpty();
    }

    @Test
    void aChoiceFollowsItsFamilysRules() {
        database.inTransaction(em -> {
            Tariffs tariffs = tariffs(em);
            assertThat(tariffs.choose("TRANSIT", "OPTIMAL_PLUS", List.of()).tariffCode()).isEqualTo("TRANSIT_OPTIMAL_PLUS");
            assertRefused(() -> tariffs.choose("TRANSIT", null, List.of()), InvalidTariffException.Code.OPTION_REQUIRED);
            assertRefused(() -> tariffs.choose("REGIONAL", "OPTIMAL", List.of()), InvalidTariffException.Code.OPTION_NOT_OFFERED);
            assertRefused(() -> tariffs.choose("REGIONAL_PLUS", null, List.of("AZS-17")), InvalidTariffException.Code.STATIONS_REQUIRED);
            assertRefused(() -> tariffs.choose("GOLD", null, List.of()), InvalidTariffException.Code.TARIFF_UNKNOWN);
            return null;
        });
    }

    @Test
    void everyTariffIsListedWithItsRows() {
        List<TariffSheet> sheets = database.inTransaction(em -> tariffs(em).all());

        assertThat(sheets).extracting(sheet -> sheet.tariff().code() + ":" + sheet.discounts().size())
                .containsExactly("REGIONAL:0", "REGIONAL_PLUS:1", "TRANSIT_OPTIMAL:1", "TRANSIT_OPTIMAL_PLUS:1", "FUEL_ONLINE:1");
    }

    @Test
    void regionalPlusTakesThreePercentOffFuelAtTheChosenStationsOnly() {
        database.inTransaction(em -> {
            TariffRates rates = new TariffRates();
            rates.em = em;
            Contract contract = Contract.fuel("F-1", 1, em.find(Tariff.class, "REGIONAL_PLUS"),
                    List.of("AZS-17", "AZS-23", "AZS-31"), BalanceModel.POOLED, Funding.PREPAID, Amount.zero(Currency.RUB),
                    ZoneId.of("Europe/Moscow"), NOW);
            Amount price = Amount.parse("1500.00", Currency.RUB);

            assertThat(rates.rateFor(contract, new Sale("AI-95", "FUEL", "RU-MOW", "AZS-17"), NOW).applyTo(price).amount())
                    .isEqualTo(Amount.parse("1455.00", Currency.RUB));
            assertThat(rates.rateFor(contract, new Sale("AI-95", "FUEL", "RU-TVE", "AZS-42"), NOW).basisPoints()).isZero();
            assertThat(rates.rateFor(contract, new Sale("CAR_WASH", "CAR_WASH", "RU-MOW", "AZS-17"), NOW).basisPoints())
                    .as("not fuel").isZero();
            return null;
        });
    }

    private static Tariffs tariffs(EntityManager em) {
        Tariffs tariffs = new Tariffs();
        tariffs.em = em;
        return tariffs;
    }
}
