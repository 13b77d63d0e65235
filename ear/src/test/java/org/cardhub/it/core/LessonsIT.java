package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.cardhub.lessons.boundary.CentreAttendance;
import org.cardhub.lessons.boundary.CentreGroups;
import org.cardhub.lessons.boundary.CentrePupils;
import org.cardhub.lessons.boundary.FamilyLessons;
import org.cardhub.lessons.boundary.LessonDays;
import org.cardhub.lessons.boundary.LessonOverview;
import org.cardhub.lessons.control.LessonIntents;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalKind;
import org.cardhub.cards.entity.Card;
import org.cardhub.school.boundary.AttendanceLog;
import org.cardhub.school.entity.Attendance.Direction;
import org.cardhub.lessons.entity.DebtRule;
import org.cardhub.lessons.entity.GroupDraft;
import org.cardhub.lessons.entity.InvalidGroupException;
import org.cardhub.lessons.entity.InvalidSubscriptionException;
import org.cardhub.lessons.entity.InvalidVisitException;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.lessons.entity.Pricing;
import org.cardhub.lessons.entity.VisitMarked;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.refusal.Refusal;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lesson subscriptions on the real database, as a centre and a parent work them through the boundaries: a visit takes
 * one lesson of the subscription and its revenue reaches the centre's account (a cancel gives both back); a lesson
 * without a subscription goes into debt and the next subscription settles it; money put on the balance settles a debt
 * first when the parent chose so; an expired subscription's unused money is the centre's; bad input is refused with
 * its code and writes nothing; racing marks of one pupil take one lesson, racing purchases under one key buy once.
 */
