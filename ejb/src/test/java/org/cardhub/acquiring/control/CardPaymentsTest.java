package org.cardhub.acquiring.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.cardhub.acquiring.entity.AutoTopUpStatus;
import org.cardhub.acquiring.entity.BankCardAutoTopUp;
import org.cardhub.acquiring.entity.CancellationReason;
import org.cardhub.acquiring.entity.CardPayment;
import org.cardhub.acquiring.entity.FeeTerms;
import org.cardhub.acquiring.entity.IdempotenceKeys;
import org.cardhub.acquiring.entity.PaymentStatus;
import org.cardhub.acquiring.entity.SavedBankCard;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.testing.LedgerRows;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Card payments, fees, saved cards and auto top-up rules on the real schema (V19 on H2) and mapping: a payment is stored
 * and found again by each of its ids, an idempotence key makes one payment only, the database refuses a "succeeded"
 * payment without its credit, the poll finds the pending ones checked longest ago first.
 */
class CardPaymentsTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:15:30Z");
    private static final long CARD = 70;

    private final MigratedDatabase database = new MigratedDatabase();

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    @BeforeEach
    void aContractWithACard() {
        inTransaction(em -> new LedgerRows(em).fuelContract(7, "S-TEST-1", "Europe/Moscow").card(CARD, 7, "0069", "Петров Иван"));
    }

    @AfterEach
    void closeTheDatabase() {
        database.close();
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        return database.inTransaction(work);
    }

    private <T> T withPayments(Function<CardPayments, T> work) {
        return inTransaction(em -> {
            CardPayments payments = new CardPayments();
            payments.em = em;
            return work.apply(payments);
        });
    }

    private static CardPayment fresh(String key, Instant at) {
        return CardPayment.byPayer(key, CARD, AccountPurpose.MAIN, rub("1000.00"), rub("15.00"), "parent-subject", true, at);
    }

    @Test
    void aPaymentIsFoundByItsOwnIdTheAcquirersIdAndItsKey() {
        CardPayment stored = withPayments(payments -> {
            CardPayment payment = payments.persist(fresh("cardhub-p-1", NOW));
            payment.createdAs("p-1", "http://127.0.0.1:8091/checkout/p-1");
            return payment;
        });

        withPayments(payments -> {
            assertThat(payments.byPublicId(stored.publicId())).get().extracting(CardPayment::id).isEqualTo(stored.id());
            assertThat(payments.byProviderId("p-1")).get().extracting(CardPayment::publicId).isEqualTo(stored.publicId());
            assertThat(payments.byIdempotenceKey("cardhub-p-1")).isPresent();
            CardPayment read = payments.lock(stored.id());
            assertThat(read.charged()).isEqualTo(rub("1015.00"));
            assertThat(read.status()).isEqualTo(PaymentStatus.PENDING);
            assertThat(read.savesMethod()).isTrue();
            assertThat(read.confirmationUrl()).endsWith("/checkout/p-1");
            return null;
        });
    }

    @Test
    void oneIdempotenceKeyIsOnePayment() {
        withPayments(payments -> payments.persist(fresh("cardhub-p-2", NOW)));

        assertThatThrownBy(() -> withPayments(payments -> payments.persist(fresh("cardhub-p-2", NOW))))
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void theDatabaseRefusesASucceededPaymentWithoutItsCredit() {
        CardPayment stored = withPayments(payments -> payments.persist(fresh("cardhub-p-3", NOW)));

        assertThatThrownBy(() -> inTransaction(em -> em.createNativeQuery(
                "UPDATE card_payment SET status = 'SUCCEEDED' WHERE id = " + stored.id()).executeUpdate()))
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void aDecisionIsStoredWithItsReason() {
        CardPayment stored = withPayments(payments -> payments.persist(fresh("cardhub-p-4", NOW)));

        withPayments(payments -> {
            payments.lock(stored.id()).canceled("payment_network", "insufficient_funds", NOW);
            return null;
        });

        CardPayment read = withPayments(payments -> payments.find(stored.id()).orElseThrow());
        assertThat(read.status()).isEqualTo(PaymentStatus.CANCELED);
        assertThat(read.cancellationReason()).isEqualTo(CancellationReason.INSUFFICIENT_FUNDS);
        assertThat(read.cancellationParty()).isEqualTo("payment_network");
    }

    @Test
    void thePollTakesThePendingOnesOlderThanItsQuietTimeCheckedLongestAgoFirst() {
        List<Long> ids = withPayments(payments -> {
            CardPayment older = payments.persist(fresh("cardhub-p-5", NOW.minusSeconds(600)));
            CardPayment newer = payments.persist(fresh("cardhub-p-6", NOW.minusSeconds(300)));
            CardPayment justNow = payments.persist(fresh("cardhub-p-7", NOW.minusSeconds(5)));
            CardPayment decided = payments.persist(fresh("cardhub-p-8", NOW.minusSeconds(900)));
            decided.failed(CancellationReason.PROVIDER_UNAVAILABLE, NOW);
            older.checked(NOW.minusSeconds(60));
            return List.of(older.id(), newer.id(), justNow.id());
        });

        List<Long> due = withPayments(payments -> payments.pendingSince(NOW.minusSeconds(30), 10));

        assertThat(due).containsExactly(ids.get(1), ids.get(0));
    }

    @Test
    void aContractsFeeIsDataAndAContractWithoutOneChargesNone() {
        inTransaction(em -> em.createNativeQuery("INSERT INTO top_up_fee (contract_id, rate_bp, minimum_minor, created_at) "
                + "VALUES (7, 150, 500, CURRENT_TIMESTAMP)").executeUpdate());

        FeeTerms lyceum = withPayments(payments -> payments.feeTermsOf(7));
        FeeTerms none = withPayments(payments -> payments.feeTermsOf(8));

        assertThat(lyceum).isEqualTo(new FeeTerms(150, rub("5.00")));
        assertThat(none).isEqualTo(FeeTerms.NONE);
    }

    @Test
    void aSavedCardAndTheRuleChargingItAreKeptAndTheRuleIsFoundByItsCard() {
        long rule = withPayments(payments -> {
            SavedBankCard saved = payments.persist(new SavedBankCard("parent-subject", CARD, "pm-1", "Bank card *4477", NOW));
            return payments.persist(new BankCardAutoTopUp(CARD, AccountPurpose.CANTEEN, "parent-subject", saved,
                    rub("100.00"), rub("500.00"), NOW)).id();
        });

        withPayments(payments -> {
            assertThat(payments.savedCardsOf("parent-subject")).extracting(SavedBankCard::title).containsExactly("Bank card *4477");
            assertThat(payments.savedCard("parent-subject", "pm-1")).isPresent();
            assertThat(payments.savedCardsOf("parent2-subject")).isEmpty();
            List<BankCardAutoTopUp> rules = payments.lockRulesOf(CARD);
            assertThat(rules).extracting(BankCardAutoTopUp::id).containsExactly(rule);
            assertThat(rules.get(0).status()).isEqualTo(AutoTopUpStatus.ACTIVE);
            CardPayment charge = payments.persist(CardPayment.autoTopUp(IdempotenceKeys.ofAutoTopUp(rule, "e1"), rule, "pm-1",
                    CARD, AccountPurpose.CANTEEN, rub("470.00"), rub("0.00"), "parent-subject", NOW));
            rules.get(0).charging(charge.id(), NOW);
            rules.get(0).suspend(CancellationReason.INSUFFICIENT_FUNDS, NOW);
            return null;
        });

        BankCardAutoTopUp read = withPayments(payments -> payments.lockRule(rule));
        assertThat(read.status()).isEqualTo(AutoTopUpStatus.SUSPENDED);
        assertThat(read.suspendedReason()).isEqualTo(CancellationReason.INSUFFICIENT_FUNDS);
        assertThat(read.lastPaymentId()).isNotNull();
    }

    @Test
    void aPurseHasOneRuleOnly() {
        withPayments(payments -> {
            SavedBankCard saved = payments.persist(new SavedBankCard("parent-subject", CARD, "pm-2", "Bank card *1111", NOW));
            return payments.persist(new BankCardAutoTopUp(CARD, AccountPurpose.MAIN, "parent-subject", saved, rub("0.00"),
                    rub("300.00"), NOW));
        });

        assertThatThrownBy(() -> withPayments(payments -> payments.persist(new BankCardAutoTopUp(CARD, AccountPurpose.MAIN,
                "parent-subject", payments.savedCard("parent-subject", "pm-2").orElseThrow(), rub("0.00"), rub("300.00"), NOW))))
                .isInstanceOf(PersistenceException.class);
    }

    @Test
    void theFeesAccountOfTheLedgerExists() {
        Object id = inTransaction(em -> em.createNativeQuery("SELECT id FROM account WHERE system_code = 'TOP_UP_FEES' AND purpose = 'SYSTEM'")
                .getSingleResult());

        assertThat(id).isNotNull();
    }
}
