package org.cardhub.corporate;

import org.cardhub.cards.entity.Vehicle;
import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HolderLinesTest {

    @Test
    void eachLineIsACardAndItsPartsAreVehiclePlateDriverAndTank() {
        HolderLines lines = HolderLines.parse("КАМАЗ 65115; а123вс77; Иванов Иван; 400\n\nГАЗель NEXT;В456ОР77\n;;Сидоров П. И.\n");

        assertThat(lines.holders()).containsExactly(
                new Vehicle("КАМАЗ 65115", "А123ВС77", "Иванов Иван", 400_000L),
                new Vehicle("ГАЗель NEXT", "В456ОР77", null, null),
                new Vehicle(null, null, "Сидоров П. И.", null));
        assertThat(lines.count()).isEqualTo(3);
        assertThat(lines.typedLineOf(2)).as("the blank line is skipped but counted").isEqualTo(3);
        assertThat(lines.typedLineOf(3)).isEqualTo(4);
        assertThat(lines.typedLineOf(5)).as("past the last line").isEqualTo(6);
    }

    @Test
    void columnsPastedFromASpreadsheetWithTheirTitlesWork() {
        HolderLines lines = HolderLines.parse("Автомобиль\tГосномер\tВодитель\tБак, л\r\nLada Largus\tК321МН77\tОрлов\t50,5\r\n");

        assertThat(lines.holders()).containsExactly(new Vehicle("Lada Largus", "К321МН77", "Орлов", 50_500L));
        assertThat(lines.typedLineOf(1)).isEqualTo(2);
    }

    @Test
    void nothingTypedIsNoHolder() {
        assertThat(HolderLines.parse(null).count()).isZero();
        assertThat(HolderLines.parse(" \n ").count()).isZero();
    }

    @Test
    void theFirstBrokenLineIsSaidWithItsNumberAndTheRuleItBreaks() {
        assertProblem("КАМАЗ; А123ВС77\nГАЗель; В456*ОР77", 2, "PLATE_FORMAT");
        assertProblem("\n\nКАМАЗ; А123ВС77; Иванов; сорок", 3, "TANK_FORMAT");
        assertProblem("КАМАЗ; А123ВС77; Иванов; 9000", 1, "TANK_RANGE");
        assertProblem("КАМАЗ; А123ВС77; Иванов; 400; лишнее", 1, "TOO_MANY_CELLS");
        assertProblem("x".repeat(101), 1, "VEHICLE_FORMAT");
    }

    @Test
    void twoHundredLinesAreTwoHundredCardsAndMoreThanAnOrderTakesIsRefused() {
        assertThat(HolderLines.parse(String.join("\n", Collections.nCopies(200, "Рено Логан; М555ТТ77; Орлов"))).count())
                .isEqualTo(200);
        assertProblem(String.join("\n", Collections.nCopies(HolderLines.MAX_LINES + 1, ";А1")), HolderLines.MAX_LINES + 1,
                "TOO_MANY_LINES");
    }

    private static void assertProblem(String text, int line, String code) {
        assertThatThrownBy(() -> HolderLines.parse(text)).isInstanceOfSatisfying(HolderLines.Problem.class, problem -> {
            assertThat(problem.line()).isEqualTo(line);
            assertThat(problem.code()).isEqualTo(code);
        });
    }
}
