package org.cardhub.bonus.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.LocalDate;
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
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Purchases, spends, returns and the passage of time in any order and at any pace (sometimes backwards): after every
 * step the points are never negative, no spend pays more than its share of the purchase or uses points outside their
 * spendable days, the statement adds up, the movements balance per currency and the holder's accounts are the
 * statement's; a refused step changes nothing; and returning every purchase leaves the holder no points.
 */
class PointsBookPropertiesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final Amount NO_POINTS = Amount.zero(Currency.POINTS);

    sealed interface Step permits Earn, Spend, Return, PassTime {
        int daysLater();
    }

    record Earn(int purchase, int daysLater, long kopecks, boolean inNetwork, boolean excludedLine) implements Step {
    }

    /** {@code wantedPerMille} of the purchase's amount; above 300 ‰ it asks more than points may pay. */
    record Spend(int purchase, int daysLater, long kopecks, int wantedPerMille) implements Step {
    }

    record Return(int purchase, int daysLater) implements Step {
    }

    record PassTime(int daysLater) implements Step {
    }

    /** What a refused step may not change. */
    record Snapshot(List<PointsMovement> movements, PointsStatement statement, List<Amount> lotsRemaining) {
        static Snapshot of(PointsBook book) {
            return new Snapshot(book.movements(), book.statement(),
                    book.lots().stream().map(PointsLot::remaining).toList());
        }
    }

    @Property(tries = 1000)
    void noStepEverBreaksThePointsRules(@ForAll @Size(max = 50) List<@From("steps") Step> steps) {
        PointsBook book = new PointsBook(BonusRules.KARI);
        LocalDate today = START;
        Seen seen = new Seen();

        for (Step step : steps) {
            LocalDate date = today.plusDays(step.daysLater());
            Snapshot before = Snapshot.of(book);
            try {
                apply(book, step, date, seen);
            } catch (BonusRefusal refusal) {
                assertThat(Snapshot.of(book)).as("a refused %s changes nothing", step).isEqualTo(before);
                seen.refused = true;
                continue;
            }
            today = date;
            assertRulesHold(book, today);
            seen.expired |= book.statement().expired().isPositive();
        }
        // The interesting cases must come up often enough for the property to prove anything.
        Statistics.label("a step refused").collect(seen.refused).coverage(c -> c.check(true).percentage(p -> p > 20));
        Statistics.label("a spend paid less than wanted").collect(seen.capped)
                .coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("points expired").collect(seen.expired).coverage(c -> c.check(true).percentage(p -> p > 10));
        Statistics.label("a return took back points from other lots").collect(seen.takenFromOthers)
                .coverage(c -> c.check(true).percentage(p -> p > 3));
        Statistics.label("a return fell short").collect(seen.shortfall)
                .coverage(c -> c.check(true).percentage(p -> p > 3));

        returnEveryPurchase(book, today.plusDays(1));
    }

    /** The interesting cases a run came across. */
    private static final class Seen {
        boolean refused;
        boolean capped;
        boolean expired;
        boolean takenFromOthers;
        boolean shortfall;
    }

    private static void apply(PointsBook book, Step step, LocalDate date, Seen seen) {
        if (step instanceof Earn earn) {
            List<PurchaseLine> lines = earn.excludedLine()
                    ? List.of(new PurchaseLine("Обувь", rub(earn.kopecks())), new PurchaseLine("Гигиена", rub(999)))
                    : List.of(new PurchaseLine("Обувь", rub(earn.kopecks())));
            Amount earned = book.earn(id(earn.purchase()), date, lines, earn.inNetwork());
            assertThat(earned).as("earned by the rate on the eligible line only")
                    .isEqualTo(BonusRules.KARI.pointsFor(List.of(lines.get(0)), earn.inNetwork()));
        } else if (step instanceof Spend spend) {
            Amount purchase = rub(spend.kopecks());
            Amount wanted = Amount.ofMinorUnits(spend.kopecks() * spend.wantedPerMille() / 1000, Currency.POINTS);
            PointsPayment payment = book.spend(id(spend.purchase()), date, purchase, wanted);
            assertThat(payment.points().isGreaterThan(BonusRules.KARI.maxPointsFor(purchase)))
                    .as("points never pay more than 30 %% of the purchase").isFalse();
            assertThat(payment.points().isGreaterThan(wanted)).as("never more than wanted").isFalse();
            for (PointsPayment.LotShare share : payment.shares()) {
                PointsLot lot = book.lots().get((int) share.lotId() - 1);
                assertThat(date).as("points spent only on their spendable days")
                        .isAfterOrEqualTo(lot.spendableFrom()).isBefore(lot.expiresOn());
            }
            seen.capped |= payment.points().isLessThan(wanted);
        } else if (step instanceof Return ret) {
            PurchaseReturn returned = book.returnPurchase(id(ret.purchase()), date);
            assertThat(returned.shortfall().isNegative()).isFalse();
            assertThat(returned.takenBack().isNegative()).isFalse();
            seen.shortfall |= returned.shortfall().isPositive();
            seen.takenFromOthers |= returned.movements().stream().anyMatch(m -> m.kind() == PointsMovement.Kind.TAKEN_BACK
                    && !m.purchaseId().equals(book.lots().get((int) m.lotId() - 1).purchaseId()));
        } else {
            book.passTime(date).forEach(lot -> assertThat(lot.remaining().isZero()).isTrue());
        }
    }

    private static void assertRulesHold(PointsBook book, LocalDate today) {
        PointsStatement statement = book.statement();
        for (PointsLot lot : book.lots()) {
            assertThat(lot.remaining().isNegative()).as("a lot never goes negative").isFalse();
            assertThat(lot.remaining().isGreaterThan(lot.earned())).as("a lot never holds more than it earned").isFalse();
            if (lot.isExpiredOn(today)) {
                assertThat(lot.remaining().isZero()).as("no points outlive their lot's expiry").isTrue();
            }
        }
        assertThat(book.movements()).allSatisfy(movement -> {
            assertThat(movement.points().isPositive()).isTrue();
            if (movement.kind() == PointsMovement.Kind.SPENT) {
                PointsLot lot = book.lots().get((int) movement.lotId() - 1);
                assertThat(movement.date()).as("no point spent after its 3 months").isBefore(lot.expiresOn());
            }
        });
        assertThat(statement.available().isNegative() || statement.pending().isNegative()).isFalse();
        assertThat(statement.earned().minus(statement.spent()).minus(statement.expired()).minus(statement.takenBack()))
                .as("earned − spent − expired − taken back = available + pending")
                .isEqualTo(statement.available().plus(statement.pending()));
        assertThat(statement.expiringSoon().isGreaterThan(statement.available())).isFalse();

        PointsLedgerView ledger = book.ledgerView();
        assertThat(ledger.sumPerCurrency().values()).as("the movements sum to zero per currency")
                .allSatisfy(sum -> assertThat(sum.isZero()).isTrue());
        assertThat(ledger.balance(PointsAccount.HOLDER_AVAILABLE)).isEqualTo(statement.available());
        assertThat(ledger.balance(PointsAccount.HOLDER_PENDING)).isEqualTo(statement.pending());
        assertThat(ledger.balance(PointsAccount.PROGRAMME))
                .isEqualTo(statement.available().plus(statement.pending()).negate());
    }

    private static void returnEveryPurchase(PointsBook book, LocalDate date) {
        // A refused return lets no time pass, so the rules are judged on a day the book has reached.
        book.passTime(date);
        for (int purchase = 1; purchase <= PURCHASES; purchase++) {
            try {
                book.returnPurchase(id(purchase), date);
            } catch (BonusRefusal unknownOrReturned) {
                // never earned nor paid, or returned already
            }
            assertRulesHold(book, date);
        }
        PointsStatement statement = book.statement();
        assertThat(statement.available().plus(statement.pending())).as("every purchase returned leaves no points")
                .isEqualTo(NO_POINTS);
        assertThat(book.ledgerView().sumPerCurrency()).isIn(Map.of(), Map.of(Currency.POINTS, NO_POINTS));
    }

    private static final int PURCHASES = 8;

    private static String id(int purchase) {
        return "P" + purchase;
    }

    private static Amount rub(long kopecks) {
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }

    @Provide
    Arbitrary<Step> steps() {
        Arbitrary<Integer> purchase = Arbitraries.integers().between(1, PURCHASES);
        // Mostly forward by days or weeks, so lots pass from pending to spendable to expired; now and then backwards.
        Arbitrary<Integer> daysLater = Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.integers().between(0, 3)),
                Tuple.of(6, Arbitraries.integers().between(4, 40)),
                Tuple.of(2, Arbitraries.integers().between(60, 100)),
                Tuple.of(1, Arbitraries.integers().between(-5, -1)));
        Arbitrary<Long> kopecks = Arbitraries.longs().between(1, 2_000_000);
        Arbitrary<Step> earn = Combinators.combine(purchase, daysLater, kopecks, Arbitraries.of(true, false),
                Arbitraries.of(true, false)).as(Earn::new);
        Arbitrary<Step> spend = Combinators.combine(purchase, daysLater, kopecks,
                Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.integers().between(1, 300)),
                        Tuple.of(1, Arbitraries.integers().between(301, 1000)))).as(Spend::new);
        return Arbitraries.frequencyOf(
                Tuple.of(4, earn),
                Tuple.of(4, spend),
                Tuple.of(2, Combinators.combine(purchase, daysLater).as(Return::new)),
                Tuple.of(1, daysLater.map(PassTime::new)));
    }
}
