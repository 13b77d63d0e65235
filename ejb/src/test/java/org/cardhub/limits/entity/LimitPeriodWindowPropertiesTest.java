package org.cardhub.limits.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LimitPeriodWindowPropertiesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    // Russia last moved its clocks on 26 October 2014 (that Moscow day had 25 hours); from November on,
    // every Russian day is 24 hours and every month exactly its number of days.
    private static final Instant RUSSIA_FIXED_OFFSETS = Instant.parse("2014-11-01T00:00:00Z");

    @Property(tries = 2000)
    void windowContainsTheInstantAndStartsAtLocalMidnight(@ForAll("windowedPeriods") LimitPeriod period,
                                                          @ForAll("instants") Instant instant,
                                                          @ForAll("zones") ZoneId zone) {
        PeriodWindow window = period.windowContaining(instant, zone);

        assertThat(window.contains(instant)).isTrue();
        assertThat(window.start()).isEqualTo(LocalDate.ofInstant(window.start(), zone).atStartOfDay(zone).toInstant());
    }

    @Property(tries = 2000)
    void consecutiveWindowsTileWithoutGapsOrOverlaps(@ForAll("windowedPeriods") LimitPeriod period,
                                                     @ForAll("instants") Instant instant,
                                                     @ForAll("zones") ZoneId zone) {
        PeriodWindow window = period.windowContaining(instant, zone);

        assertThat(period.windowContaining(window.end(), zone).start()).isEqualTo(window.end());
        assertThat(period.windowContaining(window.start().minusNanos(1), zone).end()).isEqualTo(window.start());
        assertThat(period.windowContaining(window.start(), zone)).isEqualTo(window);
        assertThat(period.windowContaining(window.end().minusNanos(1), zone)).isEqualTo(window);
    }

    @Property
    void everyInstantInsideAWindowGivesTheSameWindow(@ForAll("windowedPeriods") LimitPeriod period,
                                                     @ForAll("instants") Instant instant,
                                                     @ForAll("zones") ZoneId zone,
                                                     @ForAll("fractions") double fraction) {
        PeriodWindow window = period.windowContaining(instant, zone);
        Instant inside = window.start().plusNanos((long) (window.length().toNanos() * fraction));

        assertThat(period.windowContaining(inside, zone)).isEqualTo(window);
    }

    @Property
    void weeksStartOnMondayAndMonthsOnTheFirst(@ForAll("instants") Instant instant, @ForAll("zones") ZoneId zone) {
        ZonedDateTime weekStart = LimitPeriod.WEEK.windowContaining(instant, zone).start().atZone(zone);
        ZonedDateTime monthStart = LimitPeriod.MONTH.windowContaining(instant, zone).start().atZone(zone);

        assertThat(weekStart.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(monthStart.getDayOfMonth()).isEqualTo(1);
    }

    @Property
    void dayInVladivostokStartsSevenHoursBeforeTheMoscowDayOfTheSameDate(@ForAll("recentInstants") Instant instant) {
        PeriodWindow moscow = LimitPeriod.DAY.windowContaining(instant, MOSCOW);
        PeriodWindow vladivostok = LimitPeriod.DAY.windowContaining(instant, VLADIVOSTOK);
        long hoursApart = Duration.between(vladivostok.start(), moscow.start()).toHours();

        assertThat(hoursApart).isIn(7L, -17L); // same local date, or Vladivostok already on the next one
        assertThat(moscow.length()).isEqualTo(Duration.ofHours(24));
        assertThat(vladivostok.length()).isEqualTo(Duration.ofHours(24));
    }

    @Property
    void berlinDaysAre23Or24Or25HoursAndOnly24OutsideClockChanges(@ForAll("recentInstants") Instant instant) {
        PeriodWindow day = LimitPeriod.DAY.windowContaining(instant, BERLIN);
        boolean clocksChange = !BERLIN.getRules().getOffset(day.start()).equals(BERLIN.getRules().getOffset(day.end()));

        assertThat(day.length()).isIn(Duration.ofHours(23), Duration.ofHours(24), Duration.ofHours(25));
        assertThat(day.length().equals(Duration.ofHours(24))).isEqualTo(!clocksChange);
    }

    @Property
    void monthLengthIsTheNumberOfDaysOfThatCalendarMonthInAFixedOffsetZone(@ForAll("recentInstants") Instant instant) {
        PeriodWindow month = LimitPeriod.MONTH.windowContaining(instant, MOSCOW);
        LocalDate first = LocalDate.ofInstant(month.start(), MOSCOW);

        assertThat(month.length()).isEqualTo(Duration.ofDays(first.lengthOfMonth()));
    }

    @Provide
    Arbitrary<LimitPeriod> windowedPeriods() {
        return Arbitraries.of(LimitPeriod.DAY, LimitPeriod.WEEK, LimitPeriod.MONTH);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs()
                .between(Instant.parse("1970-01-01T00:00:00Z").getEpochSecond(),
                        Instant.parse("2100-01-01T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<Instant> recentInstants() {
        return Arbitraries.longs()
                .between(RUSSIA_FIXED_OFFSETS.getEpochSecond(), Instant.parse("2040-01-01T00:00:00Z").getEpochSecond())
                .map(Instant::ofEpochSecond);
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        // Organisations' zones, plus zones with DST, southern-hemisphere DST, half-hour offsets, the date line
        // and a skipped day (Apia dropped 30 December 2011), and then every zone the JDK knows.
        List<String> chosen = List.of("Europe/Moscow", "Europe/Kaliningrad", "Europe/Samara", "Asia/Yekaterinburg",
                "Asia/Novosibirsk", "Asia/Vladivostok", "Asia/Kamchatka", "Europe/Berlin", "America/New_York",
                "America/Sao_Paulo", "Australia/Lord_Howe", "Asia/Kolkata", "Pacific/Apia", "Pacific/Kiritimati", "UTC");
        Set<String> all = ZoneId.getAvailableZoneIds();
        return Arbitraries.oneOf(Arbitraries.of(chosen), Arbitraries.of(all)).map(ZoneId::of);
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0.0, 1.0).filter(f -> f < 1.0);
    }
}
