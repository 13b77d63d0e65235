package org.cardhub.acquiring.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Notifications are trusted by the address they come from, as YooKassa documents; nothing else passes. */
class TrustedSourcesTest {

    private static final TrustedSources DEMO = TrustedSources.parse("127.0.0.1,::1");
    /** YooKassa's published notification addresses. */
    private static final TrustedSources YOOKASSA = TrustedSources.parse(
            "185.71.76.0/27, 185.71.77.0/27, 77.75.153.0/25, 77.75.156.11, 77.75.156.35, 77.75.154.128/25, 2a02:5180::/32");

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1", "0:0:0:0:0:0:0:1", "[::1]", "::ffff:127.0.0.1"})
    void theDemoTrustsTheLoopbackInItsSpellings(String address) {
        assertThat(DEMO.trusts(address)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"127.0.0.2", "10.0.0.1", "::2", "localhost", "127.0.0.1.example.org", "not an address", "999.1.1.1"})
    void anyOtherSourceIsRefusedWithoutALookUp(String address) {
        assertThat(DEMO.trusts(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"185.71.76.0", "185.71.76.31", "185.71.77.5", "77.75.153.127", "77.75.156.11", "77.75.154.200",
            "2a02:5180:0:1::5"})
    void addressesInsideThePublishedRangesAreTrusted(String address) {
        assertThat(YOOKASSA.trusts(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"185.71.76.32", "77.75.153.128", "77.75.156.12", "77.75.154.127", "2a02:5181::1", "127.0.0.1"})
    void addressesJustOutsideThemAreNot(String address) {
        assertThat(YOOKASSA.trusts(address)).isFalse();
    }

    @Test
    void aSettingWithATypoOpensNothingButFailsLoudly() {
        assertThatThrownBy(() -> TrustedSources.parse("127.0.0.1, yookassa.ru")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedSources.parse("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TrustedSources.parse("").trusts("127.0.0.1")).isFalse();
    }
}
