package org.cardhub.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.cardhub.it.SmsLog;
import org.cardhub.bonus.boundary.BonusCards;
import org.cardhub.bonus.boundary.BonusRuns;
import org.cardhub.bonus.boundary.BonusTills;
import org.cardhub.bonus.boundary.PointsStatements;
import org.cardhub.bonus.entity.BonusCardBarcode;
import org.cardhub.bonus.entity.BonusRefusal;
import org.cardhub.bonus.entity.CheckOutcome;
import org.cardhub.bonus.entity.HolderStatement;
import org.cardhub.bonus.entity.PurchaseLine;
import org.cardhub.bonus.entity.ReturnOutcome;
import org.cardhub.bonus.entity.TillCheck;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The bonus programme on the real database, as its tills, a wallet holder and its timer work it through the
 * boundaries: a check earns pending points that become spendable three days later (the run's moment chosen by the
 * test), points pay at most 30 % of a check, a return gives back what paid and takes back what it earned, the ledger
 * sums to zero per currency, checks racing for one holder all count, and a holder sees their own points only.
 */
@ExtendWith(ArquillianExtension.class)
class BonusPointsIT {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final int RACERS = 6;

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    @EJB
    BackOffice backOffice;

    @EJB
    AsPointsHolder holder;

    @EJB
    AsOtherPointsHolder otherHolder;

    @EJB
    AsBonusTill till;

    @EJB
    BonusFixtures bonus;

    @EJB
    Contracts contracts;

    @EJB
    BonusCards cards;

    @EJB
    PointsStatements statements;

    @EJB
    BonusTills tills;

    @EJB
    BonusRuns runs;

    @Resource
    ManagedExecutorService executor;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCheckEarnsPendingPointsSpendableThreeDaysLaterAtMostThirtyPercentAndAReturnTakesThemBack() throws Exception {
        Contract wallet = walletOf("wallet-holder-it");
        String card = registeredCard(holder, wallet.holderPhone());
        LocalDate today = LocalDate.now(MOSCOW);

        CheckOutcome shoes = record(check("P1", card, "0", PurchaseLine.of("Обувь", "1000.00"),
                PurchaseLine.of("Гигиена", "90.00")));
        CheckOutcome tooEarly = record(check("P2", card, "30.00", PurchaseLine.of("Обувь", "100.00")));

        assertThat(shoes.earned()).as("10 %% of the shoes, nothing of Гигиена").isEqualTo(points("100.00"));
        assertThat(shoes.spendableFrom()).isEqualTo(today.plusDays(3));
        assertThat(tooEarly.spent()).as("nothing spendable yet").isEqualTo(points("0"));
        HolderStatement pending = holder.call(() -> statements.mine());
        assertThat(pending.wallet()).isEqualTo(wallet.number());
        assertThat(pending.pending()).isEqualTo(points("110.00"));
        assertThat(pending.pendingUntil()).isEqualTo(today.plusDays(3));
        assertThat(pending.available()).isEqualTo(points("0"));

        runs.passTime(Instant.now().plus(Duration.ofDays(3)), wallet.number());
        assertThat(holder.call(() -> statements.mine()).available()).isEqualTo(points("110.00"));

        Throwable overShare = Thrown.by(() -> record(check("P3", card, "60.01", PurchaseLine.of("Обувь", "200.00"))));
        assertThat(overShare).isInstanceOfSatisfying(BonusRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(BonusRefusal.Code.OVER_MAX_SHARE));
        assertThat(bonus.count("SELECT COUNT(*) FROM bonus_check WHERE purchase_id = ?", id("P3"))).isZero();
        CheckOutcome paid = record(check("P3", card, "60.00", PurchaseLine.of("Обувь", "200.00")));
        assertThat(paid.spent()).as("30 %% of 200").isEqualTo(points("60.00"));
        HolderStatement afterSpend = holder.call(() -> statements.mine());
        assertThat(afterSpend.available()).isEqualTo(points("50.00"));
        assertThat(afterSpend.pending()).isEqualTo(points("20.00"));

        ReturnOutcome returned = till.call(() -> tills.returnCheck(id("P3")));
        assertThat(returned.givenBack()).isEqualTo(points("60.00"));
        assertThat(returned.takenBack()).isEqualTo(points("20.00"));
        assertThat(till.call(() -> tills.returnCheck(id("P3"))).replayed()).isTrue();
        HolderStatement afterReturn = holder.call(() -> statements.mine());
        assertThat(afterReturn.available()).isEqualTo(points("110.00"));
        assertThat(afterReturn.pending()).isEqualTo(points("0"));
        assertThat(afterReturn.spent()).isEqualTo(points("0"));
        assertThat(bonus.ledgerSums()).allSatisfy((currency, sum) -> assertThat(sum).as("sum in " + currency).isZero());
    }

