package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.mail.internet.MimeMessage;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.it.MailBox;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.meals.boundary.FreeMeals;
import org.cardhub.meals.boundary.MealDay;
import org.cardhub.meals.boundary.PreOrders;
import org.cardhub.meals.entity.FreeMealSummary;
import org.cardhub.meals.entity.InvalidPreOrderException;
import org.cardhub.meals.entity.PreOrderStatus;
import org.cardhub.meals.entity.PreOrderSummary;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.TopUpChannel;
import org.cardhub.school.boundary.AttendanceLog;
import org.cardhub.school.entity.Attendance;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Meal pre-orders and free meals on the real boundaries and database, each test in a school of its own (so reruns on
 * a kept database pass), its day's work run at moments of the test's choosing ({@link MealDay#runAt(Instant, long)}):
 * a placed order holds its total on the canteen purse once however often it is submitted; a pupil who came is served
 * at lunch, dish by dish, as a purchase; a pupil with no turnstile entry by the deadline has the order released and
 * the parent mailed; another parent is refused; a beneficiary's free meal is paid once a day from the school's budget
 * and shown apart, and a budget that cannot pay posts nothing.
 */
@ExtendWith(ArquillianExtension.class)
class MealPreOrderIT {

    private static final ZoneId ZONE = ZoneId.of("Asia/Vladivostok");

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsParent parent;

    @EJB
    AsOtherParent otherParent;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @EJB
    Cards cards;

    @EJB
    Payments payments;

    @EJB
    Terminals terminals;

    @EJB
    AttendanceLog attendance;

    @EJB
    PreOrders preOrders;

    @EJB
    MealDay mealDay;

    @EJB
    FreeMeals freeMeals;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    private MealSchool school;
    private LocalDate day;

    @BeforeEach
    void aSchoolWithAPupilAndAMenuTheDayAfterTomorrow() throws SQLException {
        long organization = backOffice.call(() -> fixtures.company(ZONE.getId()));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(organization).id(), "signed"));
        Card pupil = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 1)).get(0);
        backOffice.run(() -> cards.addGuardian(pupil.id(), "parent"));
        payments.topUp(Fixtures.key("fixture"), new PurseRef(CardRef.id(pupil.id()), null, AccountPurpose.CANTEEN, Currency.RUB),
                rub("300.00"), TopUpChannel.BANK_CARD, "fixture");
        day = LocalDate.now(ZONE).plusDays(2);
        school = new MealSchool(dataSource, organization, contract, pupil);
        school.publishMenu(day);
    }

    @Test
    void aPlacedOrderHoldsItsTotalOnTheCanteenPurseOnceHoweverOftenItIsSubmitted() throws Exception {
        String request = UUID.randomUUID().toString();
        Map<Long, Integer> soupAndTwoCompotes = Map.of(school.dish("Суп куриный с лапшой"), 1, school.dish("Компот"), 2);

        PreOrderSummary placed = parent.call(() -> preOrders.place(school.cardId(), day, soupAndTwoCompotes, request));
        PreOrderSummary again = parent.call(() -> preOrders.place(school.cardId(), day, soupAndTwoCompotes, request));

        assertThat(placed.status()).isEqualTo(PreOrderStatus.WAITING);
        assertThat(placed.total()).isEqualTo(rub("105.00"));
        assertThat(again.id()).isEqualTo(placed.id());
        assertThat(school.openHolds()).isEqualTo(1);
        assertThat(school.canteenAvailable()).isEqualTo(rub("195.00"));

        PreOrderSummary changed = parent.call(() -> preOrders.change(placed.id(), Map.of(school.dish("Каша овсяная"), 1),
                UUID.randomUUID().toString()));
        assertThat(changed.total()).isEqualTo(rub("45.00"));
        assertThat(school.openHolds()).as("the earlier hold released with the change").isEqualTo(1);
        assertThat(school.canteenAvailable()).isEqualTo(rub("255.00"));

        assertThat(Thrown.by(() -> parent.call(() -> preOrders.place(school.cardId(), day,
                Map.of(school.dish("Котлета с пюре"), 4), UUID.randomUUID().toString()))))
                .isInstanceOfSatisfying(InvalidPreOrderException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidPreOrderException.Code.FUNDS_SHORT));
        assertThat(school.canteenAvailable()).as("nothing more held, the order as it was").isEqualTo(rub("255.00"));
        assertThat(parent.call(() -> preOrders.menuFor(school.cardId(), day)).order().total()).isEqualTo(rub("45.00"));

        parent.call(() -> preOrders.cancel(placed.id(), UUID.randomUUID().toString()));
        assertThat(school.canteenAvailable()).isEqualTo(rub("300.00"));
        assertThat(school.openHolds()).isZero();
        assertThat(parent.call(() -> preOrders.myPreOrders(school.cardId()))).singleElement()
                .satisfies(order -> assertThat(order.status()).isEqualTo(PreOrderStatus.CANCELLED));
    }

    @Test
    void anotherParentSeesAndChangesNothingOfTheChild() throws Exception {
        PreOrderSummary placed = parent.call(() -> preOrders.place(school.cardId(), day, Map.of(school.dish("Компот"), 1),
                UUID.randomUUID().toString()));

        assertThat(Thrown.by(() -> otherParent.call(() -> preOrders.menuFor(school.cardId(), day)))).isInstanceOf(AccessDeniedException.class);
        assertThat(Thrown.by(() -> otherParent.call(() -> preOrders.myPreOrders(school.cardId())))).isInstanceOf(AccessDeniedException.class);
        assertThat(Thrown.by(() -> otherParent.call(() -> preOrders.place(school.cardId(), day,
                Map.of(school.dish("Компот"), 1), UUID.randomUUID().toString())))).isInstanceOf(AccessDeniedException.class);
        assertThat(Thrown.by(() -> otherParent.call(() -> preOrders.cancel(placed.id(), UUID.randomUUID().toString())))).isInstanceOf(AccessDeniedException.class);
        assertThat(Thrown.by(() -> otherParent.call(() -> freeMeals.of(school.cardId())))).isInstanceOf(AccessDeniedException.class);
        assertThat(Thrown.by(() -> parent.call(() -> preOrders.markNotServed(placed.id())))).as("a parent is not the canteen").isInstanceOf(EJBAccessException.class);

        assertThat(parent.call(() -> preOrders.myPreOrders(school.cardId()))).singleElement()
                .satisfies(order -> assertThat(order.status()).isEqualTo(PreOrderStatus.WAITING));
        assertThat(school.canteenAvailable()).isEqualTo(rub("275.00"));
    }

    @Test
    void aPupilWhoCameIsServedAtLunchAsAPurchaseDishByDishOnce() throws Exception {
        PreOrderSummary placed = parent.call(() -> preOrders.place(school.cardId(), day,
                Map.of(school.dish("Суп куриный с лапшой"), 1, school.dish("Котлета с пюре"), 1), UUID.randomUUID().toString()));
        enters(LocalTime.of(7, 55));

        mealDay.runAt(at(LocalTime.of(10, 1)), school.organizationId());
        assertThat(status(placed)).as("came, lunch not yet").isEqualTo(PreOrderStatus.WAITING);
        MealDay.Run lunch = mealDay.runAt(at(LocalTime.of(12, 1)), school.organizationId());
        mealDay.runAt(at(LocalTime.of(12, 6)), school.organizationId());

        assertThat(lunch.served()).isEqualTo(1);
        assertThat(status(placed)).isEqualTo(PreOrderStatus.SERVED);
        assertThat(school.purchases()).containsExactly("PURCHASE 150.00: Суп куриный с лапшой × 1 @ 55.00, Котлета с пюре × 1 @ 95.00");
        assertThat(school.canteenAvailable()).isEqualTo(rub("150.00"));
        assertThat(school.openHolds()).isZero();

        backOffice.call(() -> preOrders.markNotServed(placed.id()));
        assertThat(status(placed)).isEqualTo(PreOrderStatus.NOT_SERVED);
        assertThat(school.canteenAvailable()).as("refunded").isEqualTo(rub("300.00"));
    }

    @Test
    void aPupilWithNoEntryByTheDeadlineHasTheOrderReleasedAtOnceAndTheParentMailed() throws Exception {
        String email = "meals-" + UUID.randomUUID() + "@example.org";
        school.guardianWithEmail(cards, backOffice, "meal-parent-" + UUID.randomUUID(), email);
        PreOrderSummary placed = parent.call(() -> preOrders.place(school.cardId(), day,
                Map.of(school.dish("Суп куриный с лапшой"), 1, school.dish("Котлета с пюре"), 1, school.dish("Компот"), 1),
                UUID.randomUUID().toString()));
        enters(LocalTime.of(10, 30));

        mealDay.runAt(at(LocalTime.of(9, 59)), school.organizationId());
        assertThat(status(placed)).isEqualTo(PreOrderStatus.WAITING);
        MealDay.Run deadline = mealDay.runAt(at(LocalTime.of(10, 0)), school.organizationId());
        mealDay.runAt(at(LocalTime.of(12, 1)), school.organizationId());

        assertThat(deadline.released()).isEqualTo(1);
        assertThat(status(placed)).as("came too late").isEqualTo(PreOrderStatus.ABSENT);
        assertThat(school.canteenAvailable()).isEqualTo(rub("300.00"));
        assertThat(school.purchases()).isEmpty();
        List<MimeMessage> mails = MailBox.awaitMailsTo(email, 1, Duration.ofSeconds(20));
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getSubject()).contains("нет прихода в школу " + day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .contains("предзаказ на 175,00").contains("отменён, деньги снова доступны");
        assertThat(mails.get(0).getContent().toString()).contains("Суп куриный с лапшой × 1").contains("300,00");
    }

    @Test
    void aBeneficiaryWhoCameGetsOneFreeMealADayFromTheSchoolsBudgetShownApartFromPaidMeals() throws Exception {
        backOffice.call(() -> freeMeals.openBudget(school.contractId()));
        payments.topUp(Fixtures.key("fixture"), school.budget(), rub("1000.00"), TopUpChannel.PAYMENT_AGENT, "fixture");
        backOffice.run(() -> freeMeals.grant(school.cardId(), "LARGE_FAMILY", day.minusDays(1), null));
        enters(LocalTime.of(8, 0));

        MealDay.Run first = mealDay.runAt(at(LocalTime.of(12, 2)), school.organizationId());
        MealDay.Run second = mealDay.runAt(at(LocalTime.of(12, 7)), school.organizationId());

        assertThat(first.freeMealsGiven()).isEqualTo(1);
        assertThat(second.freeMealsGiven()).isZero();
        assertThat(school.budgetBalance()).as("the free complex: soup and compote").isEqualTo(rub("920.00"));
        assertThat(school.canteenAvailable()).as("nothing of the pupil's money").isEqualTo(rub("300.00"));
        assertThat(school.purchases()).containsExactly(
                "PURCHASE 80.00 FREE_MEAL Бесплатное питание (льгота: многодетная семья): Суп куриный с лапшой × 1 @ 55.00, Компот × 1 @ 25.00");
        List<FreeMealSummary> shown = parent.call(() -> freeMeals.of(school.cardId()));
        assertThat(shown).singleElement().satisfies(meal -> {
            assertThat(meal.day()).isEqualTo(day);
            assertThat(meal.kindRu()).isEqualTo("многодетная семья");
            assertThat(meal.amount()).isEqualTo(rub("80.00"));
            assertThat(meal.dishes()).containsExactly("Суп куриный с лапшой", "Компот");
        });
        assertThat(parent.call(() -> freeMeals.mealCard(school.cardId())).benefitRu()).isEqualTo("многодетная семья");
    }

    @Test
    void aBudgetThatCannotPayPostsNothing() throws Exception {
        backOffice.call(() -> freeMeals.openBudget(school.contractId()));
        payments.topUp(Fixtures.key("fixture"), school.budget(), rub("50.00"), TopUpChannel.PAYMENT_AGENT, "fixture");
        backOffice.run(() -> freeMeals.grant(school.cardId(), "LOW_INCOME", day.minusDays(1), null));
        enters(LocalTime.of(8, 0));

        MealDay.Run run = mealDay.runAt(at(LocalTime.of(12, 2)), school.organizationId());

        assertThat(run.freeMealsGiven()).isZero();
        assertThat(school.budgetBalance()).isEqualTo(rub("50.00"));
        assertThat(school.purchases()).isEmpty();
        assertThat(parent.call(() -> freeMeals.of(school.cardId()))).isEmpty();
    }

    private void enters(LocalTime time) {
        String gate = "GATE-M" + ThreadLocalRandom.current().nextInt(1_000_000);
        backOffice.call(() -> terminals.register(gate, TerminalKind.TURNSTILE, null, "Школа", "SCHOOL-M", "RU-PRI"));
        attendance.record(school.pupil(), gate, UUID.randomUUID().toString(), Attendance.Direction.ENTRY, at(time));
    }

    private PreOrderStatus status(PreOrderSummary order) throws Exception {
        return parent.call(() -> preOrders.myPreOrders(school.cardId())).stream().filter(found -> found.id() == order.id())
                .findFirst().orElseThrow().status();
    }

    private Instant at(LocalTime time) {
        return day.atTime(time).atZone(ZONE).toInstant();
    }

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }
}
