package org.cardhub.school.entity;

import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a pupil's day is put together from the ledger and the turnstile: a fare is a trip and not a meal, top-ups and
 * transfers are told apart from spending, a purchase taken back is shown cancelled and counted nowhere, and the sums
 * of the day's summary follow.
 */
class DayBookTest {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);

    @Test
    void aFareIsATripACanteenSaleAMealAndAnythingElseAPurchase() {
        assertThat(spend(1, "TRANSPORT", 3_500).dayKind()).isEqualTo(DayEvent.Kind.TRIP);
        assertThat(spend(2, "HOT_MEAL", 7_000).dayKind()).isEqualTo(DayEvent.Kind.MEAL);
        assertThat(spend(3, "buffet", 2_500).dayKind()).as("whatever case the terminal sent").isEqualTo(DayEvent.Kind.MEAL);
        assertThat(spend(4, "DRINK", 1_250).dayKind()).isEqualTo(DayEvent.Kind.MEAL);
        assertThat(spend(5, "GOODS", 9_900).dayKind()).isEqualTo(DayEvent.Kind.PURCHASE);
        assertThat(spend(6, null, 9_900).dayKind()).isEqualTo(DayEvent.Kind.PURCHASE);
    }

    @Test
    void moneyPaidInIsATopUpAndMoneyTakenForAnythingElseACharge() {
        assertThat(moved(1, EntryKind.TOP_UP, true, 50_000).dayKind()).isEqualTo(DayEvent.Kind.TOP_UP);
        assertThat(moved(2, EntryKind.AUTO_TOP_UP, true, 30_000).dayKind()).isEqualTo(DayEvent.Kind.TOP_UP);
        assertThat(moved(3, EntryKind.CORRECTION, true, -6_000).dayKind()).as("a fee, as the ledger books it today")
                .isEqualTo(DayEvent.Kind.CHARGE);
        assertThat(moved(4, EntryKind.CORRECTION, true, 1_000).dayKind()).isEqualTo(DayEvent.Kind.CREDIT);
    }

    @Test
    void aSiblingsTransferComesInOnOneCardAndGoesOutOnTheOther() {
        assertThat(moved(1, EntryKind.TRANSFER, false, 20_000).dayKind()).isEqualTo(DayEvent.Kind.TRANSFER_IN);
        assertThat(moved(1, EntryKind.TRANSFER, true, -20_000).dayKind()).isEqualTo(DayEvent.Kind.TRANSFER_OUT);
        assertThat(moved(2, EntryKind.REISSUE, false, 120_000).dayKind()).as("the balance of the card it replaced")
                .isEqualTo(DayEvent.Kind.TRANSFER_IN);
    }

    @Test
    void moneyMovedBetweenTheCardsOwnPursesIsNeitherInNorOut() {
        Movement move = Movement.of(1, EntryKind.TRANSFER, at("10:00"), true, null, "parent", null, 10_000)
                .plus(-10_000).plus(10_000);

        List<DayEvent> events = DayBook.events(List.of(move), List.of(), Map.of(), Set.of(), true);

        assertThat(events).extracting(DayEvent::kind).containsExactly(DayEvent.Kind.PURSE_MOVE);
        assertThat(events.get(0).amount()).as("what was moved").isEqualTo(rub(10_000));
        DaySummary summary = DaySummary.of(DAY, events);
        assertThat(summary.toppedUp()).isEqualTo(rub(0));
        assertThat(summary.sentAway()).isEqualTo(rub(0));
    }

    @Test
    void theSummaryCountsMealsAndTripsAndAddsWhatEachCostAndWhatCameIn() {
        List<Movement> movements = List.of(
                moved(1, EntryKind.TOP_UP, true, 50_000, "07:40"),
                spend(2, "TRANSPORT", 3_500, "07:55"),
                spend(3, "HOT_MEAL", 7_000, "10:15"),
                spend(4, "BUFFET", 2_500, "12:30"),
                spend(5, "TRANSPORT", 3_500, "15:10"),
                spend(6, "GOODS", 9_900, "16:00"),
                moved(7, EntryKind.TRANSFER, false, 20_000, "18:00"),
                moved(8, EntryKind.TRANSFER, true, -5_000, "19:00"));

        DaySummary summary = DaySummary.of(DAY, DayBook.events(movements, List.of(), Map.of(), Set.of(), true));

        assertThat(summary.meals()).isEqualTo(2);
        assertThat(summary.spentOnMeals()).isEqualTo(rub(9_500));
        assertThat(summary.trips()).isEqualTo(2);
        assertThat(summary.spentOnTrips()).isEqualTo(rub(7_000));
        assertThat(summary.spentOther()).isEqualTo(rub(9_900));
        assertThat(summary.toppedUp()).as("the top-up and the sibling's transfer").isEqualTo(rub(70_000));
        assertThat(summary.sentAway()).isEqualTo(rub(5_000));
        assertThat(summary.events()).isEqualTo(8);
    }

    @Test
    void aPurchaseTakenBackTheSameDayIsShownCancelledOnceAndCountsNowhere() {
        Movement meal = spend(1, "HOT_MEAL", 7_000, "10:15");
        Movement reversal = Movement.of(2, EntryKind.REVERSAL, at("10:20"), true, "HOT_MEAL", "terminal:CANTEEN-0001", 1L, 7_000)
                .plus(7_000);

        List<DayEvent> events = DayBook.events(List.of(meal, reversal), List.of(), Map.of(), Set.of(1L), true);

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(DayEvent.Kind.MEAL);
            assertThat(event.cancelled()).isTrue();
        });
        DaySummary summary = DaySummary.of(DAY, events);
        assertThat(summary.meals()).isZero();
        assertThat(summary.spentOnMeals()).isEqualTo(rub(0));
    }

    @Test
    void aPurchaseTakenBackOnALaterDayShowsItsCancellationThereCountedNeitherAsTopUpNorAsSpending() {
        Movement reversal = Movement.of(2, EntryKind.REVERSAL, at("09:00"), true, "HOT_MEAL", "terminal:CANTEEN-0001", 1L, 7_000)
                .plus(7_000);

        List<DayEvent> events = DayBook.events(List.of(reversal), List.of(), Map.of(), Set.of(), true);

        assertThat(events).extracting(DayEvent::kind).containsExactly(DayEvent.Kind.CANCELLATION);
        assertThat(events.get(0).amount()).isEqualTo(rub(7_000));
        DaySummary summary = DaySummary.of(DAY, events);
        assertThat(summary.toppedUp()).isEqualTo(rub(0));
        assertThat(summary.spentOther()).isEqualTo(rub(0));
    }

    @Test
    void passesGiveTheFirstEntryAndTheLastExitAndEverythingComesInTimeOrder() {
        List<Attendance> passes = List.of(pass("14:30", Attendance.Direction.EXIT), pass("07:58", Attendance.Direction.ENTRY),
                pass("12:00", Attendance.Direction.EXIT), pass("12:40", Attendance.Direction.ENTRY));

        List<DayEvent> events = DayBook.events(List.of(spend(1, "HOT_MEAL", 7_000, "10:15")), passes,
                Map.of(1L, List.of(new Dish("Борщ", 1, rub(4_500)), new Dish("Компот", 2, rub(1_250)))), Set.of(), true);

        assertThat(events).extracting(DayEvent::kind).containsExactly(DayEvent.Kind.ENTRY, DayEvent.Kind.MEAL,
                DayEvent.Kind.EXIT, DayEvent.Kind.ENTRY, DayEvent.Kind.EXIT);
        assertThat(events.get(1).dishes()).extracting(Dish::total).containsExactly(rub(4_500), rub(2_500));
        assertThat(events.get(1).terminalId()).isEqualTo("CANTEEN-0001");
        DaySummary summary = DaySummary.of(DAY, events);
        assertThat(summary.firstEntry()).isEqualTo(at("07:58"));
        assertThat(summary.lastExit()).isEqualTo(at("14:30"));
    }

    @Test
    void aFreeMealPaidByTheSchoolIsAMealThatCostThePupilNothing() {
        Movement free = Movement.of(1, EntryKind.PURCHASE, at("11:00"), true, "HOT_MEAL", "terminal:CANTEEN-0001", null, 8_000);

        List<DayEvent> events = DayBook.events(List.of(free), List.of(), Map.of(), Set.of(), true);

        assertThat(events.get(0).kind()).isEqualTo(DayEvent.Kind.MEAL);
        assertThat(events.get(0).amount()).isEqualTo(rub(0));
        assertThat(DaySummary.of(DAY, events).meals()).isEqualTo(1);
    }

    @Test
    void aCardWithoutPursesOfItsOwnShowsWhatItsPurchasesWereBookedWith() {
        Movement fare = Movement.of(1, EntryKind.PURCHASE, at("08:00"), true, "TRANSPORT", "terminal:BUS-0001", null, 3_500);

        assertThat(DayBook.events(List.of(fare), List.of(), Map.of(), Set.of(), false).get(0).amount()).isEqualTo(rub(-3_500));
    }

    @Test
    void aMomentAfterMidnightInVladivostokBelongsToTheNextSchoolDay() {
        Instant halfPastMidnight = Instant.parse("2026-12-06T14:30:00Z");
        DayWindow week = new DayWindow(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 8), VLADIVOSTOK);

        List<DaySummary> days = DayBook.days(week, DayBook.events(List.of(Movement.of(1, EntryKind.PURCHASE, halfPastMidnight,
                true, "BUFFET", null, null, 2_500).plus(-2_500)), List.of(), Map.of(), Set.of(), true));

        assertThat(days).extracting(DaySummary::date).containsExactly(LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 6), LocalDate.of(2026, 12, 5));
        assertThat(days).extracting(DaySummary::meals).containsExactly(0, 1, 0, 0);
        assertThat(days.get(2).isQuiet()).isTrue();
    }

    private static Movement spend(long id, String category, long kopecks) {
        return spend(id, category, kopecks, "12:00");
    }

    private static Movement spend(long id, String category, long kopecks, String time) {
        return Movement.of(id, EntryKind.PURCHASE, at(time), true, category, "terminal:CANTEEN-0001", null, kopecks).plus(-kopecks);
    }

    private static Movement moved(long id, EntryKind kind, boolean ofThisCard, long kopecks) {
        return moved(id, kind, ofThisCard, kopecks, "12:00");
    }

    private static Movement moved(long id, EntryKind kind, boolean ofThisCard, long kopecks, String time) {
        return Movement.of(id, kind, at(time), ofThisCard, null, "parent", null, Math.abs(kopecks)).plus(kopecks);
    }

    private static Attendance pass(String time, Attendance.Direction direction) {
        return new Attendance(1, "GATE-0001", time, direction, at(time), at(time));
    }

    private static Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(VLADIVOSTOK).toInstant();
    }

    private static Amount rub(long kopecks) {
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }
}