    @Test
    void checksRacingForOneHolderAllCount() throws Exception {
        String card = registeredCard(holder, walletOf("wallet-holder-it").holderPhone());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<CheckOutcome>> racers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            TillCheck check = check("R" + i, card, "0", PurchaseLine.of("Обувь", "100.00"));
            racers.add(executor.submit(() -> {
                start.await();
                return record(check);
            }));
        }
        start.countDown();
        for (Future<CheckOutcome> racer : racers) {
            assertThat(racer.get(60, TimeUnit.SECONDS).earned()).isEqualTo(points("10.00"));
        }

        HolderStatement statement = holder.call(() -> statements.mine());
        assertThat(statement.pending()).as("no lost update").isEqualTo(points("60.00"));
        assertThat(statement.movements()).isEqualTo(RACERS);
        assertThat(bonus.ledgerSums()).allSatisfy((currency, sum) -> assertThat(sum).as("sum in " + currency).isZero());
    }

    @Test
    void aHolderSeesTheirOwnPointsOnlyAndTheRolesStayApart() throws Exception {
        String phone = walletOf("wallet-holder-it").holderPhone();
        walletOf("wallet-holder-it2");
        String card = registeredCard(holder, phone);
        record(check("O1", card, "0", PurchaseLine.of("Обувь", "500.00")));

        HolderStatement mine = holder.call(() -> statements.mine());
        HolderStatement theirs = otherHolder.call(() -> statements.mine());

        assertThat(mine.pending()).isEqualTo(points("50.00"));
        assertThat(theirs.wallet()).isNotEqualTo(mine.wallet());
        assertThat(theirs.isEmpty()).isTrue();
        assertThat(theirs.cards()).isEmpty();
        assertThat(otherHolder.call(() -> statements.movements(0, 100)).lines()).isEmpty();
        Throwable taken = Thrown.by(() -> otherHolder.call(() -> cards.register(card, LocalDate.of(1980, 1, 1), "0000")));
        assertThat(taken).isInstanceOfSatisfying(BonusRefusal.class,
                refusal -> assertThat(refusal.code()).isEqualTo(BonusRefusal.Code.CARD_TAKEN));
        assertThat(Thrown.by(() -> holder.call(() -> tills.record(check("O2", card, "0",
                PurchaseLine.of("Обувь", "1.00")))))).isInstanceOf(EJBAccessException.class);
        assertThat(Thrown.by(() -> till.call(() -> statements.mine()))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void aMinorRegistersNoCardAndAnUnknownOneIsRefused() throws Exception {
        walletOf("wallet-holder-it");
        String card = bonus.issuedCard();
        LocalDate seventeen = LocalDate.now(MOSCOW).minusYears(18).plusDays(1);

        assertThat(Thrown.by(() -> holder.call(() -> cards.register(card, seventeen, "0000"))))
                .isInstanceOfSatisfying(BonusRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(BonusRefusal.Code.NOT_ADULT));
        assertThat(Thrown.by(() -> holder.call(() -> cards.sendCode("4006381333931", LocalDate.of(1990, 1, 1)))))
                .isInstanceOfSatisfying(BonusRefusal.class,
                        refusal -> assertThat(refusal.code()).isEqualTo(BonusRefusal.Code.CARD_UNKNOWN));
        assertThat(bonus.count("SELECT COUNT(*) FROM bonus_card WHERE barcode = ? AND contract_id IS NOT NULL", card))
                .isZero();
    }

    private Contract walletOf(String subject) throws Exception {
        String phone = "+7997" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
        return backOffice.call(() -> contracts.activate(contracts.openWallet(subject, phone, WalletTier.NON_IDENTIFIED,
                "Europe/Moscow").id(), "bonus test"));
    }

    /** A free bonus card registered to the holder's wallet with the code its phone got (a wrong code first). */
    private String registeredCard(AsPointsHolder who, String phone) throws Exception {
        String card = bonus.issuedCard();
        LocalDate born = LocalDate.of(1990, 1, 1);
        SmsLog.Mark mark = SmsLog.mark();
        who.call(() -> cards.sendCode(card, born));
        String code = SmsLog.nextCode(phone, mark);
        String wrong = String.format("%04d", (Integer.parseInt(code) + 1) % 10_000);
        assertThat(who.call(() -> cards.register(card, born, wrong)).card()).as("a wrong code registers nothing").isNull();
        assertThat(who.call(() -> cards.register(card, born, code)).card()).isNotNull();
        return card;
    }

    private CheckOutcome record(TillCheck check) throws Exception {
        return till.call(() -> tills.record(check));
    }

    private TillCheck check(String purchase, String card, String pointsWanted, PurchaseLine... lines) {
        return new TillCheck(id(purchase), BonusCardBarcode.parse(card), Instant.now().minusSeconds(1), List.of(lines),
                Amount.parse(pointsWanted, Currency.POINTS));
    }

    private String id(String purchase) {
        return "it-" + run + "-" + purchase;
    }

    private static Amount points(String value) {
        return Amount.parse(value, Currency.POINTS);
    }
}
