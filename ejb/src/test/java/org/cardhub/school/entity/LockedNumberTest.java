package org.cardhub.school.entity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LockedNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Смирнова Ольга|Смирнова О.",
            "Петров Иван Сергеевич|Петров И. С.",
            "  Кузнецов   Дмитрий |Кузнецов Д.",
            "Ли|Ли",
            "''|''"})
    void theBackOfficeSeesThePupilBySurnameAndInitials(String name, String shown) {
        assertThat(LockedNumber.shortName(name)).isEqualTo(shown);
    }
}
