package org.cardhub.payments.control;

import org.cardhub.testing.NoTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.IdempotencyRecord;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.Recorded;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The idempotency layer on the real schema and mapping: an operation's work runs once per key, whatever comes after. */
class OperationRecordsTest {

    private static final OperationKey KEY = new OperationKey("terminal:POS-1", "e-1");
    private static final OperationKey OTHER_KEY = new OperationKey("terminal:POS-1", "e-2");

    private final MigratedDatabase database = new MigratedDatabase();
    private final AtomicInteger workDone = new AtomicInteger();

    @AfterEach
    void closeTheDatabase() {
        database.close();
    }

    @Test
    void theWorkRunsOnceAndARepeatGetsTheFirstOutcomeBack() {
        Recorded first = inTransaction(records -> records.once(KEY, "hash-a", this::approve));
        Recorded repeat = inTransaction(records -> records.once(KEY, "hash-a", this::approve));

        assertThat(workDone).hasValue(1);
        assertThat(first.replayed()).isFalse();
        assertThat(repeat.replayed()).isTrue();
        assertThat(repeat.outcome()).isEqualTo(first.outcome());
    }

    @Test
    void aKeyUsedAgainForADifferentRequestIsDeclinedWithoutRunningTheWork() {
        inTransaction(records -> records.once(KEY, "hash-a", this::approve));

        Recorded other = inTransaction(records -> records.once(KEY, "hash-b", this::approve));

        assertThat(workDone).hasValue(1);
        assertThat(other.replayed()).isTrue();
        assertThat(other.outcome().isApproved()).isFalse();
        assertThat(other.outcome().code()).isEqualTo(DeclineCode.DUPLICATE_CONFLICT.name());
    }

    @Test
    void aDuplicateThatMissedTheFirstRecordCannotStoreItsOwnAndItsTransactionFails() {
        inTransaction(records -> records.once(KEY, "hash-a", this::approve));

        assertThatThrownBy(() -> inTransaction(records -> records.once(KEY, "hash-a", Optional.empty(), this::approve)))
                .isInstanceOf(PersistenceException.class);
        List<IdempotencyRecord> stored = inTransaction(records -> records.records(KEY, OTHER_KEY));
        assertThat(stored).hasSize(1);
    }

    @Test
    void twoKeysAreLookedUpTogetherAndToldApart() {
        inTransaction(records -> records.once(OTHER_KEY, "hash-b", this::approve));

        List<IdempotencyRecord> found = inTransaction(records -> records.records(KEY, OTHER_KEY));

        assertThat(OperationRecords.recordOf(found, OTHER_KEY)).isPresent();
        assertThat(OperationRecords.recordOf(found, KEY)).isEmpty();
    }

    @Test
    void anOutcomeStoredByAnEarlierVersionReadsBack() {
        database.inTransaction(em -> em.createNativeQuery("INSERT INTO idempotency_record (scope, idem_key, request_hash, "
                        + "outcome, created_at) VALUES ('terminal:POS-1', 'e-1', 'hash-a', '{\"approvedAmount\":\"250.00\","
                        + "\"approvedVolume\":\"40.000\",\"authCode\":\"004217\",\"balance\":\"750.00\",\"code\":\"OK\","
                        + "\"entryId\":7,\"status\":\"APPROVED\"}', CURRENT_TIMESTAMP)")
                .executeUpdate());

        Outcome stored = inTransaction(records -> records.recordedOutcome(KEY)).orElseThrow();

        assertThat(stored.isApproved()).isTrue();
        assertThat(stored.entryId()).isEqualTo(7L);
        assertThat(stored.authCode()).isEqualTo("004217");
        assertThat(stored.approvedAmount()).isEqualTo(Amount.parse("250.00", Currency.RUB));
        assertThat(stored.approvedVolume()).isEqualTo(Amount.parse("40.000", Currency.LITRE));
        assertThat(stored.balance()).isEqualTo(Amount.parse("750.00", Currency.RUB));
    }

    @Test
    void aNewRecordIsStoredInTheShapeEarlierVersionsWroteAndRead() {
        inTransaction(records -> records.once(KEY, "hash-a", this::approve));

        String json = database.inTransaction(em -> (String) em.createNativeQuery(
                "SELECT outcome FROM idempotency_record WHERE idem_key = 'e-1'").getSingleResult());

        assertThat(json).startsWith("{\"approvedAmount\":\"250.00\",\"approvedVolume\":\"40.000\",\"authCode\":\"")
                .contains("\"balance\":\"0.00\",\"code\":\"OK\",\"entryId\":41,\"isApproved\":true,\"status\":\"APPROVED\"}");
    }

    private Outcome approve() {
        workDone.incrementAndGet();
        return Outcomes.approved(41L, null, Amount.parse("250.00", Currency.RUB), Amount.parse("40.000", Currency.LITRE),
                Account.ofContract(100, AccountPurpose.MAIN, Currency.RUB));
    }

    private <T> T inTransaction(Function<OperationRecords, T> work) {
        return database.inTransaction((EntityManager em) -> {
            OperationRecords records = NoTransaction.wire(new OperationRecords());
            records.em = em;
            return work.apply(records);
        });
    }
}
