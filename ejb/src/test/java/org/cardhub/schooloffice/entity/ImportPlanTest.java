package org.cardhub.schooloffice.entity;

import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.school.entity.SchoolClass.ClassName;
import org.cardhub.schooloffice.entity.RowProblem.Code;
import org.cardhub.schooloffice.entity.SchoolRoll.NumberUse;
import org.cardhub.schooloffice.entity.SchoolRoll.Rolled;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The plan of an import against a school's roll: every kind of bad row named with its line, nothing planned while there
 * is one; a clean file's new pupils, moves, renames, classes and benefits counted; and the same file planned again on
 * the roll it left changes nothing.
 */
class ImportPlanTest {

    private static final List<BenefitKind> KINDS = List.of(
            new BenefitKind("LARGE_FAMILY", "многодетная семья", "large family", 10),
            new BenefitKind("LOW_INCOME", "малоимущая семья", "low-income family", 30));
    private static final PupilLineRules RULES = new PupilLineRules(KINDS);

    /** Школа: 5А (id 1) with Петров Иван 30000001 and two Кузнецов Дмитрий, 6Б (id 2) with Орлова Вера, a beneficiary. */
    private static final SchoolRoll ROLL = new SchoolRoll(List.of(
            new Rolled(101, "30000001", "Петров Иван", false, 1L),
            new Rolled(102, "30000002", "Кузнецов Дмитрий", false, 1L),
            new Rolled(103, "30000003", "Кузнецов Дмитрий", false, 1L),
            new Rolled(104, "30000004", "Орлова Вера", false, 2L)),
            Map.of("5А", 1L, "6Б", 2L),
            Map.of("40000001", NumberUse.OTHER_SCHOOL, "30000009", NumberUse.RETIRED),
            Map.of(104L, "LOW_INCOME"));

    @Test
    void everyBadRowIsNamedWithItsLineAndWhatIsWrongAndNothingIsPlanned() {
        ImportPlan plan = ImportPlan.of(List.of(
                line(2, "", "Иван", "5А", "", ""),
                line(3, "Петров", "", "5А", "", ""),
                line(4, "Петров".repeat(40), "Иван", "5А", "", ""),
                line(5, "Смирнов", "Олег", "", "", ""),
                line(6, "Смирнов", "Олег", "5АБ", "", ""),
                line(7, "Смирнов", "Олег", "12А", "", ""),
                line(8, "Смирнов", "Олег", "7В", "1234", ""),
                line(9, "Смирнов", "Олег", "7В", "30000005", ""),
                line(10, "Смирнова", "Ольга", "7В", "30000005", ""),
                line(11, "Смирнов", "Олег", "7В", "40000001", ""),
                line(12, "Смирнов", "Олег", "7В", "30000009", ""),
                line(13, "Смирнов", "Пётр", "7В", "", "отличник"),
                line(14, "Лебедев", "Иван", "8Г", "", ""),
                line(15, "Лебедев", "Иван", "8г", "", ""),
                line(16, "Кузнецов", "Дмитрий", "9Д", "", "")), ROLL, RULES);

        assertThat(plan.isClean()).isFalse();
        assertThat(plan.problems()).extracting(RowProblem::line, RowProblem::code, RowProblem::value, RowProblem::otherLine)
                .containsExactly(
                        tuple(2, Code.SURNAME_MISSING, "", 0),
                        tuple(3, Code.NAME_MISSING, "", 0),
                        tuple(4, Code.NAME_TOO_LONG, "245", 0),
                        tuple(5, Code.CLASS_MISSING, "", 0),
                        tuple(6, Code.CLASS_MALFORMED, "5АБ", 0),
                        tuple(7, Code.CLASS_UNKNOWN, "12А", 0),
                        tuple(8, Code.NUMBER_MALFORMED, "1234", 0),
                        tuple(10, Code.NUMBER_REPEATED, "30000005", 9),
                        tuple(11, Code.NUMBER_OTHER_SCHOOL, "40000001", 0),
                        tuple(12, Code.NUMBER_RETIRED, "30000009", 0),
                        tuple(13, Code.CATEGORY_UNKNOWN, "отличник", 0),
                        tuple(15, Code.PUPIL_REPEATED, "Лебедев Иван", 14),
                        tuple(16, Code.PUPIL_AMBIGUOUS, "Кузнецов Дмитрий", 0));
    }

