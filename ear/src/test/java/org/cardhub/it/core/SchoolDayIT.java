package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.it.core.TerminalLine.Sender;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.school.boundary.SchoolCards;
import org.cardhub.school.boundary.SchoolDays;
import org.cardhub.school.entity.DayEvent;
import org.cardhub.school.entity.DaySummary;
import org.cardhub.school.entity.Dish;
import org.cardhub.school.entity.PupilCard;
import org.cardhub.school.entity.SchoolDay;
import org.cardhub.terminals.boundary.TerminalPlaces;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A pupil's school day as the terminals write it and the cabinets read it, in the school's time zone (Vladivostok):
 * a turnstile pass, a canteen purchase with its dishes and a bus fare land on the school's today with the day's
 * summary, a fare (not a meal) counted as a trip; a pass late in the evening on that evening's day; a purchase taken
 * back shown cancelled and counted nowhere. The parent reads their children, another parent nothing of them, the
 * pupil only their own card.
 */
@ExtendWith(ArquillianExtension.class)
class SchoolDayIT {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");

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
    AsPupil pupil;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @EJB
    Cards cards;

    @EJB
    Terminals terminals;

    @EJB
    SchoolDays schoolDays;

    @EJB
    SchoolCards schoolCards;

    @EJB
    TerminalPlaces terminalPlaces;

    @Resource(lookup = "jms/cardhubConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/TerminalEvents")
    Queue terminalEvents;

    private Card ivan;
    private Card maria;
    private Sender gate;
    private Sender canteen;
    private Sender bus;

