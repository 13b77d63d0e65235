package org.cardhub.cards.entity;

import org.cardhub.cards.entity.InvalidCardOperationException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class VehicleTest {

    @Test
    void aVehicleKeepsItsModelDriverAndTankAndItsPlateInCapitals() {
        Vehicle vehicle = new Vehicle("  Lada Largus ", " к321мн77 ", "Лебедев Артём", 50_000L);

        assertThat(vehicle.model()).isEqualTo("Lada Largus");
        assertThat(vehicle.plate()).isEqualTo("К321МН77");
        assertThat(vehicle.driver()).isEqualTo("Лебедев Артём");
        assertThat(vehicle.tankMillilitres()).isEqualTo(50_000L);
    }

    @Test
    void everyPartMayBeLeftOutAndBlankIsLeftOut() {
        Vehicle vehicle = new Vehicle(" ", "", null, null);

        assertThat(vehicle.model()).isNull();
        assertThat(vehicle.plate()).isNull();
        assertThat(vehicle.driver()).isNull();
        assertThat(vehicle.tankMillilitres()).isNull();
        assertThat(vehicle).isEqualTo(new Vehicle(null, null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"А123ВС77", "А 123 ВС 777", "AB-1234", "x1"})
    void aPlateIsLettersDigitsSpacesAndDashes(String plate) {
        assertThat(new Vehicle(null, plate, null, null).plate()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"А123ВС77!", "<b>А123</b>", "A1_2", "А123ВС77 А123ВС77 А123", "№ 5"})
    void aPlateOfOtherCharactersOrOver20IsRefused(String plate) {
        assertRefused(() -> new Vehicle(null, plate, null, null), Code.PLATE_FORMAT);
    }

    @Test
    void aModelOver100OrADriverOver200CharactersOrWithControlCharactersIsRefused() {
        assertRefused(() -> new Vehicle("К".repeat(101), null, null, null), Code.VEHICLE_FORMAT);
        assertRefused(() -> new Vehicle("КАМАЗ\u0000", null, null, null), Code.VEHICLE_FORMAT);
        assertRefused(() -> new Vehicle(null, null, "И".repeat(201), null), Code.DRIVER_FORMAT);
        assertRefused(() -> new Vehicle(null, null, "Иванов\nИван", null), Code.DRIVER_FORMAT);
        assertThat(new Vehicle("К".repeat(100), null, "И".repeat(200), null).driver()).hasSize(200);
    }

    @Test
    void aTankHoldsMoreThanNothingAndAtMost5000Litres() {
        assertRefused(() -> new Vehicle(null, null, null, 0L), Code.TANK_RANGE);
        assertRefused(() -> new Vehicle(null, null, null, -1L), Code.TANK_RANGE);
        assertRefused(() -> new Vehicle(null, null, null, 5_000_001L), Code.TANK_RANGE);
        assertThat(new Vehicle(null, null, null, 5_000_000L).tankMillilitres()).isEqualTo(5_000_000L);
        assertThat(new Vehicle(null, null, null, 1L).tankMillilitres()).isEqualTo(1L);
    }

    @Test
    void aTankTypedInLitresWithUpToThreeDecimalsIsMillilitres() {
        assertThat(Vehicle.tankMillilitres("80")).isEqualTo(80_000L);
        assertThat(Vehicle.tankMillilitres("80,5")).isEqualTo(80_500L);
        assertThat(Vehicle.tankMillilitres(" 64.125 ")).isEqualTo(64_125L);
        assertThat(Vehicle.tankMillilitres("1 200")).isEqualTo(1_200_000L);
        assertThat(Vehicle.tankMillilitres("1\u00a0200,000")).isEqualTo(1_200_000L);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aBlankTankIsNoTank(String litres) {
        assertThat(Vehicle.tankMillilitres(litres)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"80,5001", "80.0000", "восемьдесят", "1e3", "80,5,1", "+80"})
    void aTankWithMoreThanThreeDecimalsOrNotANumberIsRefused(String litres) {
        assertRefused(() -> Vehicle.tankMillilitres(litres), Code.TANK_FORMAT);
    }
}
