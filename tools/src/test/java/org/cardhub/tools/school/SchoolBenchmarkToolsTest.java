package org.cardhub.tools.school;

import org.cardhub.cards.entity.CardNumber;
import org.cardhub.tools.school.Canteen.Meal;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The school benchmark's calendar, day plans, dishes, people, import file and COPY lines. */
class SchoolBenchmarkToolsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final List<LocalDate> YEAR = SchoolCalendar.schoolDaysBefore(TODAY, 365);

    @Test
    void cardNumbersOfTheDemoAndTheBenchmarkAreLuhnValidAndNeverTheTestsUnknownCard() {
        List<String> demo = List.of("7005990000002016", "7005990000002263", "7005990000003014", "7005990000003022");
        assertThat(demo).allMatch(SchoolBenchmarkToolsTest::luhn);
        Set<String> generated = new HashSet<>();
        LongStream.rangeClosed(1_000_001, 1_001_530).mapToObj(seq -> CardNumber.generate("700599", seq).digits())
                .forEach(generated::add);
        assertThat(generated).hasSize(1_530).allMatch(SchoolBenchmarkToolsTest::luhn).doesNotContain("7005990099999999");
        assertThat(luhn("7005990000000069")).isTrue();
        assertThat(luhn("7005990000000068")).isFalse();
    }

    @Test
    void aSchoolYearIsItsWeekdaysOutsideTheSummerAndTheHolidays() {
        assertThat(YEAR).hasSizeBetween(175, 195).allMatch(day -> day.isBefore(TODAY) && !day.isBefore(TODAY.minusDays(365)))
                .noneMatch(day -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY)
                .noneMatch(day -> day.getMonth() == Month.JULY || day.getMonth() == Month.JUNE || day.getMonth() == Month.AUGUST)
                .doesNotContain(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 11, 4), LocalDate.of(2025, 12, 31));
        assertThat(YEAR).contains(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 4));
        assertThat(SchoolCalendar.schoolDaysBefore(TODAY, 365)).isEqualTo(YEAR);
    }

    @Test
    void aPupilsDayFollowsFromTheirNumberAndTheDayAndKeepsToTheSchoolsHours() {
        int days = 0;
        int absent = 0;
        int late = 0;
        int early = 0;
        for (LocalDate day : YEAR) {
            for (int pupil = 0; pupil < People.PUPILS; pupil++) {
                boolean beneficiary = People.benefitOf(pupil) != null;
                DayPlan plan = DayPlan.pupil(pupil, day, beneficiary, true);
                assertThat(DayPlan.pupil(pupil, day, beneficiary, true)).isEqualTo(plan);
                days++;
                if (!plan.present()) {
                    absent++;
                    assertThat(plan.buys()).isEmpty();
                    continue;
                }
                late += plan.late() ? 1 : 0;
                early += plan.leftEarly() ? 1 : 0;
                assertThat(plan.entry()).isBetween(7 * 60 + 40, 8 * 60 + 55);
                assertThat(plan.exit()).isBetween(11 * 60 + 30, 16 * 60 + 35);
                assertThat(plan.buys()).allMatch(buy -> buy.minute() > plan.entry() && buy.minute() < plan.exit()
                        || buy.meal() == Meal.FREE);
                assertThat(plan.buys().stream().filter(buy -> buy.meal() == Meal.FREE).count()).isEqualTo(beneficiary ? 1 : 0);
                long paid = plan.buys().stream().filter(buy -> buy.meal() != Meal.FREE)
                        .mapToLong(buy -> buy.meal().price(day.getDayOfWeek())).sum();
                assertThat(paid).as("within a pupil's 300 ₽ a day").isLessThanOrEqualTo(30_000);
            }
        }
        assertThat(absent * 100.0 / days).isBetween(4.0, 9.0);
        assertThat(late * 100.0 / (days - absent)).isBetween(6.0, 11.0);
        assertThat(early * 100.0 / (days - absent)).isBetween(5.0, 9.0);
    }

    @Test
    void aPupilWhoMayNotBuyAtTheBuffetNeverDoesAndTheStaffBuyWithoutPasses() {
        for (LocalDate day : YEAR) {
            assertThat(DayPlan.pupil(1, day, true, false).buys()).noneMatch(buy -> buy.meal() == Meal.BUFFET);
            DayPlan staff = DayPlan.staff(2, day);
            assertThat(staff.present()).isFalse();
            assertThat(staff.buys()).allMatch(buy -> buy.meal() == Meal.SOUP_AND_MAIN);
        }
    }

    @Test
    void theFreeComplexCostsWhatTheDemoMenusSay() {
        assertThat(IntStream.rangeClosed(1, 5).mapToLong(day -> Meal.FREE.price(DayOfWeek.of(day))).toArray())
                .containsExactly(17_500, 17_500, 18_500, 18_000, 20_500);
        assertThat(Meal.FREE.category(DayOfWeek.MONDAY)).isEqualTo("FREE_MEAL");
        assertThat(Meal.BUFFET.category(DayOfWeek.FRIDAY)).isEqualTo("BUFFET");
        assertThat(Meal.COMPLEX.dishes(DayOfWeek.TUESDAY)).extracting(Canteen.Dish::name)
                .containsExactly("Борщ со сметаной", "Тефтели с рисом", "Кисель ягодный");
    }

    @Test
    void fifteenHundredPupilsFillFiftyClassesOfThirtyAndTheFirstFourGradesEatFree() {
        Set<String> classes = new HashSet<>();
        for (int n = 0; n < People.PUPILS; n++) {
            classes.add(People.className(n));
            assertThat(People.className(n)).matches("(10|[1-9])[АБВГД]");
            if (People.grade(n) <= 4) {
                assertThat(People.benefitOf(n)).isEqualTo("PRIMARY_GRADES");
            }
        }
        assertThat(classes).hasSize(50).contains("1А", "5А", "10Д");
        assertThat(People.className(29)).isEqualTo("1А");
        assertThat(People.className(30)).isEqualTo("1Б");
        assertThat(People.name(0)[2]).endsWith("ич");
        assertThat(People.name(1)[0]).endsWith("а");
        assertThat(People.name(1)[2]).endsWith("на");
    }

    @Test
    void theImportFileHasTheHeaderAndOnePupilALineWithANumberOfTheirOwn() {
        assertThat(ImportFile.HEADER).isEqualTo("Фамилия;Имя;Отчество;Класс;Номер договора;Категория");
        Set<String> numbers = new HashSet<>();
        for (int n = 0; n < People.PUPILS; n++) {
            String[] fields = ImportFile.line(n).split(";", -1);
            assertThat(fields).hasSize(6).doesNotContain("");
            assertThat(fields[4]).matches("\\d{8}");
            assertThat(fields[5]).isIn(ImportFile.PAID, ImportFile.FREE);
            numbers.add(fields[4]);
        }
        assertThat(numbers).hasSize(1_500);
        assertThat(ImportFile.line(0)).startsWith("Иванов;").endsWith(";1А;90230001;многодетная семья");
    }

    @Test
    void copyLinesEscapeWhatCopyReadsAndMarkNulls() {
        StringBuilder out = new StringBuilder();
        YearWriter.row(out, 1, null, "a\tb\\c\nd", "Щи");
        assertThat(out).hasToString("1\t\\N\ta\\tb\\\\c\\nd\tЩи\n");
    }

    @Test
    void thePagesAreAskedForWholeWeeksAndMonthsOfTheYear() {
        LocalDate from = YEAR.get(0);
        LocalDate to = YEAR.get(YEAR.size() - 1);
        List<LocalDate> mondays = SchoolPagesBenchmark.weeks(from, to);
        assertThat(mondays).allMatch(monday -> monday.getDayOfWeek() == DayOfWeek.MONDAY && !monday.isBefore(from)
                && !monday.plusDays(4).isAfter(to)).hasSizeBetween(30, 45);
        List<YearMonth> months = SchoolPagesBenchmark.months(from, to);
        assertThat(months).contains(YearMonth.of(2026, 1), YearMonth.of(2026, 11)).doesNotContain(YearMonth.of(2026, 7),
                YearMonth.of(2025, 12), YearMonth.of(2026, 12));
        long[] hundred = LongStream.rangeClosed(1, 100).toArray();
        assertThat(SchoolPagesBenchmark.percentile(hundred, 95)).isEqualTo(95);
    }

    private static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
