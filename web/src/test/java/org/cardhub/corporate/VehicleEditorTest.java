package org.cardhub.corporate;

import org.cardhub.cards.entity.InvalidCardOperationException.Code;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VehicleEditorTest {

    @Test
    void eachRuleOfAVehicleIsSaidAtTheFieldThatBrokeIt() {
        assertThat(VehicleEditor.fieldOf(Code.VEHICLE_FORMAT)).isEqualTo("vehicleModel");
        assertThat(VehicleEditor.fieldOf(Code.PLATE_FORMAT)).isEqualTo("vehiclePlate");
        assertThat(VehicleEditor.fieldOf(Code.DRIVER_FORMAT)).isEqualTo("vehicleDriver");
        assertThat(VehicleEditor.fieldOf(Code.TANK_RANGE)).isEqualTo("vehicleTank");
        assertThat(VehicleEditor.fieldOf(Code.TANK_FORMAT)).isEqualTo("vehicleTank");
    }
}
