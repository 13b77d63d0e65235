package org.cardhub.wallets.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OneTimeCodeTest {

    @Test
    void aTypedCodeIsFourDigitsWithBlanksAroundDropped() {
        assertThat(OneTimeCode.typed(" 0427 ").digits()).isEqualTo("0427");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "123", "12345", "12 34", "abcd", "١٢٣٤"})
    void anythingButFourDigitsIsRefusedAsMalformed(String typed) {
        assertThatThrownBy(() -> OneTimeCode.typed(typed)).isInstanceOfSatisfying(PhoneCodeRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(PhoneCodeRefusal.Code.CODE_FORMAT));
    }

    @Test
    void drawnCodesAreFourDigitsLeadingZerosIncludedAndSpreadOverAllTenThousand() {
        SplittableRandom random = new SplittableRandom(25);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            seen.add(OneTimeCode.drawn(random).digits());
        }
        assertThat(seen).hasSize(10_000).contains("0000", "0007", "9999");
    }

    @Test
    void aCodeNeverShowsItsDigitsInALogLine() {
        assertThat(OneTimeCode.typed("1234").toString()).doesNotContain("1234");
    }
}
