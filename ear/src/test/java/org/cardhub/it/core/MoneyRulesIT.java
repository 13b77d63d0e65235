package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.audit.entity.LifecycleEvent;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.ledger.boundary.Bookkeeping;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.ledger.entity.ClosedPeriodException;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.limits.boundary.Limits;
import org.cardhub.limits.entity.LimitChange;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.payments.boundary.HoldExpiry;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Spend;
import org.cardhub.payments.entity.TopUpChannel;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The money core's rules, one by one, against the real boundaries and database. */
@ExtendWith(ArquillianExtension.class)
class MoneyRulesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    Fixtures fixtures;

    @EJB
    Payments payments;

    @EJB
    Cards cards;

    @EJB
    Contracts contracts;

    @EJB
    Limits limits;

    @EJB
    Bookkeeping bookkeeping;

    @EJB
    AuditLog audit;

    @EJB
    HoldExpiry holdExpiry;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    @Test
    void badAmountsAreRefusedWithACodeAndWriteNothing() throws SQLException {
        Card card = fundedPooledCard("1000.00");
        long entriesBefore = entriesOfContract(card.contractId());

        assertThat(codeOf(() -> payments.topUp(Fixtures.key("t"), PurseRef.ofCard(CardRef.id(card.id())),
                Amount.ofMinorUnits(0, Currency.RUB), TopUpChannel.CASH, "t"))).isEqualTo("AMOUNT_NOT_POSITIVE");
        assertThat(codeOf(() -> payments.topUp(Fixtures.key("t"), PurseRef.ofCard(CardRef.id(card.id())),
                Amount.ofMinorUnits(-100, Currency.RUB), TopUpChannel.CASH, "t"))).isEqualTo("AMOUNT_NOT_POSITIVE");
        assertThat(codeOf(() -> Amount.parse("10.001", Currency.RUB))).isEqualTo("AMOUNT_SCALE");
        assertThat(codeOf(() -> Amount.parse("1.0001", Currency.LITRE))).isEqualTo("AMOUNT_SCALE");
        assertThat(codeOf(() -> payments.topUp(Fixtures.key("t"), PurseRef.ofCard(CardRef.id(card.id())),
                Amount.parse("10.000", Currency.LITRE), TopUpChannel.FUEL_VOUCHER, "t")))
                .as("litres into a rouble purse").isEqualTo("CURRENCY_MISMATCH");
        assertThat(codeOf(() -> backOffice.call(() -> payments.correct(Fixtures.key("t"),
                PurseRef.ofContract(contractNumber(card)), Amount.parse("5.00", Currency.RUB), " "))))
                .isEqualTo("REASON_REQUIRED");

        assertThat(entriesOfContract(card.contractId())).isEqualTo(entriesBefore);
    }

    @Test
    void unknownAndBlockedCardsAreDeclinedAndPostNothing() throws SQLException {
        Card card = fundedPooledCard("1000.00");
        long entriesBefore = entriesOfContract(card.contractId());

        Outcome unknown = payments.purchase(Fixtures.key("t"), new Spend(CardRef.parse(CardNumber.generate(Cards.BIN, 999_999_999L).digits()),
                Amount.parse("10.00", Currency.RUB), null, "AI-95", "FUEL", null, null, Instant.now()), "t");
        backOffice.call(() -> cards.block(card.id(), BlockReason.TEMPORARY));
        Outcome blocked = payments.purchase(Fixtures.key("t"), spend(card, "10.00", "FUEL"), "t");

        assertThat(unknown.code()).isEqualTo("CARD_UNKNOWN");
        assertThat(blocked.code()).isEqualTo("CARD_BLOCKED");
        assertThat(entriesOfContract(card.contractId())).isEqualTo(entriesBefore);
        backOffice.call(() -> cards.unblock(card.id()));
        assertThat(payments.purchase(Fixtures.key("t"), spend(card, "10.00", "FUEL"), "t").isApproved()).isTrue();
    }

    @Test
    void aLostCardCannotBeUnblockedAndItsReissueKeepsTheBalanceLimitsAndHistory() {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.DISTRIBUTED, Funding.PREPAID, "0"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.DRIVER, 1)).get(0);
        backOffice.call(() -> fixtures.topUpCard(card.id(), "750.00"));
        backOffice.call(() -> limits.addLimit(contract.id(), card.id(), LimitMeasure.MONEY, LimitPeriod.DAY, 300_00, List.of()));

        backOffice.call(() -> cards.block(card.id(), BlockReason.LOST));
        assertThat(codeOf(() -> backOffice.call(() -> cards.unblock(card.id())))).isEqualTo("PERMANENT_BLOCK");
        Cards.IssuedCard successor = backOffice.call(() -> cards.reissue(card.id(), "lost on the road"));

        assertThat(successor.card().status()).isEqualTo(CardStatus.ACTIVE);
        assertThat(successor.number().masked()).isNotEqualTo(card.panMasked());
        Outcome overLimit = payments.purchase(Fixtures.key("t"), spend(successor.card(), "350.00", "FUEL"), "t");
        assertThat(overLimit.code()).as("the daily limit moved to the new card").isEqualTo("LIMIT_EXCEEDED");
        Outcome spent = payments.purchase(Fixtures.key("t"), spend(successor.card(), "300.00", "FUEL"), "t");
        assertThat(spent.balance().toPlainString()).as("750 moved over, 300 spent").isEqualTo("450.00");
        List<LifecycleEvent> history = backOffice.call(() -> cards.history(card.id()));
        assertThat(history).extracting(LifecycleEvent::toStatus)
                .containsExactly("ORDERED", "ISSUED", "ACTIVE", "BLOCKED", "REISSUED");
        assertThat(history.get(3).reason()).isEqualTo("LOST");
        assertThat(history).allMatch(event -> "backoffice".equals(event.actor()));
    }

    @Test
    void aDeclineByLimitSaysWhichLimitAndEveryLimitChangeKeepsOldAndNewValues() {
        Card card = fundedPooledCard("10000.00");
        var limit = backOffice.call(() -> limits.addLimit(card.contractId(), card.id(), LimitMeasure.MONEY,
                LimitPeriod.DAY, 1000_00, List.of("FUEL")));
        assertThat(payments.purchase(Fixtures.key("t"), spend(card, "800.00", "FUEL"), "t").isApproved()).isTrue();

        Outcome declined = payments.purchase(Fixtures.key("t"), spend(card, "300.00", "FUEL"), "t");
        Outcome otherCategory = payments.purchase(Fixtures.key("t"), spend(card, "300.00", "CAR_WASH"), "t");
        backOffice.call(() -> limits.changeLimit(limit.id(), 1500_00));
        Outcome afterRaise = payments.purchase(Fixtures.key("t"), spend(card, "300.00", "FUEL"), "t");

        assertThat(declined.code()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(declined.message()).contains("Card limit 1000.00 RUB a day for FUEL").contains("800.00 RUB used")
                .contains("300.00 RUB asked");
        assertThat(otherCategory.isApproved()).isTrue();
        assertThat(afterRaise.isApproved()).isTrue();
        List<LimitChange> changes = backOffice.call(() -> limits.changesOfCard(card.id()));
        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).oldValue()).contains("1000.00 RUB");
        assertThat(changes.get(1).newValue()).contains("1500.00 RUB");
        assertThat(changes.get(1).actor()).isEqualTo("backoffice");
    }

    @Test
    void aContractWideLimitCountsEveryCardAndACountLimitCountsPurchases() {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.DISTRIBUTED, Funding.PREPAID, "0"));
        List<Card> vehicles = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 2));
        for (Card vehicle : vehicles) {
            backOffice.call(() -> fixtures.topUpCard(vehicle.id(), "1000.00"));
        }
        backOffice.call(() -> limits.addLimit(contract.id(), null, LimitMeasure.MONEY, LimitPeriod.DAY, 500_00, List.of()));
        backOffice.call(() -> limits.addLimit(contract.id(), vehicles.get(0).id(), LimitMeasure.COUNT, LimitPeriod.DAY, 2, List.of()));

        Outcome first = payments.purchase(Fixtures.key("t"), spend(vehicles.get(0), "100.00", "FUEL"), "t");
        Outcome second = payments.purchase(Fixtures.key("t"), spend(vehicles.get(0), "100.00", "FUEL"), "t");
        Outcome third = payments.purchase(Fixtures.key("t"), spend(vehicles.get(0), "10.00", "FUEL"), "t");
        Outcome otherCard = payments.purchase(Fixtures.key("t"), spend(vehicles.get(1), "250.00", "FUEL"), "t");
        Outcome overContract = payments.purchase(Fixtures.key("t"), spend(vehicles.get(1), "100.00", "FUEL"), "t");

        assertThat(first.isApproved()).isTrue();
        assertThat(second.isApproved()).isTrue();
        assertThat(third.code()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(third.message()).startsWith("Card limit 2 purchase(s) a day");
        assertThat(otherCard.isApproved()).isTrue();
        assertThat(overContract.code()).isEqualTo("LIMIT_EXCEEDED");
        assertThat(overContract.message()).startsWith("Contract limit 500.00 RUB a day").contains("450.00 RUB used");
    }

    @Test
    void productsHoursAndStationsRestrictACard() {
        Card card = fundedPooledCard("10000.00");
        backOffice.run(() -> {
            limits.allowCategories(card.id(), List.of("FUEL"));
            limits.allowStations(card.id(), List.of("AZS-17"), List.of());
        });

        assertThat(payments.purchase(Fixtures.key("t"), spend(card, "50.00", "HOTEL"), "t").code()).isEqualTo("PRODUCT_NOT_ALLOWED");
        assertThat(payments.purchase(Fixtures.key("t"), new Spend(CardRef.id(card.id()), Amount.parse("50.00", Currency.RUB),
                null, "AI-95", "FUEL", "AZS-99", "RU-MOW", Instant.now()), "t").code()).isEqualTo("STATION_NOT_ALLOWED");
        LocalTime now = LocalTime.now(ZoneId.of("Europe/Moscow"));
        // an hour of the same day that is not now: a window may not run over midnight
        LocalTime from = now.isBefore(LocalTime.of(20, 0)) ? now.plusHours(2) : now.minusHours(3);
        backOffice.run(() -> limits.limitHours(card.id(), from, from.plusHours(1)));
        assertThat(payments.purchase(Fixtures.key("t"), spend(card, "50.00", "FUEL"), "t").code()).isEqualTo("OUTSIDE_TIME_WINDOW");
    }

    @Test
    void aRestrictionACardLimitAndAContractLimitAllHoldForTheSameCard() {
        Card card = fundedPooledCard("10000.00");
        backOffice.run(() -> {
            limits.allowCategories(card.id(), List.of("FUEL", "CAR_WASH"));
            limits.addLimit(card.contractId(), card.id(), LimitMeasure.MONEY, LimitPeriod.DAY, 300_00, List.of("CAR_WASH"));
            limits.addLimit(card.contractId(), null, LimitMeasure.MONEY, LimitPeriod.DAY, 1000_00, List.of());
        });

        Outcome notAllowed = payments.purchase(Fixtures.key("t"), spend(card, "50.00", "HOTEL"), "t");
        Outcome wash = payments.purchase(Fixtures.key("t"), spend(card, "250.00", "CAR_WASH"), "t");
        Outcome overCardLimit = payments.purchase(Fixtures.key("t"), spend(card, "100.00", "CAR_WASH"), "t");
        Outcome fuel = payments.purchase(Fixtures.key("t"), spend(card, "700.00", "FUEL"), "t");
        Outcome overContractLimit = payments.purchase(Fixtures.key("t"), spend(card, "100.00", "FUEL"), "t");

        assertThat(notAllowed.code()).isEqualTo("PRODUCT_NOT_ALLOWED");
        assertThat(wash.isApproved()).isTrue();
        assertThat(overCardLimit.message()).startsWith("Card limit 300.00 RUB a day for CAR_WASH");
        assertThat(fuel.isApproved()).isTrue();
        assertThat(overContractLimit.message()).startsWith("Contract limit 1000.00 RUB a day").contains("950.00 RUB used");
    }

    @Test
    void aHoldLowersTheAvailableBalanceAndCompletionCapturesPartAndReleasesTheRest() {
        Card card = fundedPooledCard("1000.00");
        OperationKey authorisation = Fixtures.key("terminal:FUEL-0001");

        Outcome held = payments.authorise(authorisation, spend(card, "600.00", "FUEL"), "terminal:FUEL-0001");
        Outcome tooMuch = payments.purchase(Fixtures.key("t"), spend(card, "500.00", "FUEL"), "t");
        Outcome overCompletion = payments.complete(Fixtures.key("terminal:FUEL-0001"), authorisation,
                Amount.parse("600.01", Currency.RUB), null, "terminal:FUEL-0001");
        Outcome completed = payments.complete(Fixtures.key("terminal:FUEL-0001"), authorisation,
                Amount.parse("420.50", Currency.RUB), Amount.parse("8.500", Currency.LITRE), "terminal:FUEL-0001");

        assertThat(held.balance().toPlainString()).isEqualTo("400.00");
        assertThat(tooMuch.code()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(overCompletion.code()).isEqualTo("EXCEEDS_AUTHORISATION");
        assertThat(completed.balance().toPlainString()).isEqualTo("579.50");
        assertThat(completed.approvedVolume().toPlainString()).isEqualTo("8.500");
    }

    @Test
    void anAuthorisationNotCompletedInTimeExpires() throws SQLException {
        Card card = fundedPooledCard("1000.00");
        Outcome held = payments.authorise(Fixtures.key("t"), spend(card, "600.00", "FUEL"), "t");
        execute("UPDATE hold SET expires_at = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE WHERE id = ?", held.holdId());

        holdExpiry.releaseExpired();

        assertThat(query("SELECT status FROM hold WHERE id = ?", held.holdId())).isEqualTo("EXPIRED");
        assertThat(payments.purchase(Fixtures.key("t"), spend(card, "1000.00", "FUEL"), "t").isApproved()).isTrue();
    }

    @Test
    void reversalCreditsBackOnceOnly() {
        Card card = fundedPooledCard("1000.00");
        OperationKey purchase = Fixtures.key("t");
        payments.purchase(purchase, spend(card, "250.00", "FUEL"), "t");

        Outcome reversed = payments.reverse(Fixtures.key("t"), purchase, "t");
        Outcome again = payments.reverse(Fixtures.key("t"), purchase, "t");
        Outcome unknown = payments.reverse(Fixtures.key("t"), Fixtures.key("t"), "t");

        assertThat(reversed.balance().toPlainString()).isEqualTo("1000.00");
        assertThat(again.code()).isEqualTo("ALREADY_REVERSED");
        assertThat(unknown.code()).isEqualTo("REFERENCE_UNKNOWN");
    }

    @Test
    void aClosedMonthTakesNoPostingAndTheRefusalWritesNothing() throws SQLException {
        Card card = fundedPooledCard("1000.00");
        long entriesBefore = entriesOfContract(card.contractId());
        YearMonth thisMonth = YearMonth.now(ZoneId.of("Europe/Moscow"));
        backOffice.run(() -> bookkeeping.closeMonth(card.contractId(), thisMonth));

        Throwable refused = catchThrowable(() -> payments.purchase(Fixtures.key("t"), spend(card, "10.00", "FUEL"), "t"));

        assertThat(causeOf(refused, ClosedPeriodException.class)).isNotNull();
        assertThat(entriesOfContract(card.contractId())).isEqualTo(entriesBefore);
    }

    @Test
    void aCompletionIntoAClosedMonthIsRefusedAndLeavesItsHoldOpen() throws SQLException {
        Card card = fundedPooledCard("1000.00");
        OperationKey authorisation = Fixtures.key("terminal:FUEL-0001");
        Outcome held = payments.authorise(authorisation, spend(card, "600.00", "FUEL"), "terminal:FUEL-0001");
        long entriesBefore = entriesOfContract(card.contractId());
        backOffice.run(() -> bookkeeping.closeMonth(card.contractId(), YearMonth.now(ZoneId.of("Europe/Moscow"))));

        Throwable refused = catchThrowable(() -> payments.complete(Fixtures.key("terminal:FUEL-0001"), authorisation,
                Amount.parse("420.50", Currency.RUB), null, "terminal:FUEL-0001"));

        assertThat(causeOf(refused, ClosedPeriodException.class)).isNotNull();
        assertThat(entriesOfContract(card.contractId())).isEqualTo(entriesBefore);
        assertThat(query("SELECT status FROM hold WHERE id = ?", held.holdId())).isEqualTo("OPEN");
        assertThat(query("SELECT held_minor FROM account WHERE id = (SELECT account_id FROM hold WHERE id = ?)",
                held.holdId())).isEqualTo("60000");
    }

    @Test
    void aSchoolCardPaysMealsFromItsCanteenPurseAndTransfersMoveMoneyBetweenPurses() {
        long school = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(school).id(), "signed"));
        Card pupil = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.PUPIL, 1)).get(0);
        assertThat(pupil.schoolContractNumber()).hasSize(8);
        assertThat(pupil.barcode()).hasSize(13);
        backOffice.call(() -> fixtures.topUpCard(pupil.id(), "500.00"));
        PurseRef general = PurseRef.ofCard(CardRef.id(pupil.id()));
        PurseRef canteen = new PurseRef(CardRef.id(pupil.id()), null, AccountPurpose.CANTEEN, Currency.RUB);

        Outcome moved = backOffice.call(() -> payments.transfer(Fixtures.key("ui:parent"), general, canteen,
                Amount.parse("200.00", Currency.RUB), null));
        Outcome lunch = payments.purchase(Fixtures.key("terminal:CANTEEN-0001"),
                new Spend(CardRef.parse(pupil.schoolContractNumber()), Amount.parse("150.00", Currency.RUB), null,
                        "BORSCH", "HOT_MEAL", null, null, Instant.now()), "terminal:CANTEEN-0001");
        Outcome secondLunch = payments.purchase(Fixtures.key("terminal:CANTEEN-0001"),
                new Spend(CardRef.parse(pupil.barcode()), Amount.parse("60.00", Currency.RUB), null,
                        "PIE", "BUFFET", null, null, Instant.now()), "terminal:CANTEEN-0001");

        assertThat(moved.balance().toPlainString()).as("general purse after moving 200").isEqualTo("300.00");
        assertThat(lunch.balance().toPlainString()).as("canteen purse after lunch").isEqualTo("50.00");
        assertThat(secondLunch.balance().toPlainString()).as("canteen purse short: the general purse pays").isEqualTo("240.00");
    }

    @Test
    void autoTopUpRefillsACardFromTheContractWhenItFallsBelowTheThreshold() {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.DISTRIBUTED, Funding.PREPAID, "0"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.DRIVER, 1)).get(0);
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "5000.00"));
        backOffice.call(() -> fixtures.topUpCard(card.id(), "1000.00"));
        backOffice.run(() -> payments.setAutoTopUp(PurseRef.ofCard(CardRef.id(card.id())),
                PurseRef.ofContract(contract.number()), Amount.parse("300.00", Currency.RUB), Amount.parse("1000.00", Currency.RUB)));

        Outcome purchase = payments.purchase(Fixtures.key("t"), spend(card, "800.00", "FUEL"), "t");
        Outcome check = payments.check(spend(card, "1000.00", "FUEL"));

        assertThat(purchase.isApproved()).isTrue();
        assertThat(check.balance().toPlainString()).as("refilled to the target").isEqualTo("1000.00");
    }

    @Test
    void walletsKeepTheirTierCapsAndAtMostThreeCards() {
        Contract wallet = backOffice.call(() -> contracts.activate(
                contracts.openWallet("wallet-" + System.nanoTime(), null, WalletTier.NON_IDENTIFIED, "Europe/Moscow").id(), "offer accepted"));
        List<Card> walletCards = backOffice.call(() -> fixtures.activeCards(wallet.id(), HolderKind.PERSON, 3));

        Outcome upToCap = payments.topUp(Fixtures.key("partner:agent-demo"), PurseRef.ofContract(wallet.number()),
                Amount.parse("15000.00", Currency.RUB), TopUpChannel.PAYMENT_AGENT, "partner:agent-demo");
        Outcome overCap = payments.topUp(Fixtures.key("partner:agent-demo"), PurseRef.ofContract(wallet.number()),
                Amount.parse("0.01", Currency.RUB), TopUpChannel.PAYMENT_AGENT, "partner:agent-demo");
        Throwable fourthCard = catchThrowable(() -> backOffice.call(() -> cards.order(wallet.id(), CardForm.VIRTUAL,
                new Card.Holder(HolderKind.PERSON, "Иван Иванов", null))));

        assertThat(upToCap.isApproved()).isTrue();
        assertThat(overCap.code()).isEqualTo("WALLET_CAP");
        assertThat(causeOf(fourthCard, InvalidContractException.class).code())
                .isEqualTo(InvalidContractException.Code.WALLET_CARD_LIMIT);
        assertThat(payments.purchase(Fixtures.key("t"), spend(walletCards.get(0), "100.00", "GOODS"), "t").isApproved()).isTrue();
    }

    @Test
    void litresAreBoughtAheadOnTheContractAndDistributedToCardsInMillilitres() {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.DISTRIBUTED, Funding.PREPAID, "0"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        PurseRef contractLitres = new PurseRef(null, contract.number(), AccountPurpose.MAIN, Currency.LITRE);
        PurseRef cardLitres = new PurseRef(CardRef.id(card.id()), null, AccountPurpose.MAIN, Currency.LITRE);

        Outcome bought = payments.topUp(Fixtures.key("t"), contractLitres, Amount.parse("500.000", Currency.LITRE),
                TopUpChannel.FUEL_VOUCHER, "t");
        Outcome moved = backOffice.call(() -> payments.transfer(Fixtures.key("t"), contractLitres, cardLitres,
                Amount.parse("40.125", Currency.LITRE), null));
        String roublesAsLitres = codeOf(() -> payments.topUp(Fixtures.key("t"), contractLitres,
                Amount.parse("1.00", Currency.RUB), TopUpChannel.BANK_CARD, "t"));

        assertThat(bought.balance().toPlainString()).isEqualTo("500.000");
        assertThat(moved.balance().toPlainString()).as("left on the contract").isEqualTo("459.875");
        assertThat(roublesAsLitres).isEqualTo("CURRENCY_MISMATCH");
    }

    @Test
    void aStaffCorrectionPostsAgainstTheCorrectionsAccountWithItsReason() throws SQLException {
        Card card = fundedPooledCard("100.00");
        String number = contractNumber(card);

        Outcome corrected = backOffice.call(() -> payments.correct(Fixtures.key("ui:backoffice"), PurseRef.ofContract(number),
                Amount.parse("-30.00", Currency.RUB), "Duplicate top-up of 12 November"));
        Outcome tooMuch = backOffice.call(() -> payments.correct(Fixtures.key("ui:backoffice"), PurseRef.ofContract(number),
                Amount.parse("-80.00", Currency.RUB), "Another"));
        Throwable byATerminal = catchThrowable(() -> payments.correct(Fixtures.key("t"), PurseRef.ofContract(number),
                Amount.parse("5.00", Currency.RUB), "no role"));

        assertThat(corrected.balance().toPlainString()).isEqualTo("70.00");
        assertThat(tooMuch.code()).isEqualTo("INSUFFICIENT_FUNDS");
        assertThat(byATerminal).isNotNull();
        long account = Long.parseLong(query("SELECT a.id FROM account a JOIN contract c ON c.id = a.contract_id "
                + "WHERE c.number = ? AND a.card_id IS NULL AND a.currency = 'RUB'", number));
        assertThat(backOffice.call(() -> audit.of(AuditSubject.ACCOUNT, account)))
                .anyMatch(event -> event.details().contains("Duplicate top-up of 12 November"));
    }

    @Test
    void theDemoCardsOfTheReadmeAreFoundByNumberSchoolNumberAndBarcode() {
        Outcome fleetCard = payments.check(new Spend(CardRef.parse("7005990000000010"), Amount.parse("500.00", Currency.RUB),
                Amount.parse("10.000", Currency.LITRE), "AI-95", "FUEL", "AZS-17", "RU-MOW", Instant.now()));
        Outcome pupilByNumber = payments.check(new Spend(CardRef.parse("10000001"), Amount.parse("100.00", Currency.RUB),
                null, "BORSCH", "HOT_MEAL", null, null, Instant.now()));
        Outcome pupilByBarcode = payments.check(new Spend(CardRef.parse("2000100000021"), Amount.parse("50.00", Currency.RUB),
                null, "PIE", "BUFFET", null, null, Instant.now()));
        Outcome hotel = payments.check(new Spend(CardRef.parse("7005990000000028"), Amount.parse("500.00", Currency.RUB),
                null, null, "HOTEL", null, null, Instant.now()));

        assertThat(fleetCard.isApproved()).isTrue();
        assertThat(pupilByNumber.isApproved()).isTrue();
        assertThat(pupilByBarcode.code()).as("Мария may not buy at the buffet").isEqualTo("PRODUCT_NOT_ALLOWED");
        assertThat(hotel.code()).isEqualTo("PRODUCT_NOT_ALLOWED");
    }

    @Test
    void everyOperationIsInTheAuditLogWithItsActor() {
        Card card = fundedPooledCard("1000.00");
        payments.purchase(Fixtures.key("terminal:FUEL-0001"), spend(card, "10.00", "FUEL"), "terminal:FUEL-0001");

        var events = backOffice.call(() -> audit.of(AuditSubject.CARD, card.id()));
        assertThat(events).extracting(e -> e.action() + " by " + e.actor())
                .contains("card.purchase by terminal:FUEL-0001", "card.active by backoffice");
    }

    // ---- helpers

    private Card fundedPooledCard(String balance) {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        backOffice.call(() -> fixtures.topUpContract(contract.number(), balance));
        return card;
    }

    private String contractNumber(Card card) {
        return backOffice.call(() -> contracts.find(card.contractId()).number());
    }

    private static Spend spend(Card card, String amount, String category) {
        return new Spend(CardRef.id(card.id()), Amount.parse(amount, Currency.RUB), null, "AI-95", category, "AZS-17",
                "RU-MOW", Instant.now());
    }

    /** The stable code of the domain error the call ends in, however the container wrapped it. */
    private static String codeOf(Callable<?> call) {
        Throwable thrown = catchThrowable(call::call);
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidAmountException e) {
                return e.code().name();
            }
            if (cause instanceof InvalidOperationException e) {
                return e.code().name();
            }
            if (cause instanceof org.cardhub.cards.entity.InvalidCardOperationException e) {
                return e.code().name();
            }
        }
        throw new AssertionError("expected a domain error, got " + thrown, thrown);
    }

    private static <T extends Throwable> T causeOf(Throwable thrown, Class<T> type) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("expected " + type.getSimpleName() + ", got " + thrown, thrown);
    }

    private long entriesOfContract(long contractId) throws SQLException {
        return Long.parseLong(query("SELECT COUNT(*) FROM journal_entry WHERE contract_id = ?", contractId));
    }

    private String query(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private void execute(String sql, Object parameter) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            statement.executeUpdate();
        }
    }
}
