package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.Funding;
import org.cardhub.ledger.boundary.Bookkeeping;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.ledger.entity.LedgerCheck;
import org.cardhub.limits.boundary.Limits;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.Spend;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many threads at once on the same cards and the same contract accounts — purchases, holds, completions,
 * reversals, transfers, duplicates of each — and the ledger stays exact: nothing overdrawn, no limit
 * exceeded, every posting sums to zero, every cached balance equals its postings, every duplicate key
 * has exactly one effect. On PostgreSQL in CI.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerConcurrencyIT {

    private static final int THREADS = 32;
    private static final int OPERATIONS_PER_THREAD = 30;
    private static final long DAILY_LIMIT = 4_000_00;
    private static final long PER_PURCHASE_LIMIT = 700_00;

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
    Bookkeeping bookkeeping;

    @EJB
    Limits limits;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    private record Done(String kind, OperationKey key, Outcome outcome) {
    }

    @Test
    void mixedOperationsFromManyThreadsKeepTheLedgerExact() throws Exception {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract pooled = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.CREDIT, "5000.00"));
        Contract distributed = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.DISTRIBUTED, Funding.PREPAID, "0"));
        List<Card> pooledCards = backOffice.call(() -> fixtures.activeCards(pooled.id(), HolderKind.VEHICLE, 6));
        List<Card> ownCards = backOffice.call(() -> fixtures.activeCards(distributed.id(), HolderKind.DRIVER, 4));
        backOffice.run(() -> {
            for (Card card : pooledCards) {
                limits.addLimit(pooled.id(), card.id(), LimitMeasure.MONEY, LimitPeriod.DAY, DAILY_LIMIT, List.of());
                limits.addLimit(pooled.id(), card.id(), LimitMeasure.MONEY, LimitPeriod.TRANSACTION, PER_PURCHASE_LIMIT, List.of());
            }
        });
        assertThat(backOffice.call(() -> fixtures.topUpContract(pooled.number(), "15000.00")).isApproved()).isTrue();
        assertThat(backOffice.call(() -> fixtures.topUpContract(distributed.number(), "8000.00")).isApproved()).isTrue();
        for (Card card : ownCards) {
            assertThat(backOffice.call(() -> fixtures.topUpCard(card.id(), "500.00")).isApproved()).isTrue();
        }

        List<Done> done = new ArrayList<>(hammer(pooled, pooledCards, distributed, ownCards));

        LedgerCheck check = backOffice.call(() -> bookkeeping.check());
        assertThat(check.disagreements()).isEmpty();
        assertThat(check.postingSums().values()).allMatch(sum -> sum == 0);
        assertThat(overdrawnAccounts()).isEmpty();
        for (Card card : pooledCards) {
            long spentToday = spentToday(card.id());
            assertThat(spentToday).as("card %s spent today", card.id()).isLessThanOrEqualTo(DAILY_LIMIT);
            assertThat(largestPurchase(card.id())).isLessThanOrEqualTo(PER_PURCHASE_LIMIT);
        }
        Map<Boolean, Long> approvals = done.stream().collect(Collectors.partitioningBy(d -> d.outcome().isApproved(),
                Collectors.counting()));
        System.out.println("[cardhub] concurrency: " + done.size() + " operations, " + approvals.get(true) + " approved, "
                + approvals.get(false) + " declined; declines by code " + done.stream().filter(d -> !d.outcome().isApproved())
                .collect(Collectors.groupingBy(d -> d.outcome().code(), Collectors.counting())));
        assertThat(approvals.get(true)).as("approved operations").isGreaterThan(100);
        assertThat(done.stream().map(d -> d.outcome().code()).collect(Collectors.toSet()))
                .as("the run exercised declines too").contains("LIMIT_EXCEEDED");
        for (Done operation : done) {
            if (operation.outcome().isApproved() && operation.outcome().entryId() != null) {
                assertThat(entryExists(operation.outcome().entryId())).as(operation.kind()).isTrue();
            }
        }
        assertEveryDuplicateHadOneEffect(done);
    }

    @Test
    void thirtyTwoConcurrentPurchasesWithOneKeyPostOnce() throws Exception {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "1000.00"));
        OperationKey key = Fixtures.key("terminal:FUEL-0001");
        Spend spend = spend(card, "100.00");

        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            futures.add(executor.submit(() -> {
                start.await();
                return payments.purchase(key, spend, "terminal:FUEL-0001");
            }));
        }
        start.countDown();
        Set<Long> entries = ConcurrentHashMap.newKeySet();
        for (Future<Outcome> future : futures) {
            Outcome outcome = future.get(120, TimeUnit.SECONDS);
            assertThat(outcome.isApproved()).isTrue();
            entries.add(outcome.entryId());
        }

        assertThat(entries).hasSize(1);
        assertThat(countRows("SELECT COUNT(*) FROM journal_entry WHERE card_id = ?", card.id())).isEqualTo(1);
        assertThat(available(contract.id())).isEqualTo(900_00);
    }

    @Test
    void aKeyReusedWithOtherContentIsRefusedAndPostsNothing() throws SQLException {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        Card card = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 1)).get(0);
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "1000.00"));
        OperationKey key = Fixtures.key("partner:fleet-system");

        Outcome first = payments.purchase(key, spend(card, "100.00"), "partner:fleet-system");
        Outcome replay = payments.purchase(key, spend(card, "100.00"), "partner:fleet-system");
        Outcome conflict = payments.purchase(key, spend(card, "250.00"), "partner:fleet-system");

        assertThat(replay).isEqualTo(first);
        assertThat(conflict.isApproved()).isFalse();
        assertThat(conflict.code()).isEqualTo("DUPLICATE_CONFLICT");
        assertThat(countRows("SELECT COUNT(*) FROM journal_entry WHERE card_id = ?", card.id())).isEqualTo(1);
    }

    @Test
    void aHoldCompletedTwiceAndReversedAtOnceEndsOnceAndTheLedgerStaysExact() throws Exception {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.POOLED, Funding.PREPAID, "0"));
        List<Card> cards = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.VEHICLE, 4));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "50000.00"));
        String source = "terminal:FUEL-0001";
        List<OperationKey> holds = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            OperationKey hold = Fixtures.key(source);
            assertThat(payments.authorise(hold, spend(cards.get(i % cards.size()), "500.00"), source).isApproved()).isTrue();
            holds.add(hold);
        }

        CountDownLatch start = new CountDownLatch(1);
        Map<OperationKey, List<Future<Done>>> raced = new LinkedHashMap<>();
        for (OperationKey hold : holds) {
            OperationKey first = Fixtures.key(source);
            OperationKey second = Fixtures.key(source);
            OperationKey reversal = Fixtures.key(source);
            raced.put(hold, List.of(
                    executor.submit(() -> {
                        start.await();
                        return new Done("complete", first, payments.complete(first, hold, Amount.parse("300.00", Currency.RUB), null, source));
                    }),
                    executor.submit(() -> {
                        start.await();
                        return new Done("complete", second, payments.complete(second, hold, Amount.parse("450.00", Currency.RUB), null, source));
                    }),
                    executor.submit(() -> {
                        start.await();
                        return new Done("reverse", reversal, payments.reverse(reversal, hold, source));
                    })));
        }
        start.countDown();

        for (Map.Entry<OperationKey, List<Future<Done>>> race : raced.entrySet()) {
            List<Done> done = new ArrayList<>();
            for (Future<Done> future : race.getValue()) {
                done.add(future.get(2, TimeUnit.MINUTES));
            }
            long completed = done.stream().filter(d -> d.kind().equals("complete") && d.outcome().isApproved()).count();
            Outcome reversed = done.stream().filter(d -> d.kind().equals("reverse")).findFirst().orElseThrow().outcome();
            assertThat(completed).as("completions of %s", race.getKey()).isLessThanOrEqualTo(1);
            if (completed == 0) {
                assertThat(reversed.isApproved()).as("the reversal released hold %s", race.getKey()).isTrue();
            }
        }
        LedgerCheck check = backOffice.call(() -> bookkeeping.check());
        assertThat(check.disagreements()).isEmpty();
        assertThat(check.postingSums().values()).allMatch(sum -> sum == 0);
        assertThat(countRows("SELECT COUNT(*) FROM hold h JOIN account a ON a.id = h.account_id "
                + "WHERE a.contract_id = ? AND h.status = 'OPEN'", contract.id())).isZero();
        assertThat(available(contract.id()))
                .as("50 000.00 less what the completions that were not reversed took")
                .isEqualTo(50_000_00 - countRows("SELECT COALESCE(SUM(e.amount_minor), 0) FROM journal_entry e "
                        + "WHERE e.contract_id = ? AND e.kind = 'COMPLETION' "
                        + "AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_entry_id = e.id)", contract.id()));
    }

    @Test
    void anAutoTopUpRuleSavedWhileItsPurseIsSpentFromIsSavedAtTheFirstAttempt() throws Exception {
        long company = backOffice.call(() -> fixtures.company("Europe/Moscow"));
        Contract contract = backOffice.call(() -> fixtures.activeFuelContract(company, BalanceModel.DISTRIBUTED, Funding.PREPAID, "0"));
        List<Card> cards = backOffice.call(() -> fixtures.activeCards(contract.id(), HolderKind.DRIVER, 8));
        backOffice.call(() -> fixtures.topUpContract(contract.number(), "10000.00"));
        for (Card card : cards) {
            backOffice.call(() -> fixtures.topUpCard(card.id(), "500.00"));
        }
        for (Card card : cards) {
            CountDownLatch spending = new CountDownLatch(3);
            AtomicBoolean saved = new AtomicBoolean();
            List<Future<?>> spenders = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                spenders.add(executor.submit(() -> {
                    spending.countDown();
                    while (!saved.get()) {
                        payments.purchase(Fixtures.key("terminal:FUEL-0001"), spend(card, "0.01"), "terminal:FUEL-0001");
                    }
                    return null;
                }));
            }
            spending.await();
            backOffice.run(() -> payments.setAutoTopUp(PurseRef.ofCard(CardRef.id(card.id())), PurseRef.ofContract(contract.number()),
                    Amount.parse("100.00", Currency.RUB), Amount.parse("300.00", Currency.RUB)));
            saved.set(true);
            for (Future<?> spender : spenders) {
                spender.get(1, TimeUnit.MINUTES);
            }
        }
        assertThat(countRows("SELECT COUNT(*) FROM account WHERE contract_id = ? AND card_id IS NOT NULL AND auto_top_up",
                contract.id())).isEqualTo(cards.size());
        assertThat(backOffice.call(() -> bookkeeping.check()).disagreements()).isEmpty();
    }

    private List<Done> hammer(Contract pooled, List<Card> pooledCards, Contract distributed, List<Card> ownCards)
            throws Exception {
        List<Done> done = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            workers.add(executor.submit(() -> {
                start.await();
                ThreadLocalRandom random = ThreadLocalRandom.current();
                for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                    Card pooledCard = pooledCards.get(random.nextInt(pooledCards.size()));
                    Card ownCard = ownCards.get(random.nextInt(ownCards.size()));
                    String amount = random.nextInt(1, 800) + "." + String.format("%02d", random.nextInt(100));
                    String source = "terminal:T-" + random.nextInt(4);
                    switch (random.nextInt(7)) {
                        case 0, 1 -> {
                            OperationKey key = Fixtures.key(source);
                            Spend spend = spend(pooledCard, amount);
                            // one in five events is delivered twice at the same time
                            Future<Outcome> twin = random.nextInt(5) == 0
                                    ? executor.submit(() -> payments.purchase(key, spend, source)) : null;
                            done.add(new Done("purchase", key, payments.purchase(key, spend, source)));
                            if (twin != null) {
                                done.add(new Done("purchase-duplicate", key, twin.get(2, TimeUnit.MINUTES)));
                            }
                        }
                        case 2 -> {
                            OperationKey hold = Fixtures.key(source);
                            Outcome authorised = payments.authorise(hold, spend(random.nextBoolean() ? pooledCard : ownCard, amount), source);
                            done.add(new Done("authorise", hold, authorised));
                            if (authorised.isApproved()) {
                                OperationKey completion = Fixtures.key(source);
                                long held = Amount.parse(amount, Currency.RUB).minorUnits();
                                Amount finalAmount = Amount.ofMinorUnits(random.nextLong(0, held + 1), Currency.RUB);
                                done.add(new Done("complete", completion, payments.complete(completion, hold, finalAmount, null, source)));
                            }
                        }
                        case 3 -> {
                            OperationKey hold = Fixtures.key(source);
                            Outcome authorised = payments.authorise(hold, spend(pooledCard, amount), source);
                            done.add(new Done("authorise", hold, authorised));
                            OperationKey reversal = Fixtures.key(source);
                            done.add(new Done("reverse-hold", reversal, payments.reverse(reversal, hold, source)));
                        }
                        case 4 -> {
                            OperationKey purchase = Fixtures.key(source);
                            done.add(new Done("purchase", purchase, payments.purchase(purchase, spend(ownCard, amount), source)));
                            OperationKey reversal = Fixtures.key(source);
                            Outcome reversed = payments.reverse(reversal, purchase, source);
                            done.add(new Done("reverse", reversal, reversed));
                            done.add(new Done("reverse-duplicate", reversal, payments.reverse(reversal, purchase, source)));
                        }
                        case 5 -> {
                            OperationKey key = Fixtures.key("ui:backoffice");
                            done.add(new Done("distribute", key, backOffice.call(() -> payments.transfer(key,
                                    PurseRef.ofContract(distributed.number()), PurseRef.ofCard(CardRef.id(ownCard.id())),
                                    Amount.parse(amount, Currency.RUB), null))));
                        }
                        default -> {
                            Card other = ownCards.get(random.nextInt(ownCards.size()));
                            if (other.id().equals(ownCard.id())) {
                                continue;
                            }
                            OperationKey key = Fixtures.key("ui:backoffice");
                            done.add(new Done("card-to-card", key, backOffice.call(() -> payments.transfer(key,
                                    PurseRef.ofCard(CardRef.id(ownCard.id())), PurseRef.ofCard(CardRef.id(other.id())),
                                    Amount.parse(amount, Currency.RUB), null))));
                        }
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> worker : workers) {
            worker.get(10, TimeUnit.MINUTES);
        }
        return done;
    }

    private void assertEveryDuplicateHadOneEffect(List<Done> done) throws SQLException {
        Map<OperationKey, List<Done>> byKey = done.stream().collect(Collectors.groupingBy(Done::key));
        for (Map.Entry<OperationKey, List<Done>> entry : byKey.entrySet()) {
            List<Outcome> outcomes = entry.getValue().stream().map(Done::outcome).distinct().toList();
            assertThat(outcomes).as("outcomes of key %s", entry.getKey()).hasSize(1);
            assertThat(countRows("SELECT COUNT(*) FROM idempotency_record WHERE scope = ? AND idem_key = ?",
                    entry.getKey().scope(), entry.getKey().key())).isEqualTo(1);
        }
    }

    private static Spend spend(Card card, String amount) {
        return new Spend(CardRef.id(card.id()), Amount.parse(amount, Currency.RUB), null, "AI-95", "FUEL",
                "AZS-17", "RU-MOW", Instant.now());
    }

    private List<Long> overdrawnAccounts() throws SQLException {
        List<Long> overdrawn = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM account WHERE system_code IS NULL "
                     + "AND balance_minor - held_minor + credit_limit_minor < 0")) {
            while (rows.next()) {
                overdrawn.add(rows.getLong(1));
            }
        }
        return overdrawn;
    }

    private long spentToday(long cardId) throws SQLException {
        return countRows("SELECT COALESCE(SUM(e.amount_minor), 0) FROM journal_entry e WHERE e.card_id = ? "
                + "AND e.kind IN ('PURCHASE', 'COMPLETION') "
                + "AND NOT EXISTS (SELECT 1 FROM journal_entry r WHERE r.reverses_entry_id = e.id)", cardId);
    }

    private long largestPurchase(long cardId) throws SQLException {
        return countRows("SELECT COALESCE(MAX(amount_minor), 0) FROM journal_entry WHERE card_id = ? "
                + "AND kind IN ('PURCHASE', 'COMPLETION')", cardId);
    }

    private boolean entryExists(long entryId) throws SQLException {
        return countRows("SELECT COUNT(*) FROM journal_entry WHERE id = ?", entryId) == 1;
    }

    private long available(long contractId) throws SQLException {
        return countRows("SELECT balance_minor - held_minor + credit_limit_minor FROM account "
                + "WHERE contract_id = ? AND card_id IS NULL AND purpose = 'MAIN' AND currency = 'RUB'", contractId);
    }

    private long countRows(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