    @BeforeEach
    void aBrotherAndASisterAtASchoolInVladivostok() {
        long school = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(school).id(), "signed"));
        ivan = backOffice.call(() -> {
            Card card = cards.order(contract.id(), CardForm.PLASTIC, new Card.Holder(HolderKind.PUPIL, "Петров Иван", "pupil")).card();
            cards.issue(card.id());
            return cards.activate(card.id());
        });
        maria = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 1)).get(0);
        backOffice.run(() -> {
            cards.addGuardian(ivan.id(), "parent");
            cards.addGuardian(maria.id(), "parent");
        });
        backOffice.call(() -> fixtures.topUpCard(ivan.id(), "500.00"));
        gate = terminal(TerminalKind.TURNSTILE, "Школа, главный вход");
        canteen = terminal(TerminalKind.CANTEEN_POS, "Школа, столовая");
        bus = terminal(TerminalKind.TRANSPORT_VALIDATOR, "Автобус, маршрут 42");
    }

    @Test
    void aPassAMealWithItsDishesAndABusFareAreTheSchoolsTodayAndTheFareIsATrip() throws Exception {
        assertThat(send(gate, TerminalLine.event(gate, id(), "ENTRY").add("card", ivan.barcode())).getString("status"))
                .isEqualTo("ACCEPTED");
        assertThat(send(canteen, lunch(id())).getString("status")).isEqualTo("APPROVED");
        assertThat(send(bus, TerminalLine.event(bus, id(), "FARE").add("card", ivan.schoolContractNumber())
                .add("amount", "35.00")).getString("status")).isEqualTo("APPROVED");
        LocalDate today = LocalDate.now(VLADIVOSTOK);

        SchoolDay day = parent.call(() -> schoolDays.day(ivan.id(), today));

        assertThat(day.zone()).isEqualTo(VLADIVOSTOK);
        assertThat(day.events()).extracting(DayEvent::kind).containsSubsequence(DayEvent.Kind.TOP_UP, DayEvent.Kind.ENTRY,
                DayEvent.Kind.MEAL, DayEvent.Kind.TRIP);
        DayEvent meal = only(day, DayEvent.Kind.MEAL);
        assertThat(meal.amount()).isEqualTo(rub("-70.00"));
        assertThat(meal.dishes()).extracting(Dish::name, Dish::quantity, Dish::total)
                .containsExactly(tuple("Борщ", 1, rub("45.00")), tuple("Компот", 2, rub("25.00")));
        DayEvent trip = only(day, DayEvent.Kind.TRIP);
        assertThat(trip.amount()).isEqualTo(rub("-35.00"));
        assertThat(trip.terminalId()).isEqualTo(bus.id());
        assertThat(parent.call(() -> terminalPlaces.of(List.of(trip.terminalId())))).containsEntry(bus.id(), "Автобус, маршрут 42");
        DaySummary summary = day.summary();
        assertThat(summary.meals()).isEqualTo(1);
        assertThat(summary.spentOnMeals()).isEqualTo(rub("70.00"));
        assertThat(summary.trips()).isEqualTo(1);
        assertThat(summary.spentOnTrips()).isEqualTo(rub("35.00"));
        assertThat(summary.toppedUp()).isEqualTo(rub("500.00"));
        assertThat(summary.firstEntry()).isNotNull();
        assertThat(day.generalAtEnd().plus(day.canteenAtEnd())).as("the purses now: 500 less the meal and the fare")
                .isEqualTo(rub("395.00"));
        assertThat(parent.call(() -> schoolDays.days(ivan.id(), today.minusDays(6), today)))
                .first().satisfies(line -> {
                    assertThat(line.date()).isEqualTo(today);
                    assertThat(line.meals()).isEqualTo(1);
                    assertThat(line.trips()).isEqualTo(1);
                });
    }

    @Test
    void aPassLateInTheEveningIsThatEveningsDayOnTheSchoolsClock() throws Exception {
        LocalDate yesterday = LocalDate.now(VLADIVOSTOK).minusDays(1);
        String lateEvening = yesterday.atTime(LocalTime.of(23, 30)).atZone(VLADIVOSTOK).toOffsetDateTime().toString();

        send(gate, TerminalLine.event(gate, id(), "EXIT").add("card", ivan.barcode()).add("occurredAt", lateEvening));

        assertThat(parent.call(() -> schoolDays.day(ivan.id(), yesterday)).events()).extracting(DayEvent::kind)
                .containsExactly(DayEvent.Kind.EXIT);
        assertThat(parent.call(() -> schoolDays.day(ivan.id(), yesterday.plusDays(1))).events()).extracting(DayEvent::kind)
                .doesNotContain(DayEvent.Kind.EXIT);
    }

    @Test
    void aPurchaseTakenBackIsShownCancelledAndCountsNowhere() throws Exception {
        String purchase = id();
        send(canteen, lunch(purchase));
        assertThat(send(canteen, TerminalLine.event(canteen, id(), "REVERSAL").add("refEventId", purchase)).getString("status"))
                .isEqualTo("APPROVED");

        SchoolDay day = parent.call(() -> schoolDays.day(ivan.id(), LocalDate.now(VLADIVOSTOK)));

        assertThat(only(day, DayEvent.Kind.MEAL).cancelled()).isTrue();
        assertThat(day.events()).extracting(DayEvent::kind).doesNotContain(DayEvent.Kind.CANCELLATION);
        assertThat(day.summary().meals()).isZero();
        assertThat(day.summary().spentOnMeals()).isEqualTo(rub("0.00"));
    }

    @Test
    void theParentsHomeShowsBothChildrenWithTheirMoneyAndToday() throws Exception {
        send(canteen, lunch(id()));

        List<PupilCard> home = parent.call(() -> schoolCards.ofMyChildren());

        PupilCard card = home.stream().filter(panel -> panel.cardId() == ivan.id()).findFirst().orElseThrow();
        assertThat(home).extracting(PupilCard::cardId).contains(maria.id());
        assertThat(card.holderName()).isEqualTo("Петров Иван");
        assertThat(card.zone()).isEqualTo(VLADIVOSTOK);
        assertThat(card.general().plus(card.canteen())).isEqualTo(rub("430.00"));
        assertThat(card.spendable().left()).as("no limit: the money on both purses").isEqualTo(rub("430.00"));
        assertThat(card.today().meals()).isEqualTo(1);
        assertThat(card.today().toppedUp()).isEqualTo(rub("500.00"));
    }

    @Test
    void anotherParentIsRefusedAsIfTheChildDidNotExist() throws Exception {
        LocalDate today = LocalDate.now(VLADIVOSTOK);

        assertDenied(() -> otherParent.call(() -> schoolDays.day(ivan.id(), today)));
        assertDenied(() -> otherParent.call(() -> schoolDays.days(ivan.id(), today.minusDays(6), today)));
        assertDenied(() -> otherParent.call(() -> schoolDays.card(maria.id())));
        assertDenied(() -> otherParent.call(() -> schoolDays.day(Long.MAX_VALUE, today)));
        assertThat(otherParent.call(() -> schoolCards.ofMyChildren())).as("parent2 has children of their own, not these")
                .extracting(PupilCard::cardId).doesNotContain(ivan.id(), maria.id());
    }

    @Test
    void aPupilSeesTheirOwnCardAndDaysButNotTheirSisters() throws Exception {
        LocalDate today = LocalDate.now(VLADIVOSTOK);

        assertThat(pupil.call(() -> schoolCards.mine())).extracting(PupilCard::cardId).contains(ivan.id())
                .doesNotContain(maria.id());
        assertThat(pupil.call(() -> schoolDays.day(ivan.id(), today)).summary().toppedUp()).isEqualTo(rub("500.00"));
        assertDenied(() -> pupil.call(() -> schoolDays.day(maria.id(), today)));
        assertDenied(() -> pupil.call(() -> schoolDays.card(maria.id())));
        Throwable notAParent = catchThrowable(() -> pupil.call(() -> schoolCards.ofMyChildren()));
        assertThat(notAParent).as("a pupil has no children's home").isNotNull();
        assertThat(causes(notAParent)).anyMatch(EJBAccessException.class::isInstance);
    }

    private JsonObject send(Sender sender, JsonObjectBuilder event) {
        return new TerminalLine(connectionFactory, terminalEvents).send(sender, event);
    }

    private JsonObjectBuilder lunch(String eventId) {
        var dishes = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "Борщ").add("category", "HOT_MEAL").add("qty", 1).add("price", "45.00"))
                .add(Json.createObjectBuilder().add("name", "Компот").add("category", "DRINK").add("qty", 2).add("price", "12.50"));
        return TerminalLine.event(canteen, eventId, "PURCHASE").add("card", ivan.schoolContractNumber()).add("amount", "70.00")
                .add("items", dishes);
    }

    private Sender terminal(TerminalKind kind, String location) {
        String id = kind.name().substring(0, 4) + "-D" + ThreadLocalRandom.current().nextInt(1_000_000);
        Terminals.Registered registered = backOffice.call(() -> terminals.register(id, kind, null, location, null, "RU-PRI"));
        return new Sender(registered.terminal().id(), registered.signingKey());
    }

    private static DayEvent only(SchoolDay day, DayEvent.Kind kind) {
        List<DayEvent> found = day.events().stream().filter(event -> event.kind() == kind).toList();
        assertThat(found).as(kind.name()).hasSize(1);
        return found.get(0);
    }

    private static String id() {
        return UUID.randomUUID().toString();
    }

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }

    private static List<Throwable> causes(Throwable thrown) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }

    private static void assertDenied(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return;
            }
        }
        throw new AssertionError("expected the caller to be refused, got " + thrown, thrown);
    }
}
