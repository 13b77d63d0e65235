package org.cardhub.lessons.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.lessons.entity.DebtRule;
import org.cardhub.lessons.entity.Enrolment;
import org.cardhub.lessons.entity.GroupOffer;
import org.cardhub.lessons.entity.LessonGroup;
import org.cardhub.lessons.entity.LessonPupil;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.lessons.entity.Pricing;
import org.cardhub.lessons.entity.Subscription;
import org.cardhub.lessons.entity.SubscriptionRecord;
import org.cardhub.lessons.entity.Visit;
import org.cardhub.lessons.entity.VisitRecord;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What is bought and paid for lessons, from the pupil's balance: a subscription of a group's offer (paid in full or
 * in part; under the group's rule it settles the lessons in debt within its validity, and it is then valid from the
 * first of them), a part of a subscription's or a course's price, and the lessons in debt paid at the lesson's price.
 * A purchase is kept under its request key, so the same request twice buys once.
 */
@Dependent
public class Purchases {

    @PersistenceContext
    EntityManager em;

    @Inject
    LessonBooks books;

    @Inject
    LessonMoney money;

    /** Buys a subscription of the offer and pays {@code payNow} of it (zero: all of it owed). */
    public SubscriptionRecord buy(LessonPupil pupil, GroupOffer offer, Amount payNow, String requestKey, LocalDate today,
                                  String actor) {
        Optional<SubscriptionRecord> done = byKey(requestKey);
        if (done.isPresent()) {
            return done.get();
        }
        LessonGroup group = em.find(LessonGroup.class, offer.groupId());
        if (group.pricing() != Pricing.SUBSCRIPTION) {
            throw new LessonRefusal(LessonRefusal.Code.NOT_OFFERED, group.name() + " is not sold by subscription");
        }
        requirePayment(payNow, offer.price(), true);
        LessonBooks.Opened opened = books.open(books.lock(group.id(), pupil.id()), today);
        LocalDate from = firstDay(opened, group, offer, today);
        Subscription sold = offer.offer().sell(0, from);
        SubscriptionRecord record = books.add(opened, new SubscriptionRecord(opened.enrolment().id(),
                SubscriptionRecord.Kind.SUBSCRIPTION, sold.lessonsBought(), sold.validFrom(), sold.validUntil(),
                sold.price(), requestKey, Instant.now(), actor));
        Subscription subscription = record.toSubscription();
        List<Visit> settled = opened.book().buy(subscription, group.debtRule());
        String what = "Абонемент «" + group.name() + "», " + sold.lessonsBought() + " зан.";
        for (Visit visit : settled) {
            money.recognise(pupil, visit.paidFrom().orElseThrow().revenue(), what + ": занятие в долг " + visit.date(), actor);
        }
        if (payNow.isPositive()) {
            subscription.pay(payNow);
            money.payFromBalance(pupil, payNow, false, what, actor);
        }
        books.keep(opened, actor);
        return record;
    }

    /** Pays a part (or the rest) of a subscription's or a course's price from the balance. */
    public void pay(LessonPupil pupil, SubscriptionRecord target, Amount amount, LocalDate today, String actor) {
        Enrolment enrolment = em.find(Enrolment.class, target.enrolmentId());
        LessonBooks.Opened opened = books.open(books.lock(enrolment), today);
        SubscriptionRecord record = opened.record(target.id());
        Subscription subscription = opened.book().find(record.id()).orElseThrow();
        requirePayment(amount, subscription.paymentDue(), false);
        Amount paidBefore = subscription.paid();
        subscription.pay(amount);
        String what = (record.kind() == SubscriptionRecord.Kind.COURSE ? "Оплата курса «" : "Оплата абонемента «")
                + opened.group().name() + "»";
        if (subscription.isExpired()) {
            Amount atOnce = record.earnedAtOnce(amount, subscription.recognisedRevenue(), paidBefore);
            money.payExpired(pupil, amount.minus(atOnce), atOnce, what, actor);
        } else {
            money.payFromBalance(pupil, amount, false, what, actor);
        }
        books.keep(opened, actor);
    }

    /**
     * Pays the pupil's lessons in debt that have a price, oldest first, while the balance covers each; answers how many
     * (none when none waits or the balance covers none).
     */
    public int settleDebts(LessonPupil pupil, LocalDate today, String actor) {
        List<VisitRecord> debts = em.createQuery("SELECT v FROM VisitRecord v, Enrolment e WHERE v.enrolmentId = e.id "
                        + "AND e.pupilId = :pupil AND v.subscriptionId IS NULL AND v.settledMinor = 0 "
                        + "ORDER BY v.date, v.id", VisitRecord.class)
                .setParameter("pupil", pupil.id()).getResultList();
        int settled = 0;
        for (VisitRecord debt : debts) {
            Enrolment enrolment = books.lock(em.find(Enrolment.class, debt.enrolmentId()));
            LessonGroup group = em.find(LessonGroup.class, enrolment.groupId());
            em.refresh(debt);
            Optional<Amount> price = group.lessonPrice();
            if (!debt.isInDebt() || price.isEmpty()) {
                continue;
            }
            if (!money.balanceOf(pupil).canCover(price.get())) {
                break;
            }
            debt.settle(price.get());
            money.payFromBalance(pupil, price.get(), true, "Занятие в долг: " + group.name() + ", " + debt.date(), actor);
            settled++;
        }
        return settled;
    }

    /** Expires the subscriptions of an enrolment whose last day is behind {@code today}; their unused money is the centre's. */
    public void expire(Enrolment enrolment, LocalDate today, String actor) {
        LessonBooks.Opened opened = books.open(books.lock(enrolment), today);
        for (Subscription ended : opened.book().passTime(today)) {
            SubscriptionRecord record = opened.record(ended.id());
            record.keep(ended);
            money.recognise(opened.pupil(), record.forfeit(ended.recognisedRevenue()),
                    "Неиспользованные занятия: «" + opened.group().name() + "», абонемент до " + ended.validUntil(), actor);
        }
        books.keep(opened, actor);
    }

    public Optional<SubscriptionRecord> byKey(String requestKey) {
        return em.createQuery("SELECT s FROM SubscriptionRecord s WHERE s.requestKey = :key", SubscriptionRecord.class)
                .setParameter("key", requestKey).getResultStream().findFirst();
    }

    /** A subscription valid from the first lesson in debt it may settle (within its days from today), else from today. */
    private static LocalDate firstDay(LessonBooks.Opened opened, LessonGroup group, GroupOffer offer, LocalDate today) {
        if (group.debtRule() != DebtRule.NEXT_SUBSCRIPTION_SETTLES) {
            return today;
        }
        return opened.book().lessonsInDebt().stream().map(Visit::date)
                .filter(date -> !date.plusDays(offer.validDays() - 1L).isBefore(today))
                .min(Comparator.naturalOrder()).orElse(today);
    }

    private static void requirePayment(Amount amount, Amount due, boolean zeroAllowed) {
        if (amount == null || amount.currency() != Currency.RUB || amount.isNegative()
                || (!zeroAllowed && !amount.isPositive()) || amount.isGreaterThan(due)) {
            throw new LessonRefusal(LessonRefusal.Code.PAYMENT_INVALID, "A payment of " + amount + " towards " + due);
        }
    }
}