    @Test
    void aCleanFileSaysWhoIsNewWhoMovesWhoIsRenamedWhichClassesAreCreatedAndWhichBenefitsChange() {
        ImportPlan plan = ImportPlan.of(List.of(
                line(2, "Петров", "Иван", "6б", "30000001", "многодетная семья"),
                line(3, "Кузнецов", "Дмитрий", "5А", "30000002", "платно"),
                line(4, "Кузнецов", "Дмитрий", "5-а", "30000003", ""),
                line(5, "Орлова", "Вера", "6Б", "", "Сотрудник"),
                line(6, "Новикова", "Анна", "1A", "", "LARGE_FAMILY"),
                line(7, "Новиков", "Борис", "1А", "30000100", "large family"),
                line(8, "Белов", "Павел", "", "", "сотрудник")), ROLL, RULES);

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.newClasses()).extracting(ClassName::text).containsExactly("1А");
        assertThat(plan.arrivals()).extracting(ImportPlan.Arrival::fullName, arrival -> arrival.className() == null ? null
                        : arrival.className().text(), ImportPlan.Arrival::staff, ImportPlan.Arrival::number,
                ImportPlan.Arrival::benefitCode)
                .containsExactly(tuple("Новикова Анна", "1А", false, null, "LARGE_FAMILY"),
                        tuple("Новиков Борис", "1А", false, "30000100", "LARGE_FAMILY"),
                        tuple("Белов Павел", null, true, null, null));
        assertThat(plan.relistings()).extracting(ImportPlan.Relisting::cardId, ImportPlan.Relisting::staff)
                .containsExactly(tuple(101L, false), tuple(104L, true));
        assertThat(plan.grants()).isEqualTo(Map.of(101L, "LARGE_FAMILY"));
        assertThat(plan.ends()).containsExactly(104L);
        assertThat(plan.summary()).isEqualTo(new ImportSummary(7, 3, 2, 1, 0, 1, 1, 3, 1, 2));
        assertThat(plan.summary().nothingToChange()).isFalse();
    }

    @Test
    void aPupilWithoutANumberIsFoundByNameAndAmongNamesakesByClass() {
        ImportPlan plan = ImportPlan.of(List.of(line(2, "ПЕТРОВ", "иван", "6Б", "", ""), line(3, "Орлова", "Вера", "6Б", "", "")),
                ROLL, RULES);

        assertThat(plan.relistings()).extracting(ImportPlan.Relisting::cardId, ImportPlan.Relisting::fullName)
                .containsExactly(tuple(101L, "ПЕТРОВ иван"));
        assertThat(plan.summary().moved()).isEqualTo(1);
        assertThat(plan.summary().renamed()).as("written in capitals now").isEqualTo(1);
        assertThat(plan.ends()).as("Вера pays from now: the row names no benefit").containsExactly(104L);
    }

    @Test
    void theSameFilePlannedAgainOnTheRollItLeftChangesNothing() {
        List<PupilLine> file = List.of(
                line(2, "Петров", "Иван", "6Б", "30000001", "многодетная семья"),
                line(3, "Новикова", "Анна", "1А", "", ""),
                line(4, "Новикова", "Анна", "2А", "", "малоимущая семья"),
                line(5, "Белов", "Павел", "", "", "сотрудник"),
                line(6, "Кузнецов", "Дмитрий", "5А", "30000003", ""));
        ImportPlan first = ImportPlan.of(file, ROLL, RULES);
        assertThat(first.problems()).isEmpty();

        ImportPlan second = ImportPlan.of(file, applied(ROLL, first), RULES);

        assertThat(second.problems()).isEmpty();
        assertThat(second.summary().nothingToChange()).isTrue();
        assertThat(second.summary().unchanged()).isEqualTo(5);
        assertThat(second.arrivals()).isEmpty();
        assertThat(second.relistings()).isEmpty();
        assertThat(second.grants()).isEmpty();
        assertThat(second.ends()).isEmpty();
    }

    @Test
    void categoriesAreReadByNameOrCodeInEitherLanguageAndClassesWithLatinLookAlikes() {
        assertThat(RULES.category("Многодетная   семья").orElseThrow().benefitCode()).isEqualTo("LARGE_FAMILY");
        assertThat(RULES.category("low_income").orElseThrow().benefitCode()).isEqualTo("LOW_INCOME");
        assertThat(RULES.category("ПЛАТНО").orElseThrow().benefitCode()).isNull();
        assertThat(RULES.category("сотрудник").orElseThrow().kind()).isEqualTo(org.cardhub.school.entity.PupilCategory.STAFF);
        assertThat(RULES.category("бесплатно")).isEmpty();
        assertThat(PupilLineRules.className("10b")).map(ClassName::text).contains("10В");
        assertThat(PupilLineRules.className("5 - a")).map(ClassName::text).contains("5А");
        assertThat(PupilLineRules.className("0А")).isEmpty();
    }

    /** The roll after the plan was applied: the classes created, the cards made and changed, the benefits set. */
    private static SchoolRoll applied(SchoolRoll roll, ImportPlan plan) {
        Map<String, Long> classes = new HashMap<>(roll.classIds());
        plan.newClasses().forEach(name -> classes.put(name.text(), 100L + classes.size()));
        Map<Long, String> benefits = new HashMap<>(roll.benefits());
        plan.ends().forEach(benefits::remove);
        benefits.putAll(plan.grants());
        List<Rolled> cards = new ArrayList<>();
        for (Rolled card : roll.cards()) {
            ImportPlan.Relisting change = plan.relistings().stream().filter(relisting -> relisting.cardId() == card.cardId())
                    .findFirst().orElse(null);
            cards.add(change == null ? card : new Rolled(card.cardId(), card.number(), change.fullName(), change.staff(),
                    change.className() == null ? null : classes.get(change.className().text())));
        }
        long next = 500;
        for (ImportPlan.Arrival arrival : plan.arrivals()) {
            long cardId = next++;
            cards.add(new Rolled(cardId, arrival.number() == null ? "3100" + cardId : arrival.number(), arrival.fullName(),
                    arrival.staff(), arrival.className() == null ? null : classes.get(arrival.className().text())));
            if (arrival.benefitCode() != null) {
                benefits.put(cardId, arrival.benefitCode());
            }
        }
        return new SchoolRoll(cards, classes, roll.numbersElsewhere(), benefits);
    }

    private static PupilLine line(int line, String surname, String name, String className, String number, String category) {
        return new PupilLine(line, surname, name, "", className, number, category);
    }
}