@ExtendWith(ArquillianExtension.class)
class LessonsIT {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());
    private static final String CENTRE_ACCOUNT = "a.contract_id = ? AND a.card_id IS NULL AND a.system_code IS NULL";
    private static final int RACERS = 8;

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    LessonCentre setup;

    @EJB
    Fixtures fixtures;

    @EJB
    AsCentre centre;

    @EJB
    AsParent parent;

    @EJB
    CentreGroups groups;

    @EJB
    CentrePupils pupils;

    @EJB
    CentreAttendance attendance;

    @EJB
    FamilyLessons family;

    @EJB
    LessonDays days;

    @EJB
    LessonIntents intents;

    @EJB
    AttendanceLog turnstile;

    @EJB
    Cards cards;

    @EJB
    Terminals terminals;

    @Resource
    ManagedExecutorService executor;

    private long contract;
    private final LocalDate today = LocalDate.now(MOSCOW);

    record Pupil(long id, long cardId) {
    }

    @BeforeEach
    void ownCentre() {
        contract = backOffice.call(() -> setup.centre("center"));
    }

    @Test
    void aVisitTakesOneLessonWhoseRevenueReachesTheCentreAndACancelGivesBothBack() throws Exception {
        long group = group(Pricing.SUBSCRIPTION, "600.00");
        long offer = centre.call(() -> groups.offer(group, 4, 30, rub("2000.00")));
        Pupil pupil = enrolled(group);
        topUp(pupil, "3000.00");
        parent.call(() -> family.buy(pupil.cardId(), offer, rub("2000.00"), UUID.randomUUID().toString()));
        assertThat(overview(pupil).balance()).isEqualTo(rub("1000.00"));

        VisitMarked marked = centre.call(() -> attendance.mark(group, today, pupil.id()));
        assertThat(marked.inDebt()).isFalse();
        assertThat(marked.lessonsLeft()).isEqualTo(3);
        assertThat(centreAccount()).isEqualTo(50_000);

        centre.call(() -> { attendance.cancel(group, today, pupil.id()); return null; });
        assertThat(overview(pupil).subscriptions().get(0).lessonsLeft()).isEqualTo(4);
        assertThat(centreAccount()).isZero();

        centre.call(() -> attendance.mark(group, today, pupil.id()));
        Throwable twice = Thrown.by(() -> centre.call(() -> attendance.mark(group, today, pupil.id())));
        assertThat(((Refusal) twice).code()).isEqualTo(InvalidVisitException.Code.ALREADY_MARKED);
        assertThat(overview(pupil).subscriptions().get(0).lessonsLeft()).isEqualTo(3);
        assertThat(centreAccount()).isEqualTo(50_000);
    }

    @Test
    void aLessonWithoutASubscriptionGoesIntoDebtAndTheNextSubscriptionSettlesIt() throws Exception {
        long group = group(Pricing.SUBSCRIPTION, "600.00");
        long offer = centre.call(() -> groups.offer(group, 4, 30, rub("2000.00")));
        Pupil pupil = enrolled(group);
        parent.call(() -> { family.settleDebtsFirst(pupil.cardId(), false); return null; });
        assertThat(centre.call(() -> attendance.mark(group, today.minusDays(1), pupil.id())).inDebt()).isTrue();
        topUp(pupil, "2000.00");
        assertThat(overview(pupil).lessonsInDebt()).hasSize(1);

        parent.call(() -> family.buy(pupil.cardId(), offer, rub("2000.00"), UUID.randomUUID().toString()));

        LessonOverview after = overview(pupil);
        assertThat(after.lessonsInDebt()).isEmpty();
        assertThat(after.subscriptions().get(0).validFrom()).isEqualTo(today.minusDays(1));
        assertThat(after.subscriptions().get(0).lessonsLeft()).isEqualTo(3);
        assertThat(after.balance()).isEqualTo(rub("0.00"));
        assertThat(centreAccount()).isEqualTo(50_000);
    }

    @Test
    void moneyPutOnTheBalanceSettlesALessonInDebtFirstWhenTheParentChoseSo() throws Exception {
        long group = group(Pricing.PER_LESSON, "700.00");
        Pupil pupil = enrolled(group);
        assertThat(centre.call(() -> attendance.mark(group, today, pupil.id())).inDebt()).isTrue();

        topUp(pupil, "1000.00");

        LessonOverview after = overview(pupil);
        assertThat(after.lessonsInDebt()).isEmpty();
        assertThat(after.visits().get(0).settled()).isEqualTo(rub("700.00"));
        assertThat(after.balance()).isEqualTo(rub("300.00"));
        assertThat(centreAccount()).isEqualTo(70_000);
        VisitMarked paidAtOnce = centre.call(() -> attendance.mark(group, today.minusDays(1), pupil.id()));
        assertThat(paidAtOnce.inDebt()).as("300 ₽ do not cover a 700 ₽ lesson").isTrue();
    }

    @Test
    void anExpiredSubscriptionsUnusedMoneyBecomesTheCentres() throws Exception {
        long group = group(Pricing.SUBSCRIPTION, null);
        long offer = centre.call(() -> groups.offer(group, 4, 1, rub("1000.00")));
        Pupil pupil = enrolled(group);
        topUp(pupil, "1000.00");
        parent.call(() -> family.buy(pupil.cardId(), offer, rub("1000.00"), UUID.randomUUID().toString()));
        centre.call(() -> attendance.mark(group, today, pupil.id()));
        assertThat(centreAccount()).isEqualTo(25_000);

        assertThat(days.passTime(contract, today.plusDays(1))).isEqualTo(1);
        assertThat(days.passTime(contract, today.plusDays(2))).as("expires once").isZero();

        assertThat(overview(pupil).subscriptions().get(0).expired()).isTrue();
        assertThat(centreAccount()).isEqualTo(100_000);
    }

    @Test
    void badInputIsRefusedByItsCodeAndWritesNothing() throws Exception {
        long group = group(Pricing.SUBSCRIPTION, "600.00");
        long other = group(Pricing.SUBSCRIPTION, "600.00");
        long offer = centre.call(() -> groups.offer(group, 4, 30, rub("2000.00")));
        Pupil pupil = enrolled(group);
        topUp(pupil, "500.00");

        assertThat(code(() -> centre.call(() -> groups.offer(group, 0, 30, rub("100.00")))))
                .isEqualTo(InvalidSubscriptionException.Code.LESSONS_NOT_POSITIVE);
        assertThat(code(() -> centre.call(() -> groups.offer(group, 4, 30, rub("-100.00")))))
                .isEqualTo(InvalidSubscriptionException.Code.PRICE_NOT_POSITIVE);
        Throwable nameless = Thrown.by(() -> centre.call(() -> groups.open(draft(" ", Pricing.SUBSCRIPTION, null))));
        assertThat(((InvalidGroupException) nameless).problems()).extracting(GroupDraft.Problem::reason).contains("NAME_REQUIRED");
        assertThat(code(() -> centre.call(() -> attendance.mark(other, today, pupil.id()))))
                .isEqualTo(LessonRefusal.Code.NOT_ENROLLED);
        assertThat(code(() -> centre.call(() -> attendance.mark(group, today.plusDays(1), pupil.id()))))
                .isEqualTo(LessonRefusal.Code.LESSON_IN_FUTURE);
        assertThat(code(() -> parent.call(() -> family.buy(pupil.cardId(), offer, rub("600.00"), "k-" + UUID.randomUUID()))))
                .isEqualTo(LessonRefusal.Code.BALANCE_TOO_LOW);
        assertThat(code(() -> parent.call(() -> family.buy(pupil.cardId(), offer, rub("2500.00"), "k-" + UUID.randomUUID()))))
                .isEqualTo(LessonRefusal.Code.PAYMENT_INVALID);
        assertThat(code(() -> centre.call(() -> pupils.enrol("Без почты", "not-an-email", List.of(group)))))
                .isEqualTo(LessonRefusal.Code.PARENT_EMAIL_INVALID);
        assertThat(code(() -> centre.call(() -> pupils.enrol(" ", "parent@example.org", List.of(group)))))
                .isEqualTo(LessonRefusal.Code.PUPIL_NAME_INVALID);

        LessonOverview after = overview(pupil);
        assertThat(after.subscriptions()).isEmpty();
        assertThat(after.visits()).isEmpty();
        assertThat(after.balance()).isEqualTo(rub("500.00"));
        assertThat(centre.call(() -> groups.groups()).stream().filter(g -> g.id() == group).findFirst().orElseThrow().offers())
                .hasSize(1);
        assertThat(centreAccount()).isZero();
    }

    @Test
    void racingMarksOfOnePupilTakeOneLessonAndRacingPurchasesUnderOneKeyBuyOnce() throws Exception {
        long group = group(Pricing.SUBSCRIPTION, "600.00");
        long offer = centre.call(() -> groups.offer(group, 8, 30, rub("4000.00")));
        Pupil pupil = enrolled(group);
        topUp(pupil, "4000.00");
        String key = UUID.randomUUID().toString();
        race(() -> parent.call(() -> family.buy(pupil.cardId(), offer, rub("4000.00"), key)));
        assertThat(overview(pupil).subscriptions()).hasSize(1);
        assertThat(overview(pupil).balance()).isEqualTo(rub("0.00"));

        race(() -> centre.call(() -> attendance.mark(group, today, pupil.id())));

        LessonOverview after = overview(pupil);
        assertThat(after.visits()).hasSize(1);
        assertThat(after.subscriptions().get(0).lessonsLeft()).isEqualTo(7);
        assertThat(centreAccount()).isEqualTo(50_000);
    }

    @Test
    void aBankCardPaymentForASubscriptionBuysItOnceTheMoneyLands() throws Exception {
        long group = group(Pricing.SUBSCRIPTION, null);
        long offer = centre.call(() -> groups.offer(group, 4, 30, rub("2000.00")));
        Pupil pupil = enrolled(group);
        UUID attempt = UUID.randomUUID();
        parent.call(() -> { intents.record(pupil.cardId(), offer, null, rub("2000.00"), attempt); return null; });
        parent.call(() -> { intents.record(pupil.cardId(), offer, null, rub("2000.00"), attempt); return null; });

        topUp(pupil, "2000.00");
        topUp(pupil, "2000.00");

        LessonOverview after = overview(pupil);
        assertThat(after.subscriptions()).hasSize(1);
        assertThat(after.subscriptions().get(0).paid()).isEqualTo(rub("2000.00"));
        assertThat(after.balance()).as("the second top-up stays on the balance").isEqualTo(rub("2000.00"));
    }

    @Test
    void aBankCardPaymentForAnOfferWithdrawnMeanwhileLeavesTheMoneyOnTheBalance() throws Exception {
        long group = group(Pricing.SUBSCRIPTION, null);
        long offer = centre.call(() -> groups.offer(group, 4, 30, rub("2000.00")));
        Pupil pupil = enrolled(group);
        parent.call(() -> { intents.record(pupil.cardId(), offer, null, rub("2000.00"), UUID.randomUUID()); return null; });
        centre.call(() -> { groups.withdraw(offer); return null; });

        topUp(pupil, "2000.00");

        LessonOverview after = overview(pupil);
        assertThat(after.subscriptions()).isEmpty();
        assertThat(after.balance()).isEqualTo(rub("2000.00"));
    }

    @Test
    void parentsHearOfALessonInDebtAndOfASubscriptionEndingSoonOnceEach() throws Exception {
        backOffice.call(() -> { setup.noticesTo("parent", "parent@example.org"); return null; });
        long group = group(Pricing.SUBSCRIPTION, "600.00");
        long offer = centre.call(() -> groups.offer(group, 3, 30, rub("1500.00")));
        Pupil pupil = enrolled(group);
        parent.call(() -> { family.settleDebtsFirst(pupil.cardId(), false); return null; });
        LocalDate yesterday = today.minusDays(1);
        centre.call(() -> attendance.mark(group, yesterday, pupil.id()));
        centre.call(() -> { attendance.cancel(group, yesterday, pupil.id()); return null; });
        centre.call(() -> attendance.mark(group, yesterday, pupil.id()));
        assertThat(notices("lesson-debt:" + pupil.id() + ":%")).isEqualTo(1);

        topUp(pupil, "1500.00");
        long bought = parent.call(() -> family.buy(pupil.cardId(), offer, rub("1500.00"), UUID.randomUUID().toString()));
        assertThat(notices("lesson-ending:" + bought + ":%")).as("3 lessons, one settled a debt: 2 left").isZero();
        centre.call(() -> attendance.mark(group, today, pupil.id()));
        assertThat(notices("lesson-ending:" + bought + ":%")).isEqualTo(1);
        days.passTime(contract, today);
        assertThat(notices("lesson-ending:" + bought + ":%")).isEqualTo(1);
    }

    @Test
    void aPupilEnteringTheCentreIsMarkedAtTheLessonStartingThenOnce() throws Exception {
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(MOSCOW);
        LocalTime start = now.toLocalTime().withSecond(0).withNano(0);
        long soon = centre.call(() -> groups.open(new GroupDraft("Сейчас " + UUID.randomUUID().toString().substring(0, 8),
                "Орлов П. И.", EVERY_DAY, start, 45, Pricing.PER_LESSON, rub("100.00"), null, null, null, null,
                DebtRule.NEXT_SUBSCRIPTION_SETTLES)));
        long later = centre.call(() -> groups.open(new GroupDraft("Позже " + UUID.randomUUID().toString().substring(0, 8),
                "Орлов П. И.", EVERY_DAY, start.plusHours(3), 45, Pricing.PER_LESSON, rub("100.00"), null, null, null, null,
                DebtRule.NEXT_SUBSCRIPTION_SETTLES)));
        Pupil pupil = enrolled(soon);
        centre.call(() -> { pupils.enrol(pupil.id(), later); return null; });
        Card card = backOffice.call(() -> cards.find(pupil.cardId()));
        java.time.Instant entered = now.toInstant();
        String gate = "TURN-L" + java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000);
        backOffice.call(() -> terminals.register(gate, TerminalKind.TURNSTILE, null, "Центр, вход", null, "RU-MOW"));

        turnstile.record(card, gate, UUID.randomUUID().toString(), Direction.ENTRY, entered);
        turnstile.record(card, gate, UUID.randomUUID().toString(), Direction.ENTRY, entered.plusSeconds(60));
        turnstile.record(card, gate, UUID.randomUUID().toString(), Direction.EXIT, entered.plusSeconds(120));

        LessonOverview after = overview(pupil);
        assertThat(after.visits()).extracting(LessonOverview.VisitLine::group).hasSize(1)
                .allMatch(group -> group.startsWith("Сейчас"));
        assertThat(after.lessonsInDebt()).hasSize(1);
    }

    private long notices(String keyPattern) {
        return backOffice.call(() -> setup.count("SELECT COUNT(*) FROM outbox_message WHERE event_key LIKE ?", keyPattern));
    }

    private void race(java.util.concurrent.Callable<?> work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            racers.add(executor.submit(() -> {
                start.await();
                try {
                    return work.call();
                } catch (Exception refusedOrLost) {
                    return refusedOrLost;
                }
            }));
        }
        start.countDown();
        for (Future<?> racer : racers) {
            racer.get(60, TimeUnit.SECONDS);
        }
    }

    private long group(Pricing pricing, String lessonPrice) throws Exception {
        return centre.call(() -> groups.open(draft("Группа " + UUID.randomUUID().toString().substring(0, 8), pricing,
                lessonPrice == null ? null : rub(lessonPrice))));
    }

    private static GroupDraft draft(String name, Pricing pricing, Amount lessonPrice) {
        return new GroupDraft(name, "Белова Анна Сергеевна", EVERY_DAY, LocalTime.of(17, 0), 60, pricing, lessonPrice,
                null, null, null, null, DebtRule.NEXT_SUBSCRIPTION_SETTLES);
    }

    private Pupil enrolled(long group) throws Exception {
        CentrePupils.NewPupil made = centre.call(() -> pupils.enrol("Тестов Пётр", "parent@example.org", List.of(group)));
        long card = centre.call(() -> pupils.lessonsOf(made.id()).cardId());
        backOffice.call(() -> { setup.guard(card, "parent"); return null; });
        return new Pupil(made.id(), card);
    }

    private void topUp(Pupil pupil, String amount) {
        assertThat(backOffice.call(() -> fixtures.topUpCard(pupil.cardId(), amount)).isApproved()).isTrue();
    }

    private LessonOverview overview(Pupil pupil) throws Exception {
        return parent.call(() -> family.overview(pupil.cardId()));
    }

    private long centreAccount() {
        return backOffice.call(() -> setup.posted(CENTRE_ACCOUNT, contract));
    }

    private static Object code(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        Throwable thrown = Thrown.by(call);
        assertThat(thrown).isInstanceOf(Refusal.class);
        return ((Refusal) thrown).code();
    }

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }
}
