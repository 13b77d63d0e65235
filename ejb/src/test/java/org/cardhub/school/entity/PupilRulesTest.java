package org.cardhub.school.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.school.entity.ChildMoveTest.assertRefused;
import static org.cardhub.school.entity.ChildMoveTest.rub;

class PupilRulesTest {

    @Test
    void aDailyAndAPerPurchaseLimitTheForbiddenCategoriesInTheCatalogsOrderAndTheSchoolHours() {
        PupilRules rules = new PupilRules(rub("300"), rub("150.50"), List.of("SWEETS", "BUFFET"), LocalTime.of(8, 0),
                LocalTime.of(15, 30));

        assertThat(rules.forbidden()).containsExactly("BUFFET", "SWEETS");
        assertThat(rules.limitsHours()).isTrue();
        assertThat(rules.requireSettable()).isSameAs(rules);
    }

    @Test
    void emptyFieldsAreNoLimitsAndNoHours() {
        assertThat(PupilRules.NONE.daily()).isNull();
        assertThat(PupilRules.NONE.limitsHours()).isFalse();
        assertThat(new PupilRules(null, null, Arrays.asList("BUFFET", null), null, null).forbidden()).containsExactly("BUFFET");
    }

    @Test
    void aLimitBelowZeroOrOfZeroIsRefusedAndSaysWhich() {
        assertRefused(() -> new PupilRules(rub("-0.01"), null, List.of(), null, null), InvalidChildRequestException.Code.LIMIT_NEGATIVE);
        assertRefused(() -> new PupilRules(null, rub("0"), List.of(), null, null), InvalidChildRequestException.Code.LIMIT_ZERO);
    }

    @Test
    void aParentSetsAtMostAHundredThousandRoublesButSeesAHigherOneTheSchoolSet() {
        PupilRules schools = new PupilRules(rub("100000.01"), null, List.of(), null, null);

        assertThat(PupilRules.requireLimit(rub("100000.00"))).isEqualTo(rub("100000.00"));
        assertRefused(schools::requireSettable, InvalidChildRequestException.Code.LIMIT_ABOVE_MAXIMUM);
        assertRefused(() -> PupilRules.requireLimit(rub("100000.01")), InvalidChildRequestException.Code.LIMIT_ABOVE_MAXIMUM);
    }

    @Test
    void onlyTheSchoolsCategoriesMayBeForbidden() {
        assertThat(PupilRules.CATEGORIES).contains("HOT_MEAL", "BUFFET", "SWEETS", "DRINK").doesNotContain("FUEL");
        assertRefused(() -> new PupilRules(null, null, List.of("FUEL"), null, null), InvalidChildRequestException.Code.CATEGORY_UNKNOWN);
        assertRefused(() -> new PupilRules(null, null, List.of("buffet"), null, null), InvalidChildRequestException.Code.CATEGORY_UNKNOWN);
    }

    @Test
    void hoursNeedBothEndsAndEndAfterTheyStart() {
        assertRefused(() -> new PupilRules(null, null, List.of(), LocalTime.of(8, 0), null),
                InvalidChildRequestException.Code.HOURS_INCOMPLETE);
        assertRefused(() -> new PupilRules(null, null, List.of(), LocalTime.of(15, 0), LocalTime.of(8, 0)),
                InvalidChildRequestException.Code.HOURS_REVERSED);
        assertRefused(() -> new PupilRules(null, null, List.of(), LocalTime.of(8, 0), LocalTime.of(8, 0)),
                InvalidChildRequestException.Code.HOURS_REVERSED);
    }

    @Test
    void aTimeOfDayIsReadAsPeopleTypeIt() {
        assertThat(PupilRules.time("8:05")).isEqualTo(LocalTime.of(8, 5));
        assertThat(PupilRules.time(" 15:30 ")).isEqualTo(LocalTime.of(15, 30));
        assertThat(PupilRules.time("")).isNull();
        assertThat(PupilRules.time("__:__")).as("an empty input mask").isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"25:00", "8", "8.30", "08:60", "восемь"})
    void anythingElseIsNoTimeOfDay(String typed) {
        assertRefused(() -> PupilRules.time(typed), InvalidChildRequestException.Code.HOURS_FORMAT);
    }
}
