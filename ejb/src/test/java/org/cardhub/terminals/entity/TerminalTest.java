package org.cardhub.terminals.entity;

import org.cardhub.terminals.entity.InvalidTerminalException.Code;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

class TerminalTest {

    private static final Instant NOW = Instant.parse("2026-01-15T09:00:00Z");

    private static Terminal terminal(String id, String location, String station, String region) {
        return new Terminal(id, TerminalKind.FUEL_POS, 7L, location, station, region, "v1:sealed", NOW);
    }

    @Test
    void aRegisteredTerminalIsActiveWithItsFieldsTidied() {
        Terminal terminal = terminal(" fuel-0042 ", "  АЗС № 42, Тверь ", " AZS-42 ", " ru-tve ");

        assertThat(terminal.id()).isEqualTo("FUEL-0042");
        assertThat(terminal.isActive()).isTrue();
        assertThat(terminal.location()).isEqualTo("АЗС № 42, Тверь");
        assertThat(terminal.registeredStation()).isEqualTo("AZS-42");
        assertThat(terminal.region()).isEqualTo("RU-TVE");
        assertThat(terminal.organizationId()).isEqualTo(7L);
        assertThat(terminal.createdAt()).isEqualTo(NOW);
    }

    @Test
    void withoutAStationItsSalesAreMatchedAgainstItself() {
        Terminal terminal = terminal("GATE-9", "Школа № 9", " ", "RU-PRI");

        assertThat(terminal.registeredStation()).isNull();
        assertThat(terminal.station()).isEqualTo("GATE-9");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"AB", "-FUEL", "FUEL 01", "FUEL_01", "ТЕРМ-01", "A23456789012345678901234567890123"})
    void aBadIdIsRefused(String id) {
        assertRefused(() -> terminal(id, "Site", null, "RU-MOW"), Code.ID_FORMAT);
    }

    @Test
    void theKindIsRequired() {
        assertRefused(() -> new Terminal("FUEL-1", null, null, "Site", null, "RU-MOW", "v1:sealed", NOW), Code.KIND_REQUIRED);
    }

    @Test
    void theLocationIsRequiredAndShort() {
        assertRefused(() -> terminal("FUEL-1", " ", null, "RU-MOW"), Code.LOCATION_FORMAT);
        assertRefused(() -> terminal("FUEL-1", "x".repeat(201), null, "RU-MOW"), Code.LOCATION_FORMAT);
        assertThat(terminal("FUEL-1", "x".repeat(200), null, "RU-MOW").location()).hasSize(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"AZS-17,AZS-23", "-AZS", "?"})
    void aStationThatCouldNotBeMatchedIsRefused(String station) {
        assertRefused(() -> terminal("FUEL-1", "Site", station, "RU-MOW"), Code.STATION_FORMAT);
    }

    @Test
    void aStationIsAtMost64Characters() {
        assertRefused(() -> terminal("FUEL-1", "Site", "S".repeat(65), "RU-MOW"), Code.STATION_FORMAT);
        assertThat(terminal("FUEL-1", "Site", "Школа 7/2", "RU-MOW").registeredStation()).isEqualTo("Школа 7/2");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Москва", "RU", "RU-MOSCOW", "RUS-MOW", "RU MOW"})
    void aRegionIsAnIso3166Code(String region) {
        assertRefused(() -> terminal("FUEL-1", "Site", null, region), Code.REGION_FORMAT);
    }

    @Test
    void aTerminalIsDisabledAndEnabledAgain() {
        Terminal terminal = terminal("FUEL-1", "Site", null, "RU-MOW");

        terminal.disable();
        assertThat(terminal.isActive()).isFalse();
        assertThat(terminal.status()).isEqualTo(TerminalStatus.DISABLED);

        terminal.enable();
        assertThat(terminal.isActive()).isTrue();
    }

    @Test
    void aRotatedKeyReplacesTheSealedOne() {
        Terminal terminal = terminal("FUEL-1", "Site", null, "RU-MOW");
        Instant later = NOW.plusSeconds(60);

        terminal.rotateKey("v1:other", later);

        assertThat(terminal.sealedKey()).isEqualTo("v1:other");
        assertThat(terminal.keyRotatedAt()).isEqualTo(later);
    }
}
