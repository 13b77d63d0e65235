package org.cardhub.acquiring.control;

import org.cardhub.testing.NoTransaction;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceException;
import org.cardhub.acquiring.entity.Payout;
import org.cardhub.acquiring.entity.PayoutCancellation;
import org.cardhub.acquiring.entity.PayoutCard;
import org.cardhub.acquiring.entity.PayoutRefusal;
import org.cardhub.acquiring.entity.PayoutStatus;
import org.cardhub.acquiring.entity.ProviderPayout;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.ledger.entity.JournalEntry;
import org.cardhub.ledger.entity.OperationFacts;
import org.cardhub.ledger.entity.SystemAccount;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A wallet's payouts on the migrated schema (V43, V43_1 on H2 in its PostgreSQL mode) and the ledger, each step its own
 * transaction as in service: the money leaves the wallet for the payouts in transit when the payout is opened, moves on
 * to the acquirer when it is paid, comes back when it is canceled or refused; a key pays once; nothing is written for
 * what the wallet cannot cover; only the card's mask is stored.
 */
class PayoutsOnTheSchemaTest {

    private static final long WALLET = 71;
    private static final PayoutCard CARD = PayoutCard.of("5555555555554477");

    private EntityManagerFactory factory;
    private EntityManager em;
    private Ledger ledger;
    private PayoutDecisions decisions;

