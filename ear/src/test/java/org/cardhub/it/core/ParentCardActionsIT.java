package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.Queue;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.it.core.TerminalLine.Sender;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Spend;
import org.cardhub.payments.entity.TopUpChannel;
import org.cardhub.school.boundary.ChildCards;
import org.cardhub.school.boundary.ChildLimits;
import org.cardhub.school.boundary.ChildMoney;
import org.cardhub.school.boundary.SchoolDays;
import org.cardhub.school.entity.CardSwap;
import org.cardhub.school.entity.ChildCard;
import org.cardhub.school.entity.ChildMove;
import org.cardhub.school.entity.InvalidChildRequestException;
import org.cardhub.school.entity.MoveOutcome;
import org.cardhub.school.entity.PupilRules;
import org.cardhub.school.entity.PurseChoice;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a parent does with their children's cards through the school's boundaries, checked where it lands: a card
 * reported lost is refused by the canteen's terminal at once; a reissue and a change of school put both balances, the
 * limits and the guardians on a new card and leave the old card readable but out of use; a move sent twice with one
 * request id moves once, one above the balance moves nothing and leaves no trace; the other parent is refused as if the
 * cards did not exist, and nothing changes. Every run makes its own school and pupils (the change of school goes to the
 * demo's Лицей № 3, S-00000002), so reruns on a kept database pass.
 */
@ExtendWith(ArquillianExtension.class)
class ParentCardActionsIT {

    private static final String LYCEUM = "S-00000002";

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
    CardDirectory directory;

    @EJB
    Terminals terminals;

    @EJB
    Payments payments;

    @EJB
    ChildCards childCards;

    @EJB
    ChildMoney childMoney;

    @EJB
    ChildLimits childLimits;

    @EJB
    SchoolDays schoolDays;

    @Resource(lookup = "jms/cardhubConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/TerminalEvents")
    Queue terminalEvents;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    private Contract school;
    private Card ivan;
    private Card maria;
    private Card stranger;

    /** A school in Vladivostok with three pupils: Иван (500 ₽ general, 200 ₽ canteen) and Мария are parent's, the third parent2's. */
    @BeforeEach
    void aSchoolWithTwoChildrenOfParentAndOneOfParent2() {
        long organization = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        school = backOffice.call(() -> contracts.activate(contracts.openSchool(organization).id(), "signed"));
        List<Card> pupils = backOffice.call(() -> fixtures.activeCards(school.id(), HolderKind.PUPIL, 3));
        ivan = pupils.get(0);
        maria = pupils.get(1);
        stranger = pupils.get(2);
        backOffice.run(() -> {
            cards.addGuardian(ivan.id(), "parent");
            cards.addGuardian(maria.id(), "parent");
            cards.addGuardian(stranger.id(), "parent2");
        });
        backOffice.call(() -> fixtures.topUpCard(ivan.id(), "500.00"));
        backOffice.call(() -> payments.topUp(Fixtures.key("fixture"), canteen(ivan.id()), rub("200.00"), TopUpChannel.BANK_CARD,
                "fixture"));
        backOffice.call(() -> fixtures.topUpCard(maria.id(), "100.00"));
        backOffice.call(() -> fixtures.topUpCard(stranger.id(), "100.00"));
    }

    @Test
    void aCardReportedLostIsRefusedAtTheCanteenAtOnceAndOnlyAReissueGivesItBack() throws Exception {
        Sender canteen = terminal(TerminalKind.CANTEEN_POS);
        JsonObject before = lunch(canteen, ivan.schoolContractNumber(), "45.00");

        ChildCard blocked = parent.call(() -> childCards.blockLost(ivan.id()));
        JsonObject after = lunch(canteen, ivan.schoolContractNumber(), "45.00");

        assertThat(before.getString("status")).isEqualTo("APPROVED");
        assertThat(blocked.status()).isEqualTo(CardStatus.BLOCKED);
        assertThat(blocked.blockReason()).isEqualTo(BlockReason.LOST);
        assertThat(after.getString("status")).isEqualTo("DECLINED");
        assertThat(after.getString("code")).isEqualTo("CARD_BLOCKED");
        assertThat(count("SELECT COUNT(*) FROM journal_entry WHERE card_id = ? AND kind = 'PURCHASE'", ivan.id())).isEqualTo(1);
        assertThat(backOffice.call(() -> cards.find(ivan.id())).stopListVersion()).as("on the terminals' stop list").isNotNull();
        assertThat(blocked.general()).isEqualTo(rub("500.00"));
        assertThat(blocked.canteen()).as("the money stays").isEqualTo(rub("155.00"));
        assertThat(Thrown.by(() -> parent.call(() -> childCards.blockLost(ivan.id()))))
                .isInstanceOfSatisfying(InvalidCardOperationException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidCardOperationException.Code.STATUS_TRANSITION));
        assertThat(Thrown.by(() -> parent.call(() -> cards.unblock(ivan.id()))))
                .as("a lost card is not unblocked, by anyone").isInstanceOf(InvalidCardOperationException.class);
    }

    @Test
    void aReissueMovesBothBalancesToANewActiveCardWithTheSameSchoolNumberGuardiansAndLimitsAndKeepsTheOldHistory()
            throws Exception {
        String schoolNumber = ivan.schoolContractNumber();
        payments.purchase(Fixtures.key("terminal:CANTEEN-T"), lunchSpend(ivan.id(), "70.00"), "terminal:CANTEEN-T");
        parent.call(() -> childLimits.save(ivan.id(), new PupilRules(rub("300.00"), null, List.of("SWEETS"), null, null)));
        parent.call(() -> childCards.blockLost(ivan.id()));

        CardSwap swap = parent.call(() -> childCards.reissue(ivan.id()));

        Card fresh = backOffice.call(() -> cards.find(swap.newCardId()));
        assertThat(fresh.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(fresh.contractId()).isEqualTo(school.id());
        assertThat(fresh.schoolContractNumber()).isEqualTo(schoolNumber).isEqualTo(swap.schoolNumber());
        assertThat(fresh.panMasked()).isEqualTo(swap.newMasked()).isNotEqualTo(ivan.panMasked());
        assertThat(swap.general()).isEqualTo(rub("500.00"));
        assertThat(swap.canteen()).isEqualTo(rub("130.00"));
        ChildCard now = parent.call(() -> childCards.card(swap.newCardId()));
        assertThat(now.general()).isEqualTo(rub("500.00"));
        assertThat(now.canteen()).isEqualTo(rub("130.00"));
        assertThat(now.replaces().cardId()).isEqualTo(ivan.id());
        assertThat(backOffice.call(() -> directory.guardiansOf(swap.newCardId()))).containsExactly("parent");
        assertThat(parent.call(() -> childLimits.of(swap.newCardId())).rules())
                .isEqualTo(new PupilRules(rub("300.00"), null, List.of("SWEETS"), null, null));

        ChildCard old = parent.call(() -> childCards.card(ivan.id()));
        assertThat(old.status()).isEqualTo(CardStatus.REISSUED);
        assertThat(old.isFormer()).isTrue();
        assertThat(old.replacedBy().cardId()).isEqualTo(swap.newCardId());
        assertThat(old.general().isZero() && old.canteen().isZero()).as("nothing left on the old card").isTrue();
        assertThat(old.steps()).extracting(step -> step.to()).contains(CardStatus.BLOCKED, CardStatus.REISSUED);
        assertThat(parent.call(() -> schoolDays.day(ivan.id(), today())).summary().meals()).as("the old card's meals stay readable").isEqualTo(1);
        assertThat(backOffice.call(() -> directory.formerlyGuardedBy("parent"))).extracting(Card::id).contains(ivan.id());
        assertThat(parent.call(() -> childMoney.mine())).extracting(child -> child.cardId())
                .contains(swap.newCardId()).doesNotContain(ivan.id());

        assertRefused(() -> parent.call(() -> childCards.reissue(ivan.id())), InvalidChildRequestException.Code.CARD_REPLACED);
        assertRefused(() -> parent.call(() -> childLimits.save(ivan.id(), PupilRules.NONE)),
                InvalidChildRequestException.Code.CARD_REPLACED);
        MoveOutcome fromOld = parent.call(() -> childMoney.move(UUID.randomUUID().toString(),
                new ChildMove(new PurseChoice(ivan.id(), AccountPurpose.MAIN), new PurseChoice(maria.id(), AccountPurpose.MAIN),
                        rub("1.00"))));
        assertThat(fromOld.status()).isEqualTo(MoveOutcome.Status.REFUSED);
        assertThat(fromOld.refusal()).isEqualTo("CARD_REPLACED");
        Sender canteen = terminal(TerminalKind.CANTEEN_POS);
        String oldNumber = backOffice.call(() -> fixtures.numberOf(ivan.id()));
        assertThat(lunch(canteen, oldNumber, "10.00").getString("code")).as("the old number").isEqualTo("CARD_BLOCKED");
        assertThat(lunch(canteen, schoolNumber, "10.00").getString("status")).as("the school number, now the new card's")
                .isEqualTo("APPROVED");
    }

    @Test
    void aChangeOfSchoolPutsANewCardOnTheNewSchoolsContractWithANewNumberAndKeepsTheOldSchoolsHistoryReadable()
            throws Exception {
        Contract lyceum = backOffice.call(() -> contracts.findByNumber(LYCEUM)).orElseThrow();
        String oldNumber = ivan.schoolContractNumber();
        payments.purchase(Fixtures.key("terminal:CANTEEN-T"), lunchSpend(ivan.id(), "70.00"), "terminal:CANTEEN-T");
        parent.call(() -> childLimits.save(ivan.id(), new PupilRules(rub("300.00"), rub("100.00"), List.of(), null, null)));
        assertThat(parent.call(() -> childCards.otherSchools(ivan.id()))).extracting(choice -> choice.contractNumber())
                .contains(LYCEUM).doesNotContain(school.number());

        CardSwap swap = parent.call(() -> childCards.changeSchool(ivan.id(), LYCEUM));

        Card fresh = backOffice.call(() -> cards.find(swap.newCardId()));
        assertThat(fresh.contractId()).isEqualTo(lyceum.id());
        assertThat(fresh.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(fresh.schoolContractNumber()).matches("\\d{8}").isNotEqualTo(oldNumber).isEqualTo(swap.schoolNumber());
        assertThat(fresh.activationCodeHash()).as("a new code, kept only as its keyed hash").matches("[0-9a-f]{64}");
        assertThat(fresh.barcode()).isNotEqualTo(ivan.barcode());
        assertThat(swap.school()).contains("Лицей № 3");
        ChildCard now = parent.call(() -> childCards.card(swap.newCardId()));
        assertThat(now.general()).isEqualTo(rub("500.00"));
        assertThat(now.canteen()).isEqualTo(rub("130.00"));
        assertThat(now.contractNumber()).isEqualTo(LYCEUM);
        assertThat(now.zone().getId()).isEqualTo("Europe/Moscow");
        assertThat(backOffice.call(() -> directory.guardiansOf(swap.newCardId()))).containsExactly("parent");
        assertThat(parent.call(() -> childLimits.of(swap.newCardId())).rules().daily()).isEqualTo(rub("300.00"));
        assertThat(parent.call(() -> childLimits.save(swap.newCardId(),
                new PupilRules(rub("350.00"), null, List.of("BUFFET"), null, null))))
                .as("the carried limits are the new school's contract's, so the parent can change them").isTrue();

        Card old = backOffice.call(() -> cards.find(ivan.id()));
        assertThat(old.status()).isEqualTo(CardStatus.REISSUED);
        assertThat(old.schoolContractNumber()).as("the old school's number stays with the old card").isEqualTo(oldNumber);
        ChildCard oldPage = parent.call(() -> childCards.card(ivan.id()));
        assertThat(oldPage.contractNumber()).isEqualTo(school.number());
        assertThat(oldPage.general().isZero() && oldPage.canteen().isZero()).isTrue();
        assertThat(parent.call(() -> schoolDays.day(ivan.id(), today())).summary().meals()).as("the old school's meals").isEqualTo(1);
        Sender canteen = terminal(TerminalKind.CANTEEN_POS);
        assertThat(lunch(canteen, oldNumber, "10.00").getString("code")).isEqualTo("CARD_BLOCKED");
        assertRefused(() -> parent.call(() -> childCards.changeSchool(swap.newCardId(), LYCEUM)),
                InvalidChildRequestException.Code.SCHOOL_UNKNOWN);
        assertThat(count("SELECT COUNT(*) FROM lifecycle_event WHERE subject_type = 'CARD' AND subject_id = ? "
                + "AND to_status = 'REISSUED'", ivan.id())).as("audited").isEqualTo(1);
    }

    @Test
    void aMoveSentTwiceWithOneRequestIdMovesOnceAndOneAboveTheBalanceMovesNothing() throws Exception {
        PurseChoice ivanGeneral = new PurseChoice(ivan.id(), AccountPurpose.MAIN);
        PurseChoice mariaCanteen = new PurseChoice(maria.id(), AccountPurpose.CANTEEN);
        ChildMove hundred = new ChildMove(ivanGeneral, mariaCanteen, rub("100.00"));
        String requestId = UUID.randomUUID().toString();

        MoveOutcome first = parent.call(() -> childMoney.move(requestId, hundred));
        MoveOutcome again = parent.call(() -> childMoney.move(requestId, hundred));
        MoveOutcome staleWithOtherAmount = parent.call(() -> childMoney.move(requestId,
                new ChildMove(ivanGeneral, mariaCanteen, rub("150.00"))));

        assertThat(first.status()).isEqualTo(MoveOutcome.Status.MOVED);
        assertThat(first.available()).isEqualTo(rub("400.00"));
        assertThat(again.status()).isEqualTo(MoveOutcome.Status.ALREADY_DONE);
        assertThat(staleWithOtherAmount.status()).isEqualTo(MoveOutcome.Status.ALREADY_DONE);
        assertThat(balances(ivan.id())).containsExactly(rub("400.00"), rub("200.00"));
        assertThat(balances(maria.id())).containsExactly(rub("100.00"), rub("100.00"));

        String doubleClick = UUID.randomUUID().toString();
        ChildMove fifty = new ChildMove(ivanGeneral, new PurseChoice(ivan.id(), AccountPurpose.CANTEEN), rub("50.00"));
        Callable<MoveOutcome> click = () -> parent.call(() -> childMoney.move(doubleClick, fifty));
        Future<MoveOutcome> one = executor.submit(click);
        Future<MoveOutcome> other = executor.submit(click);
        List<MoveOutcome.Status> both = List.of(one.get(30, TimeUnit.SECONDS).status(), other.get(30, TimeUnit.SECONDS).status());
        assertThat(both).contains(MoveOutcome.Status.MOVED).doesNotContain(MoveOutcome.Status.REFUSED);
        assertThat(balances(ivan.id())).as("moved once").containsExactly(rub("350.00"), rub("250.00"));

        String tooMuch = UUID.randomUUID().toString();
        MoveOutcome above = parent.call(() -> childMoney.move(tooMuch,
                new ChildMove(new PurseChoice(maria.id(), AccountPurpose.MAIN), ivanGeneral, rub("100.01"))));
        assertThat(above.status()).isEqualTo(MoveOutcome.Status.INSUFFICIENT);
        assertThat(above.available()).isEqualTo(rub("100.00"));
        assertThat(balances(maria.id())).containsExactly(rub("100.00"), rub("100.00"));
        assertThat(count("SELECT COUNT(*) FROM idempotency_record WHERE scope = 'ui:parent' AND idem_key = ?", tooMuch))
                .as("nothing written for a move above the balance").isZero();
    }

    @Test
    void theOtherParentIsRefusedAsIfTheChildrenDidNotExistAndNothingChanges() throws Exception {
        PurseChoice ivanGeneral = new PurseChoice(ivan.id(), AccountPurpose.MAIN);
        PurseChoice strangersGeneral = new PurseChoice(stranger.id(), AccountPurpose.MAIN);

        assertDenied(() -> otherParent.call(() -> childMoney.move(UUID.randomUUID().toString(),
                new ChildMove(ivanGeneral, strangersGeneral, rub("10.00")))));
        assertDenied(() -> parent.call(() -> childMoney.move(UUID.randomUUID().toString(),
                new ChildMove(ivanGeneral, strangersGeneral, rub("10.00")))));
        assertDenied(() -> otherParent.call(() -> childCards.card(ivan.id())));
        assertDenied(() -> otherParent.call(() -> childCards.blockLost(ivan.id())));
        assertDenied(() -> otherParent.call(() -> childCards.reissue(ivan.id())));
        assertDenied(() -> otherParent.call(() -> childCards.changeSchool(ivan.id(), LYCEUM)));
        assertDenied(() -> otherParent.call(() -> childCards.otherSchools(ivan.id())));
        assertDenied(() -> otherParent.call(() -> childLimits.of(ivan.id())));
        assertDenied(() -> otherParent.call(() -> childLimits.save(ivan.id(),
                new PupilRules(rub("1.00"), null, List.of("BUFFET"), null, null))));
        assertThat(otherParent.call(() -> childMoney.mine())).extracting(child -> child.cardId())
                .contains(stranger.id()).doesNotContain(ivan.id(), maria.id());

        assertThat(backOffice.call(() -> cards.find(ivan.id())).status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(balances(ivan.id())).containsExactly(rub("500.00"), rub("200.00"));
        assertThat(balances(stranger.id())).containsExactly(rub("100.00"), rub("0.00"));
        assertThat(parent.call(() -> childLimits.of(ivan.id())).history()).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM card WHERE reissued_from_id = ?", ivan.id())).isZero();
    }

    /** The card's general and canteen balances, as the ledger holds them. */
    private List<Amount> balances(long cardId) throws SQLException {
        return List.of(balance(cardId, "MAIN"), balance(cardId, "CANTEEN"));
    }

    private Amount balance(long cardId, String purpose) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT COALESCE(SUM(balance_minor), 0) FROM account "
                     + "WHERE card_id = ? AND purpose = ? AND currency = 'RUB'")) {
            statement.setLong(1, cardId);
            statement.setString(2, purpose);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return Amount.ofMinorUnits(rows.getLong(1), Currency.RUB);
            }
        }
    }

    private JsonObject lunch(Sender canteen, String card, String amount) {
        var dishes = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("name", "Котлета с пюре").add("category", "HOT_MEAL").add("qty", 1)
                        .add("price", amount));
        return new TerminalLine(connectionFactory, terminalEvents).send(canteen,
                TerminalLine.event(canteen, UUID.randomUUID().toString(), "PURCHASE").add("card", card).add("amount", amount)
                        .add("items", dishes));
    }

    private static Spend lunchSpend(long cardId, String amount) {
        return new Spend(CardRef.id(cardId), rub(amount), null, null, "HOT_MEAL", null, null, Instant.now(), List.of(
                new Spend.Item("Суп куриный", "HOT_MEAL", 1, rub(amount))));
    }

    private Sender terminal(TerminalKind kind) {
        String id = "PCA-T" + ThreadLocalRandom.current().nextInt(1_000_000);
        Terminals.Registered registered = backOffice.call(() -> terminals.register(id, kind, null, "Школа", "SCHOOL-T", "RU-PRI"));
        return new Sender(registered.terminal().id(), registered.signingKey());
    }

    private static PurseRef canteen(long cardId) {
        return new PurseRef(CardRef.id(cardId), null, AccountPurpose.CANTEEN, Currency.RUB);
    }

    private static Amount rub(String amount) {
        return Amount.parse(amount, Currency.RUB);
    }

    private long count(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Today in the test school's zone (Vladivostok), where the day's meals are counted. */
    private static java.time.LocalDate today() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Vladivostok"));
    }

    private static void assertRefused(ThrowingCallable call, InvalidChildRequestException.Code code) {
        assertThat(Thrown.by(call)).isInstanceOfSatisfying(InvalidChildRequestException.class,
                refused -> assertThat(refused.code()).isEqualTo(code));
    }

    private static void assertDenied(ThrowingCallable call) {
        Throwable thrown = Thrown.by(call);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof AccessDeniedException) {
                return;
            }
        }
        throw new AssertionError("expected the caller to be refused as unknown, got " + thrown, thrown);
    }
}
