package org.cardhub.it.core;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.fleet.boundary.FleetCard;
import org.cardhub.fleet.boundary.FleetCards;
import org.cardhub.fleet.entity.CardDetail;
import org.cardhub.fleet.entity.CardFilter;
import org.cardhub.fleet.entity.CardOrder;
import org.cardhub.fleet.entity.CardRow;
import org.cardhub.it.CorporateCardPages;
import org.cardhub.it.core.TerminalLine.Sender;
import org.cardhub.limits.boundary.Limits;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalKind;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.naming.InitialContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A fleet manager reissues a card and closes its successor on the card's page in a real Chromium, and the effect is
 * checked where it lands: the new number on the page with the money and the limits of the old one, the old number and
 * the closed card refused by a terminal and in the stop list, no money left on either.
 *
 * <p>The demo cards are not spent: the first step (inside Payara) makes a throwaway card of the demo company on its
 * distributed contract, the browser step ({@link RunAsClient}) finds it by its holder, and the last step (inside Payara
 * again) plays the terminal. Client and container share no memory, so this run's mark travels in the deployment: the
 * client writes it into a library of the test application, the container reads it back.</p>
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CardReissueAndCloseInBrowserIT {

    private static final String CONTRACT = "F-00000002";
    private static final String RUN_RESOURCE = "cardhub-it/card-reissue-run.txt";
    private static final Amount FIFTY = Amount.parse("50.00", Currency.RUB);

    /** This run's mark: set by {@link #deployment()} on the client, read from the deployment inside the container. */
    private static String run;

    @Deployment
    static EnterpriseArchive deployment() {
        run = "run-" + UUID.randomUUID().toString().substring(0, 8);
        JavaArchive mark = ShrinkWrap.create(JavaArchive.class, "card-reissue-run.jar")
                .addAsResource(new StringAsset(run), RUN_RESOURCE);
        return CoreTestDeployment.with("card-reissue", CardReissueAndCloseInBrowserIT.class, CorporateCardPages.class)
                .addAsLibrary(mark);
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @EJB
    Cards cards;

    @EJB
    Limits limits;

    @EJB
    Payments payments;

    @EJB
    FleetCards fleetCards;

    @EJB
    FleetCard fleetCard;

    @EJB
    Terminals terminals;

    @Test
    @Order(1)
    void aThrowawayVehicleCardOfTheDemoCompanyGetsFiftyRoublesFromItsContractAndTwoLimitsOfItsOwn() {
        Contract contract = demoContract();
        assertThat(contract.balanceModel()).isEqualTo(BalanceModel.DISTRIBUTED);
        Card card = backOffice.call(() -> {
            Card ordered = cards.order(contract.id(), CardForm.PLASTIC, new Card.Holder(HolderKind.VEHICLE, holder(), null)).card();
            cards.issue(ordered.id());
            return cards.activate(ordered.id());
        });
        Outcome handedOut = backOffice.call(() -> payments.transfer(Fixtures.key("card-reissue"), PurseRef.ofContract(CONTRACT),
                PurseRef.ofCard(CardRef.id(card.id())), FIFTY, "test"));
        backOffice.call(() -> limits.addLimit(contract.id(), card.id(), LimitMeasure.MONEY, LimitPeriod.DAY, 1234_00, List.of()));
        backOffice.call(() -> limits.addLimit(contract.id(), card.id(), LimitMeasure.VOLUME, LimitPeriod.WEEK, 300_000, List.of("FUEL")));

        assertThat(handedOut.isApproved()).as(handedOut.message()).isTrue();
        CardDetail detail = backOffice.call(() -> fleetCard.detail(card.id()));
        assertThat(detail.status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(roubles(detail)).isEqualTo(FIFTY);
        assertThat(detail.limits()).filteredOn(limit -> !limit.ofContract()).hasSize(2);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theManagerReissuesTheCardOnlyWithAReasonSeesMoneyAndLimitsOnTheNewNumberTakesTheMoneyBackAndClosesIt() throws Exception {
        try (CorporateCardPages pages = CorporateCardPages.signedIn("fleet")) {
            pages.openCard(CONTRACT, run);
            String oldNumber = pages.cardNumber();
            long oldId = pages.cardId();
            assertThat(pages.text("card-holder")).contains(holder());
            assertThat(pages.text("card-status")).contains("Активна");
            assertThat(pages.texts("#card-purses .purse-available")).contains("50,00 ₽");
            List<String> limitsBefore = pages.texts("li.card-limit");
            assertThat(String.join("\n", limitsBefore)).contains("1 234,00 ₽ в день").contains("300,000 л в неделю, только топливо");

            assertThat(pages.confirmWithoutReason("reissue", "reissue")).isEqualTo("Укажите причину.");
            assertThat(pages.text("card-status")).as("nothing reissued").contains("Активна");
            assertThat(pages.shows("card:successor")).isFalse();

            String reason = "IT: карта износилась, " + run;
            String reissued = pages.confirmWithReason("reissue", "reissue", reason, "перевыпущена");
            String newNumber = pages.text("card:successor");
            assertThat(newNumber).matches("\\d{6}\\*{6}\\d{4}").isNotEqualTo(oldNumber);
            assertThat(reissued).contains(oldNumber).contains(newNumber);
            assertThat(pages.cardNumber()).isEqualTo(oldNumber);
            assertThat(pages.text("card-status")).contains("Перевыпущена");
            assertThat(pages.texts("#card-purses .purse-available")).as("the money left the old card").contains("0,00 ₽");
            assertThat(pages.text("card-history")).contains("Активна → Перевыпущена").contains(reason);
            assertThat(pages.shows("card:reissue") || pages.shows("card:close") || pages.shows("card:block")).isFalse();

            pages.openSuccessor();
            long newId = pages.cardId();
            assertThat(newId).isNotEqualTo(oldId);
            assertThat(pages.cardNumber()).isEqualTo(newNumber);
            assertThat(pages.text("card-holder")).contains(holder());
            assertThat(pages.text("card-status")).contains("Активна");
            assertThat(pages.texts("#card-purses .purse-available")).as("the money moved to the new card").contains("50,00 ₽");
            assertThat(pages.texts("li.card-limit")).as("the same limits").containsExactlyInAnyOrderElementsOf(limitsBefore);

            // a closed card's money could no longer be moved anywhere (Purses.refuseUnknownCard): it goes back first
            String movedBack = pages.moveBackToContract(CONTRACT, newNumber, "50,00", "IT: возврат перед закрытием, " + run);
            assertThat(movedBack).contains("на счёт договора переведено 50,00 ₽");
            assertThat(pages.moneyOnBalancePage(newNumber)).isEqualTo("0,00 ₽");

            pages.openCard(newId);
            assertThat(pages.confirmWithoutReason("close", "closing")).isEqualTo("Укажите причину.");
            assertThat(pages.text("card-status")).as("nothing closed").contains("Активна");

            String closed = pages.confirmWithReason("close", "closing", "IT: машина продана, " + run, "закрыта");
            assertThat(closed).contains(newNumber);
            assertThat(pages.text("card-status")).contains("Закрыта");
            assertThat(pages.shows("card:reissue") || pages.shows("card:close") || pages.shows("card:block")).isFalse();
        }
    }

    @Test
    @Order(3)
    void theOldNumberAndTheClosedCardAreStopListedAndRefusedAtATerminalWithNoMoneyLeftOnThem() throws Exception {
        CardRow old = theRunsCard(CardStatus.REISSUED);
        CardRow closed = theRunsCard(CardStatus.CLOSED);
        CardDetail oldDetail = backOffice.call(() -> fleetCard.detail(old.id()));
        CardDetail closedDetail = backOffice.call(() -> fleetCard.detail(closed.id()));
        assertThat(oldDetail.replacedBy().id()).isEqualTo(closed.id());
        assertThat(List.of(oldDetail, closedDetail)).flatExtracting(CardDetail::purses)
                .allSatisfy(purse -> assertThat(purse.available().isZero()).as("left on a card: %s", purse).isTrue());

        long before = backOffice.call(() -> cards.find(old.id())).stopListVersion() - 1;
        assertThat(cards.stopListChanges(before, 1_000))
                .filteredOn(card -> card.id() == old.id() || card.id() == closed.id())
                .extracting(Card::status, Card::isStopListed)
                .containsExactlyInAnyOrder(tuple(CardStatus.REISSUED, true), tuple(CardStatus.CLOSED, true));

        Sender pos = terminal();
        TerminalLine line = new TerminalLine(InitialContext.doLookup("jms/cardhubConnectionFactory"),
                InitialContext.doLookup("jms/TerminalEvents"));
        for (CardRow card : List.of(old, closed)) {
            String pan = backOffice.call(() -> fixtures.numberOf(card.id()));
            JsonObject answer = line.send(pos, TerminalLine.event(pos, UUID.randomUUID().toString(), "PURCHASE")
                    .add("card", pan).add("amount", "10.00"));
            assertThat(answer.getString("status")).as(card.panMasked()).isEqualTo("DECLINED");
            assertThat(answer.getString("code")).as(card.panMasked()).isEqualTo("CARD_BLOCKED");
        }
    }

    /**
     * Runs whatever the steps before did: a card of the run still live (a step stopped half-way) has its money taken
     * back to the contract account and is closed, so that no run leaves a usable card with money on the demo contract.
     */
    @Test
    @Order(4)
    void theRunLeavesNoLiveCardOnTheDemoContract() {
        List<CardRow> live = theRunsCards(null).stream().filter(card -> card.status() != CardStatus.CLOSED).toList();
        for (CardRow card : live) {
            Amount left = roubles(backOffice.call(() -> fleetCard.detail(card.id())));
            if (left.isPositive()) {
                backOffice.call(() -> payments.transfer(Fixtures.key("card-reissue"), PurseRef.ofCard(CardRef.id(card.id())),
                        PurseRef.ofContract(CONTRACT), left, "test"));
            }
            backOffice.call(() -> cards.close(card.id(), "test clean-up"));
        }

        assertThat(live).as("cards the steps before left live (closed now)").isEmpty();
    }

    private CardRow theRunsCard(CardStatus status) {
        List<CardRow> found = theRunsCards(status);
        assertThat(found).as("the %s card of %s", status, run).hasSize(1);
        return found.get(0);
    }

    /** The cards of this run on the demo contract; with no status, all but those replaced by a reissue. */
    private List<CardRow> theRunsCards(CardStatus status) {
        long contract = demoContract().id();
        return backOffice.call(() -> fleetCards.page(contract, new CardFilter(run(), null, status), CardOrder.BY_HOLDER, 0, 10));
    }

    private Contract demoContract() {
        return backOffice.call(() -> contracts.findByNumber(CONTRACT)).orElseThrow();
    }

    private Sender terminal() {
        String id = "FUEL-R" + ThreadLocalRandom.current().nextInt(1_000_000);
        Terminals.Registered registered = backOffice.call(() -> terminals.register(id, TerminalKind.FUEL_POS, null, "Test site",
                "AZS-17", "RU-MOW"));
        return new Sender(registered.terminal().id(), registered.signingKey());
    }

    private static Amount roubles(CardDetail card) {
        return card.purses().stream().map(CardDetail.Purse::available).filter(amount -> amount.currency() == Currency.RUB)
                .findFirst().orElseThrow();
    }

    /**
     * Whose card it is: starts with «Я» so that the closed cards runs leave on the demo contract sort after the demo's
     * own in the tables ordered by holder, and ends with the run's mark, which the browser's filter looks for.
     */
    private static String holder() {
        return "Я-тест перевыпуска " + run();
    }

    private static String run() {
        if (run == null) {
            try (InputStream mark = CardReissueAndCloseInBrowserIT.class.getClassLoader().getResourceAsStream(RUN_RESOURCE)) {
                assertThat(mark).as(RUN_RESOURCE + " in the deployment").isNotNull();
                run = new String(mark.readAllBytes(), StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return run;
    }
}