    @BeforeEach
    void aWalletWith1500Roubles() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of("jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "eclipselink.logging.level", "OFF"));
        em = factory.createEntityManager();
        ledger = NoTransaction.wire(new Ledger());
        set(ledger, "em", em);
        set(ledger, "cardPurses", proxy(Event.class));
        set(ledger, "bookings", proxy(Event.class));
        PayoutMoney money = new PayoutMoney();
        money.em = em;
        money.ledger = ledger;
        PayoutRecords records = new PayoutRecords();
        records.em = em;
        decisions = new PayoutDecisions();
        decisions.records = records;
        decisions.money = money;
        inTransaction(() -> em.createNativeQuery("INSERT INTO contract (id, number, kind, holder_username, status, balance_model, "
                + "funding, time_zone, created_at) VALUES (" + WALLET + ", 'W-00000071', 'WALLET', 'wallet', 'ACTIVE', "
                + "'POOLED', 'PREPAID', 'Europe/Moscow', CURRENT_TIMESTAMP)").executeUpdate());
        inTransaction(() -> {
            Account main = ledger.open(Account.ofContract(WALLET, AccountPurpose.MAIN, Currency.RUB));
            return ledger.book(new JournalEntry(EntryKind.TOP_UP, Instant.now(), OperationFacts.ofContract(WALLET, rub("1500.00")),
                    "fixture", "test").move(ledger.system(SystemAccount.CASH_IN), main, rub("1500.00")),
                    contract -> ZoneId.of("Europe/Moscow"));
        });
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void aPaidPayoutLeavesTheWalletAtZeroTheMoneyWithTheAcquirerAndTheBooksBalanced() {
        Payout opened = open("close-1", "1500.00");

        assertThat(walletBalance()).isZero();
        assertThat(postedTo("PAYOUTS_IN_TRANSIT")).isEqualTo(1500_00);

        Payout paid = inTransaction(() -> decisions.decide(opened.id(), seen(opened, ProviderPayout.Status.SUCCEEDED, null)));

        assertThat(paid.status()).isEqualTo(PayoutStatus.SUCCEEDED);
        assertThat(paid.providerPayoutId()).isEqualTo("po-1");
        assertThat(postedTo("PAYOUTS_IN_TRANSIT")).isZero();
        assertThat(postedTo("BANK_CARD_ACQUIRING")).isEqualTo(1500_00);
        assertThat(walletBalance()).isZero();
        assertThat(number("SELECT COALESCE(SUM(amount_minor), 0) FROM posting")).as("the whole ledger").isZero();
        assertThat(number("SELECT COUNT(*) FROM journal_entry WHERE kind = 'PAYOUT'")).isEqualTo(2);
        assertThat(number("SELECT COUNT(*) FROM journal_entry WHERE kind = 'PAYOUT' AND contract_id IS NULL"))
                .as("the settling touches no contract").isEqualTo(1);

        Payout again = inTransaction(() -> decisions.decide(opened.id(), seen(opened, ProviderPayout.Status.SUCCEEDED, null)));
        assertThat(again.settleEntryId()).isEqualTo(paid.settleEntryId());
        assertThat(number("SELECT COUNT(*) FROM journal_entry WHERE kind = 'PAYOUT'")).as("settled once").isEqualTo(2);
    }

    @Test
    void aCanceledPayoutGivesTheMoneyBackAsTheReversalOfItsDebitAndKeepsWhy() {
        Payout opened = open("close-2", "1000.00");
        assertThat(walletBalance()).isEqualTo(500_00);

        Payout canceled = inTransaction(() -> decisions.decide(opened.id(),
                seen(opened, ProviderPayout.Status.CANCELED, "general_decline")));

        assertThat(canceled.status()).isEqualTo(PayoutStatus.CANCELED);
        assertThat(canceled.cancellationReason()).isEqualTo(PayoutCancellation.GENERAL_DECLINE);
        assertThat(canceled.cancellationParty()).isEqualTo("payment_network");
        assertThat(walletBalance()).isEqualTo(1500_00);
        assertThat(postedTo("PAYOUTS_IN_TRANSIT")).isZero();
        assertThat(number("SELECT reverses_entry_id FROM journal_entry WHERE id = " + canceled.settleEntryId()))
                .isEqualTo(opened.debitEntryId());
        assertThat(number("SELECT COALESCE(SUM(amount_minor), 0) FROM posting")).isZero();
    }

    @Test
    void aPayoutTheAcquirerRefusedToTakeGivesTheMoneyBack() {
        Payout opened = open("close-3", "1500.00");

        Payout refused = inTransaction(() -> decisions.refused(opened.id()));

        assertThat(refused.status()).isEqualTo(PayoutStatus.CANCELED);
        assertThat(refused.cancellationReason()).isEqualTo(PayoutCancellation.PROVIDER_REFUSED);
        assertThat(walletBalance()).isEqualTo(1500_00);
        assertThat(inTransaction(() -> decisions.refused(opened.id())).settleEntryId()).isEqualTo(refused.settleEntryId());
    }

    @Test
    void theSameKeyPaysOnceAndAnotherRequestUnderItIsRefused() {
        Payout first = open("close-4", "700.00");
        Payout again = open("close-4", "700.00");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(walletBalance()).isEqualTo(800_00);
        assertThat(number("SELECT COUNT(*) FROM payout")).isEqualTo(1);
        assertThatThrownBy(() -> open("close-4", "700.01")).isInstanceOfSatisfying(PayoutRefusal.class,
                refused -> assertThat(refused.code()).isEqualTo(PayoutRefusal.Code.KEY_REUSED));
    }

    @Test
    void moreThanTheWalletHoldsIsRefusedAndNothingIsWritten() {
        open("close-5", "1000.00");

        assertThatThrownBy(() -> open("close-6", "500.01")).isInstanceOfSatisfying(PayoutRefusal.class,
                refused -> assertThat(refused.code()).isEqualTo(PayoutRefusal.Code.BALANCE_TOO_LOW));
        assertThatThrownBy(() -> inTransaction(() -> decisions.open("close-7", 999, rub("1.00"), CARD, null, "wallet")))
                .isInstanceOfSatisfying(PayoutRefusal.class, refused -> assertThat(refused.code()).isEqualTo(PayoutRefusal.Code.NO_ACCOUNT));
        assertThat(walletBalance()).isEqualTo(500_00);
        assertThat(number("SELECT COUNT(*) FROM payout")).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM journal_entry WHERE kind = 'PAYOUT'")).isEqualTo(1);
    }

    @Test
    void onlyTheCardsMaskIsStoredAndTheSchemaRefusesAFullNumber() {
        Payout opened = open("close-8", "10.00");

        assertThat(text("SELECT card_masked FROM payout WHERE id = " + opened.id())).isEqualTo("555555******4477");
        assertThatThrownBy(() -> inTransaction(() -> em.createNativeQuery("UPDATE payout SET card_masked = '5555555555554477'")
                .executeUpdate())).isInstanceOf(PersistenceException.class);
    }

    private Payout open(String key, String amount) {
        return inTransaction(() -> decisions.open(key, WALLET, rub(amount), CARD, "Закрытие кошелька W-00000071", "wallet"));
    }

    private static ProviderPayout seen(Payout payout, ProviderPayout.Status status, String reason) {
        return new ProviderPayout("po-1", status, payout.amount().toBigDecimal(), "RUB", payout.publicId(),
                reason == null ? null : new ProviderPayout.Cancellation("payment_network", reason));
    }

    private long walletBalance() {
        return number("SELECT balance_minor FROM account WHERE contract_id = " + WALLET);
    }

    private long postedTo(String systemAccount) {
        return number("SELECT COALESCE(SUM(p.amount_minor), 0) FROM posting p JOIN account a ON a.id = p.account_id "
                + "WHERE a.system_code = '" + systemAccount + "'");
    }

    private long number(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }

    private String text(String sql) {
        return (String) em.createNativeQuery(sql).getSingleResult();
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.clear();
        }
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, arguments) ->
                switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == arguments[0];
                    case "toString" -> type.getSimpleName();
                    default -> null;
                });
    }

    private static void set(Object bean, String field, Object value) {
        try {
            var declared = bean.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(bean, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
