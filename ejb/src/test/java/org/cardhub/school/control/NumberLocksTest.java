package org.cardhub.school.control;

import jakarta.persistence.EntityManager;
import org.cardhub.school.entity.GuardianLinkLock;
import org.cardhub.school.entity.LockedNumber;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The linking locks on the real schema and mapping (V20, H2 in its PostgreSQL mode): a number's row is made on its
 * first attempt and locked by each, so attempts racing on one number are counted one after the other and no more codes
 * are checked than the limit allows; the back office's list names the pupil briefly, or no one for a guessed number.
 */
class NumberLocksTest {

    private static final Instant NOW = Instant.parse("2026-09-01T06:00:00Z");

    private MigratedDatabase database;

    @BeforeEach
    void aSchoolWithAPupil() {
        database = new MigratedDatabase();
        database.inTransaction(em -> {
            update(em, "INSERT INTO organization (id, form, name, inn, time_zone, created_at) VALUES (5, 'LEGAL_ENTITY', "
                    + "'ГБОУ «Лицей № 3»', '7728003458', 'Europe/Moscow', CURRENT_TIMESTAMP)");
            update(em, "INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, "
                    + "created_at) VALUES (700, 'S-07000000', 'SCHOOL', 5, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 'Europe/Moscow', "
                    + "CURRENT_TIMESTAMP)");
            update(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, "
                    + "school_contract_number, activation_code_hash, status, expires_on, created_at) VALUES (900, 700, 'h', 's', "
                    + "'700599******0093', 'PLASTIC', 'PUPIL', 'Смирнова Ольга', '10000004', 'hash-of-DEMO-1004', 'ACTIVE', "
                    + "DATE '2031-11-30', CURRENT_TIMESTAMP)");
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNumberNeverTriedGetsAnEmptyLockOnItsFirstAttemptAndKeepsItsCount() {
        attempt("10000004", lock -> lock.fail(NOW));
        attempt("10000004", lock -> lock.fail(NOW.plusSeconds(60)));

        GuardianLinkLock kept = attempt("10000004", lock -> lock);
        assertThat(kept.failedCount()).isEqualTo(2);
        assertThat(kept.lastFailureAt()).isEqualTo(NOW.plusSeconds(60));
        Long rows = database.inTransaction(em -> em.createQuery("SELECT COUNT(l) FROM GuardianLinkLock l", Long.class)
                .getSingleResult());
        assertThat(rows).isEqualTo(1L);
    }

    @Test
    void racingWrongCodesOnOneNumberCheckNoMoreThanFiveCodes() throws Exception {
        int racers = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        List<Future<Boolean>> checked = new ArrayList<>();
        try {
            for (int i = 0; i < racers; i++) {
                Callable<Boolean> racer = () -> {
                    start.await();
                    return attempt("10000005", lock -> {
                        if (lock.lockedAt(NOW).isPresent()) {
                            return false;
                        }
                        lock.fail(NOW);
                        return true;
                    });
                };
                checked.add(pool.submit(racer));
            }
            start.countDown();
            int codesChecked = 0;
            for (Future<Boolean> racer : checked) {
                codesChecked += racer.get() ? 1 : 0;
            }

            assertThat(codesChecked).isEqualTo(GuardianLinkLock.MAX_FAILURES);
            GuardianLinkLock lock = attempt("10000005", kept -> kept);
            assertThat(lock.failedCount()).isEqualTo(GuardianLinkLock.MAX_FAILURES);
            assertThat(lock.lockedUntil()).isEqualTo(NOW.plus(GuardianLinkLock.LOCK));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theBackOfficeSeesTheNumbersLockedNowWithThePupilShortenedAndNothingForAGuessedNumber() {
        for (int i = 0; i < 5; i++) {
            Instant at = NOW.plusSeconds(i);
            attempt("10000004", lock -> lock.fail(at));
            attempt("99999999", lock -> lock.fail(at.plusSeconds(600)));
        }
        for (int i = 0; i < 4; i++) {
            Instant at = NOW.plusSeconds(i);
            attempt("10000003", lock -> lock.fail(at));
        }

        List<LockedNumber> locked = database.inTransaction(em -> numberLocks(em).lockedAt(NOW.plusSeconds(900), 10));

        assertThat(locked).extracting(LockedNumber::contractNumber, LockedNumber::pupil, LockedNumber::failedCount)
                .containsExactly(tuple("10000004", "Смирнова О.", 5),
                        tuple("99999999", "", 5));
        assertThat(locked.get(0).lockedUntil()).isEqualTo(NOW.plusSeconds(4).plus(Duration.ofHours(1)));
        List<LockedNumber> later = database.inTransaction(em -> numberLocks(em).lockedAt(NOW.plus(Duration.ofHours(2)), 10));
        assertThat(later).isEmpty();
    }

    private <T> T attempt(String number, Function<GuardianLinkLock, T> work) {
        return database.inTransaction(em -> work.apply(numberLocks(em).lockFor(number)));
    }

    private static NumberLocks numberLocks(EntityManager em) {
        NumberLocks locks = new NumberLocks();
        locks.em = em;
        return locks;
    }

    private static void update(EntityManager em, String sql) {
        em.createNativeQuery(sql).executeUpdate();
    }
}
