package org.cardhub.wallets.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.schema.entity.SequenceKeys;
import org.cardhub.wallets.entity.AutoPayment;
import org.cardhub.wallets.entity.AutoPaymentSchedule;
import org.cardhub.wallets.entity.Receiver;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The auto-payments on the migrated schema (V44, H2 in its PostgreSQL mode): stored, read back, found when due. */
class AutoPaymentBookOnTheSchemaTest {

    private static final Instant NOW = Instant.parse("2026-12-07T06:00:00Z");
    /** A Monday. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private EntityManagerFactory factory;
    private EntityManager em;
    private AutoPaymentBook book;

    @BeforeEach
    void migratedSchema() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of("jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "eclipselink.logging.level", "OFF"));
        em = factory.createEntityManager();
        book = new AutoPaymentBook();
        book.em = em;
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void anAutoPaymentIsStoredAsItWasMadeAndFoundOnceDue() {
        em.getTransaction().begin();
        Contract wallet = Contract.wallet("W-09000001", "holder", "+79001234567", WalletTier.NON_IDENTIFIED,
                ZoneId.of("Europe/Moscow"), NOW);
        em.persist(wallet);
        em.flush();
        Receiver card = new Receiver(Receiver.Kind.LESSON_CARD, "30000001", "Иван П.");
        AutoPayment weekly = new AutoPayment(wallet.id(), card, Amount.parse("1000.00", Currency.RUB),
                AutoPaymentSchedule.weekly(DayOfWeek.WEDNESDAY), TODAY, NOW);
        AutoPayment monthly = new AutoPayment(wallet.id(), card, Amount.parse("3000.00", Currency.RUB),
                AutoPaymentSchedule.monthly(28), TODAY, NOW);
        book.add(weekly);
        book.add(monthly);
        monthly.failed("INSUFFICIENT_FUNDS", TODAY);
        em.getTransaction().commit();
        em.clear();

        assertThat(book.countOf(wallet.id())).isEqualTo(2);
        assertThat(book.dueBy(TODAY.plusDays(1))).containsExactly(monthly.id());
        assertThat(book.dueBy(TODAY.plusDays(2))).containsExactly(weekly.id(), monthly.id());
        em.getTransaction().begin();
        AutoPayment read = book.locked(weekly.id());
        assertThat(read.target()).isEqualTo(card);
        assertThat(read.amount()).isEqualTo(Amount.parse("1000.00", Currency.RUB));
        assertThat(read.schedule()).isEqualTo(AutoPaymentSchedule.weekly(DayOfWeek.WEDNESDAY));
        assertThat(read.nextRun()).isEqualTo(TODAY.plusDays(2));
        read.pause();
        em.getTransaction().commit();
        assertThat(book.dueBy(TODAY.plusDays(30))).containsExactly(monthly.id());
        assertThat(book.ofWallet(wallet.id())).extracting(AutoPayment::lastOutcome)
                .containsExactly(Optional.empty(), Optional.of("INSUFFICIENT_FUNDS"));
    }
}
