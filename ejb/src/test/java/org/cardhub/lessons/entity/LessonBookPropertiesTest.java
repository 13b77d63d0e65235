package org.cardhub.lessons.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.refusal.Refusal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.Size;

/**
 * Purchases, visits, cancellations and the passage of time in any order: the consumption rules and the revenue they
 * recognise hold after every step, a refused step changes nothing, and cancelling every visit returns every lesson.
 */
class LessonBookPropertiesTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    sealed interface Step permits Buy, Attend, Cancel, PassTime {
    }

    record Buy(long subscriptionId, int lessons, int validDays, long priceKopecks, int firstDay, boolean settlesDebts)
            implements Step {
    }

    record Attend(long lessonId, int day) implements Step {
    }

    record Cancel(long lessonId) implements Step {
    }

    record PassTime(int day) implements Step {
    }

    /** What a step may not change when it is refused. */
    record Snapshot(List<Visit> history, List<String> subscriptions) {
        static Snapshot of(LessonBook book) {
            return new Snapshot(book.history(), book.subscriptions().stream()
                    .map(s -> s.id() + ":" + s.lessonsConsumed() + ":" + s.isExpired() + ":" + s.recognisedRevenue())
                    .toList());
        }
    }

    @Property(tries = 1000)
    void noStepEverBreaksTheConsumptionRules(@ForAll @Size(max = 60) List<@From("steps") Step> steps) {
        LessonBook book = new LessonBook();
        Map<Long, Integer> consumedAtExpiry = new HashMap<>();
        boolean refused = false;
        boolean usedUp = false;
        boolean settled = false;

        for (Step step : steps) {
            Snapshot before = Snapshot.of(book);
            int paidVisitsBefore = paidVisits(book);
            try {
                apply(book, step, consumedAtExpiry);
            } catch (Refusal refusal) {
                assertThat(Snapshot.of(book)).as("a refused %s changes nothing", step).isEqualTo(before);
                refused = true;
                continue;
            }
            settled |= step instanceof Buy && paidVisits(book) > paidVisitsBefore;
            if (step instanceof Attend) {
                assertThat(paidVisits(book) - paidVisitsBefore).as("a visit consumes at most one lesson").isBetween(0, 1);
            }
            assertRulesHold(book, consumedAtExpiry);
            usedUp |= book.subscriptions().stream().anyMatch(subscription -> subscription.lessonsLeft() == 0);
        }
        // The interesting cases must come up often enough for the property to prove anything.
        Statistics.label("a step refused").collect(refused).coverage(seen -> seen.check(true).percentage(p -> p > 10));
        Statistics.label("a subscription used up").collect(usedUp).coverage(seen -> seen.check(true).percentage(p -> p > 10));
        Statistics.label("a subscription expired").collect(!consumedAtExpiry.isEmpty())
                .coverage(seen -> seen.check(true).percentage(p -> p > 10));
        Statistics.label("a debt settled by a purchase").collect(settled)
                .coverage(seen -> seen.check(true).percentage(p -> p > 5));
        Statistics.label("a debt at the end").collect(!book.lessonsInDebt().isEmpty())
                .coverage(seen -> seen.check(true).percentage(p -> p > 10));

        cancelEveryVisit(book);
    }

    private static void apply(LessonBook book, Step step, Map<Long, Integer> consumedAtExpiry) {
        if (step instanceof Buy buy) {
            Subscription bought = new Subscription(buy.subscriptionId(), buy.lessons(), day(buy.firstDay()),
                    day(buy.firstDay() + buy.validDays() - 1), Amount.ofMinorUnits(buy.priceKopecks(), Currency.RUB));
            List<Visit> settled = book.buy(bought,
                    buy.settlesDebts() ? DebtRule.NEXT_SUBSCRIPTION_SETTLES : DebtRule.DEBT_STAYS);
            settled.forEach(visit -> assertThat(bought.isValidOn(visit.date()))
                    .as("a debt is settled only by a subscription valid on its date").isTrue());
            if (buy.settlesDebts() && book.lessonsInDebt().stream().anyMatch(debt -> bought.isValidOn(debt.date()))) {
                assertThat(bought.lessonsLeft()).as("a settling subscription leaves a debt of its days only when used up")
                        .isZero();
            }
        } else if (step instanceof Attend attend) {
            Map<Long, Boolean> expiredBefore = new HashMap<>();
            book.subscriptions().forEach(s -> expiredBefore.put(s.id(), s.isExpired()));
            Visit visit = book.visit(attend.lessonId(), day(attend.day()));
            visit.subscriptionId().ifPresent(id -> {
                assertThat(expiredBefore.get(id)).as("an expired subscription pays for nothing").isFalse();
                assertThat(book.find(id).orElseThrow().isValidOn(visit.date()))
                        .as("a subscription pays only for lessons on its valid days").isTrue();
            });
        } else if (step instanceof Cancel cancel) {
            book.cancel(cancel.lessonId());
        } else if (step instanceof PassTime passTime) {
            book.passTime(day(passTime.day())).forEach(s -> consumedAtExpiry.put(s.id(), s.lessonsConsumed()));
        }
    }

    private static void assertRulesHold(LessonBook book, Map<Long, Integer> consumedAtExpiry) {
        for (Subscription subscription : book.subscriptions()) {
            long paidVisits = book.history().stream()
                    .filter(visit -> visit.subscriptionId().orElse(-1L) == subscription.id()).count();
            assertThat(subscription.lessonsConsumed()).as("never more lessons consumed than bought")
                    .isBetween(0, subscription.lessonsBought());
            assertThat((long) subscription.lessonsConsumed()).as("each lesson consumed by exactly one visit")
                    .isEqualTo(paidVisits);
            if (consumedAtExpiry.containsKey(subscription.id())) {
                assertThat(subscription.lessonsConsumed()).as("nothing consumed after expiry")
                        .isLessThanOrEqualTo(consumedAtExpiry.get(subscription.id()));
            }
            Amount recognised = subscription.recognisedRevenue();
            assertThat(recognised.isNegative()).isFalse();
            assertThat(recognised.isGreaterThan(subscription.price())).as("revenue never beyond the price").isFalse();
            if (subscription.lessonsLeft() == 0) {
                assertThat(recognised).as("all lessons consumed recognise the price").isEqualTo(subscription.price());
            }
            Amount ofItsVisits = book.history().stream().flatMap(visit -> visit.paidFrom().stream())
                    .filter(consumption -> consumption.subscriptionId() == subscription.id())
                    .map(Consumption::revenue).reduce(Amount.zero(Currency.RUB), Amount::plus);
            assertThat(recognised).as("recognised is what its visits recognised").isEqualTo(ofItsVisits);
        }
    }

    private static void cancelEveryVisit(LessonBook book) {
        book.history().forEach(visit -> book.cancel(visit.lessonId()));

        assertThat(book.history()).isEmpty();
        assertThat(book.subscriptions()).allSatisfy(subscription -> {
            assertThat(subscription.lessonsLeft()).isEqualTo(subscription.lessonsBought());
            assertThat(subscription.recognisedRevenue().isZero()).isTrue();
        });
    }

    private static int paidVisits(LessonBook book) {
        return book.subscriptions().stream().mapToInt(Subscription::lessonsConsumed).sum();
    }

    private static LocalDate day(int offset) {
        return START.plusDays(offset);
    }

    @Provide
    Arbitrary<Step> steps() {
        Arbitrary<Integer> day = Arbitraries.integers().between(0, 60);
        Arbitrary<Long> lessonId = Arbitraries.longs().between(1, 25);
        Arbitrary<Step> buy = Combinators.combine(Arbitraries.longs().between(1, 6), Arbitraries.integers().between(1, 6),
                        Arbitraries.integers().between(1, 25), Arbitraries.longs().between(1, 500_000), day,
                        Arbitraries.of(true, false))
                .as(Buy::new);
        return Arbitraries.frequencyOf(
                Tuple.of(2, buy),
                Tuple.of(5, Combinators.combine(lessonId, day).as(Attend::new)),
                Tuple.of(2, lessonId.map(Cancel::new)),
                Tuple.of(1, day.map(PassTime::new)));
    }
}
