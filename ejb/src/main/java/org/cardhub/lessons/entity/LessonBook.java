package org.cardhub.lessons.entity;

import static org.cardhub.lessons.entity.InvalidSubscriptionException.Code.ALREADY_BOUGHT;
import static org.cardhub.lessons.entity.InvalidSubscriptionException.Code.ALREADY_ENDED;
import static org.cardhub.lessons.entity.InvalidVisitException.Code.ALREADY_MARKED;
import static org.cardhub.lessons.entity.InvalidVisitException.Code.NOT_MARKED;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One pupil's lessons in one group: the subscriptions bought, the visits marked, and which subscription paid for
 * each visit. A visit takes exactly one lesson of the oldest subscription that can pay for its date (the earliest
 * first day, then the first bought) or, with none, goes into debt; a cancelled visit gives its lesson back to the
 * subscription it came from, or leaves the debt. Refused requests change nothing.
 * <p>
 * Debts and a new subscription: under {@link DebtRule#NEXT_SUBSCRIPTION_SETTLES} a subscription bought settles the
 * lessons in debt dated within its own validity (first to last day), oldest first, as far as its lessons go. A debt
 * from before its first day stays: a subscription never pays for a lesson on a day it was not valid, so a centre that
 * means to cover earlier debts sells it valid from the first of them.
 */
public class LessonBook {

    private static final Comparator<Subscription> OLDEST_FIRST = Comparator.comparing(Subscription::validFrom);
    private static final Comparator<Visit> EARLIEST_FIRST =
            Comparator.comparing(Visit::date).thenComparingLong(Visit::lessonId);

    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Map<Long, Visit> visits = new LinkedHashMap<>();
    private LocalDate today;

    /** A book as the records kept it: its subscriptions and the visits not paid apart, each as it was paid, or in debt. */
    public static LessonBook restore(List<Subscription> subscriptions, List<Visit> visits, LocalDate today) {
        LessonBook book = new LessonBook();
        book.subscriptions.addAll(subscriptions);
        visits.forEach(visit -> book.visits.put(visit.lessonId(), visit));
        book.today = today;
        return book;
    }

    /** Marks the pupil at a lesson: paid from the oldest subscription that can, or in debt. */
    public Visit visit(long lessonId, LocalDate date) {
        Objects.requireNonNull(date, "date");
        if (visits.containsKey(lessonId)) {
            throw new InvalidVisitException(ALREADY_MARKED, lessonId, "Lesson " + lessonId + " is marked already");
        }
        Visit visit = oldestPayingFor(date)
                .map(subscription -> new Visit(lessonId, date, subscription.consumeFor(date)))
                .orElseGet(() -> Visit.inDebt(lessonId, date));
        visits.put(lessonId, visit);
        return visit;
    }

    /** Takes a visit back; the one returned says which subscription got its lesson (and revenue) back, if any. */
    public Visit cancel(long lessonId) {
        Visit visit = visits.get(lessonId);
        if (visit == null) {
            throw new InvalidVisitException(NOT_MARKED, lessonId, "Lesson " + lessonId + " is not marked");
        }
        visit.paidFrom().ifPresent(consumption -> subscription(consumption.subscriptionId()).giveBack(consumption));
        visits.remove(lessonId);
        return visit;
    }

    /** Adds a subscription bought for the group; answers the visits in debt it settled, under the programme's rule. */
    public List<Visit> buy(Subscription subscription, DebtRule debtRule) {
        Objects.requireNonNull(debtRule, "debtRule");
        if (find(subscription.id()).isPresent()) {
            throw new InvalidSubscriptionException(ALREADY_BOUGHT, "Subscription " + subscription.id() + " is bought already");
        }
        if (today != null && today.isAfter(subscription.validUntil())) {
            throw new InvalidSubscriptionException(ALREADY_ENDED, "Subscription " + subscription.id() + " ended on "
                    + subscription.validUntil() + ", before " + today);
        }
        subscriptions.add(subscription);
        return debtRule == DebtRule.NEXT_SUBSCRIPTION_SETTLES ? settleDebtsFrom(subscription) : List.of();
    }

    /** Takes a part or the rest of a subscription's price. */
    public void pay(long subscriptionId, Amount payment) {
        subscription(subscriptionId).pay(payment);
    }

    /** Time has come to a day: the subscriptions whose last day is behind it expire; answers those that did now. */
    public List<Subscription> passTime(LocalDate newToday) {
        Objects.requireNonNull(newToday, "today");
        if (today == null || newToday.isAfter(today)) {
            today = newToday;
        }
        return subscriptions.stream().filter(subscription -> subscription.expireAsOf(today)).toList();
    }

    public List<Subscription> subscriptions() {
        return List.copyOf(subscriptions);
    }

    public Optional<Subscription> find(long subscriptionId) {
        return subscriptions.stream().filter(subscription -> subscription.id() == subscriptionId).findFirst();
    }

    public int lessonsLeft(long subscriptionId) {
        return subscription(subscriptionId).lessonsLeft();
    }

    public List<Subscription> endingSoon(LocalDate asOf) {
        return subscriptions.stream().filter(subscription -> subscription.isEndingSoon(asOf)).toList();
    }

    public List<Subscription> paymentDue() {
        return subscriptions.stream().filter(Subscription::isPaymentDue).toList();
    }

    public List<Visit> lessonsInDebt() {
        return history().stream().filter(Visit::isInDebt).toList();
    }

    /** Every visit marked, earliest first, each with the subscription that paid for it. */
    public List<Visit> history() {
        return visits.values().stream().sorted(EARLIEST_FIRST).toList();
    }

    public Optional<Visit> visitTo(long lessonId) {
        return Optional.ofNullable(visits.get(lessonId));
    }

    public Amount recognisedRevenue() {
        return subscriptions.stream().map(Subscription::recognisedRevenue)
                .reduce(Amount.zero(Currency.RUB), Amount::plus);
    }

    private List<Visit> settleDebtsFrom(Subscription subscription) {
        List<Visit> settled = new ArrayList<>();
        for (Visit debt : lessonsInDebt()) {
            if (subscription.canPayFor(debt.date())) {
                Visit paid = debt.paidBy(subscription.consumeFor(debt.date()));
                visits.put(debt.lessonId(), paid);
                settled.add(paid);
            }
        }
        return settled;
    }

    private Optional<Subscription> oldestPayingFor(LocalDate date) {
        // Stable: among subscriptions starting the same day the first bought is the oldest.
        return subscriptions.stream().filter(subscription -> subscription.canPayFor(date)).min(OLDEST_FIRST);
    }

    private Subscription subscription(long subscriptionId) {
        return find(subscriptionId).orElseThrow(() -> new InvalidSubscriptionException(
                InvalidSubscriptionException.Code.UNKNOWN, "No subscription " + subscriptionId + " in this book"));
    }
}
