package org.cardhub.wallets.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.notifications.boundary.PersonNotices;
import org.cardhub.schema.entity.SequenceKeys;
import org.cardhub.secrets.KeyedHashes;
import org.cardhub.secrets.SecretVault;
import org.cardhub.wallets.control.PhoneCodeBook;
import org.cardhub.wallets.entity.CodeCheck;
import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.CodeSending;
import org.cardhub.wallets.entity.PhoneCodeRefusal;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The phone codes on the migrated schema (V39, H2 in its PostgreSQL mode), each call its own transaction as in service. */
class PhoneCodesOnTheSchemaTest {

    private static final Instant T0 = Instant.parse("2027-01-10T09:00:00Z");
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final KeyedHashes HASHES = KeyedHashes.fromBase64(KEY);
    private static final String PHONE = "+79001234567";
    private static final Pattern CODE_IN_SMS = Pattern.compile("код (\\d{4}) для");

    private EntityManagerFactory factory;
    private EntityManager em;
    private PhoneCodes codes;

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
        codes = new PhoneCodes();
        codes.book = with(new PhoneCodeBook(), "em", em);
        codes.vault = new SecretVault() {
            @Override
            public String phoneCodeHash(String phone, String purpose, String code) {
                return HASHES.phoneCodeHash(phone, purpose, code);
            }
        };
        codes.sms = with(new PersonNotices(), "em", em);
        codes.audit = with(new AuditLog() {
            @Override
            public String actor(String source) {
                return source;
            }
        }, AuditLog.class, "em", em);
        at(T0);
    }

    @AfterEach
    void close() {
        em.close();
        factory.close();
    }

    @Test
    void aCodeLeavesAsAnSmsThroughTheOutboxAndIsKeptOnlyAsItsKeyedHash() {
        CodeSending sent = inTransaction(() -> codes.send("8 900 123-45-67", CodePurpose.OPEN_WALLET));

        assertThat(sent.status()).isEqualTo(CodeSending.Status.SENT);
        assertThat(sent.expiresAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
        List<Object[]> sms = rows("SELECT channel, recipient, status, subject FROM outbox_message");
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0)).startsWith("SMS", PHONE, "PENDING");
        String digits = codeIn(sms.get(0)[3]);
        Object[] stored = rows("SELECT code_hash, status, expires_at FROM phone_code").get(0);
        assertThat(stored[0]).isEqualTo(HASHES.phoneCodeHash(PHONE, "OPEN_WALLET", digits));
        assertThat(stored[1]).isEqualTo("ACTIVE");
        assertThat(rows("SELECT action, subject_type, subject_id, details FROM audit_event")).singleElement()
                .satisfies(event -> assertThat(event).startsWith("phone-code.sent", "PHONE_NUMBER", PHONE))
                .satisfies(event -> assertThat((String) event[3]).doesNotContain(digits));
    }

    @Test
    void theCodeFromTheSmsIsAcceptedOnceThenSpent() {
        inTransaction(() -> codes.send(PHONE, CodePurpose.RESET_PASSWORD));
        String digits = codeIn(rows("SELECT subject FROM outbox_message").get(0));

        at(T0.plusSeconds(90));
        assertThat(inTransaction(() -> codes.verify("+7 (900) 123 45 67", CodePurpose.RESET_PASSWORD, digits)).result())
                .isEqualTo(CodeCheck.Result.ACCEPTED);
        assertThat(inTransaction(() -> codes.verify(PHONE, CodePurpose.RESET_PASSWORD, digits)).result())
                .isEqualTo(CodeCheck.Result.USED);
        assertThat(inTransaction(() -> codes.verify(PHONE, CodePurpose.OPEN_WALLET, digits)).result())
                .as("a code of one purpose stands in for no other").isEqualTo(CodeCheck.Result.NOT_SENT);
        assertThat(rows("SELECT action FROM audit_event ORDER BY id")).extracting(row -> row[0])
                .containsExactly("phone-code.sent", "phone-code.accepted");
    }

    @Test
    void aSecondCodeWithinAMinuteIsHeldBackAndAfterItReplacesTheFirst() {
        inTransaction(() -> codes.send(PHONE, CodePurpose.OPEN_WALLET));
        String first = codeIn(rows("SELECT subject FROM outbox_message").get(0));

        at(T0.plusSeconds(45));
        CodeSending tooSoon = inTransaction(() -> codes.send(PHONE, CodePurpose.OPEN_WALLET));
        assertThat(tooSoon.status()).isEqualTo(CodeSending.Status.RESEND_TOO_SOON);
        assertThat(tooSoon.waitSeconds()).isEqualTo(15);
        assertThat(rows("SELECT id FROM outbox_message")).hasSize(1);

        at(T0.plusSeconds(60));
        assertThat(inTransaction(() -> codes.send(PHONE, CodePurpose.OPEN_WALLET)).status()).isEqualTo(CodeSending.Status.SENT);
        String second = codeIn(rows("SELECT subject FROM outbox_message ORDER BY id DESC").get(0));
        assertThat(rows("SELECT status FROM phone_code ORDER BY id")).extracting(row -> row[0]).containsExactly("REPLACED", "ACTIVE");
        if (!first.equals(second)) {
            assertThat(inTransaction(() -> codes.verify(PHONE, CodePurpose.OPEN_WALLET, first)).result())
                    .isEqualTo(CodeCheck.Result.WRONG);
        }
        assertThat(inTransaction(() -> codes.verify(PHONE, CodePurpose.OPEN_WALLET, second)).result())
                .isEqualTo(CodeCheck.Result.ACCEPTED);
    }

    @Test
    void fiveWrongCodesCommittedOneByOneBlockTheNumberForAnHour() {
        inTransaction(() -> codes.send(PHONE, CodePurpose.CONFIRM_OPERATION));
        String digits = codeIn(rows("SELECT subject FROM outbox_message").get(0));
        String wrong = digits.equals("0000") ? "0001" : "0000";

        for (int left = 4; left >= 1; left--) {
            assertThat(inTransaction(() -> codes.verify(PHONE, CodePurpose.CONFIRM_OPERATION, wrong)).attemptsLeft()).isEqualTo(left);
        }
        at(T0.plusSeconds(120));
        CodeCheck fifth = inTransaction(() -> codes.verify(PHONE, CodePurpose.CONFIRM_OPERATION, wrong));

        assertThat(fifth).isEqualTo(new CodeCheck(CodeCheck.Result.BLOCKED, 0, T0.plusSeconds(120).plus(Duration.ofHours(1)), true));
        assertThat(inTransaction(() -> codes.verify(PHONE, CodePurpose.CONFIRM_OPERATION, digits)).result())
                .isEqualTo(CodeCheck.Result.BLOCKED);
        assertThat(inTransaction(() -> codes.send(PHONE, CodePurpose.CONFIRM_OPERATION)).status())
                .isEqualTo(CodeSending.Status.BLOCKED);
        assertThat(inTransaction(() -> codes.send(PHONE, CodePurpose.OPEN_WALLET)).status())
                .as("another purpose of the number is not blocked").isEqualTo(CodeSending.Status.SENT);
        assertThat(rows("SELECT action FROM audit_event WHERE action = 'phone-code.blocked'")).hasSize(1);
    }

    @Test
    void malformedInputIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> inTransaction(() -> codes.send("8 495 123-45-67", CodePurpose.OPEN_WALLET)))
                .isInstanceOfSatisfying(PhoneCodeRefusal.class, r -> assertThat(r.code()).isEqualTo(PhoneCodeRefusal.Code.PHONE_INVALID));
        assertThatThrownBy(() -> inTransaction(() -> codes.send(PHONE, null)))
                .isInstanceOfSatisfying(PhoneCodeRefusal.class, r -> assertThat(r.code()).isEqualTo(PhoneCodeRefusal.Code.PURPOSE_MISSING));
        assertThatThrownBy(() -> inTransaction(() -> codes.verify(PHONE, CodePurpose.OPEN_WALLET, "12a4")))
                .isInstanceOfSatisfying(PhoneCodeRefusal.class, r -> assertThat(r.code()).isEqualTo(PhoneCodeRefusal.Code.CODE_FORMAT));
        assertThat(inTransaction(() -> codes.verify(PHONE, CodePurpose.OPEN_WALLET, "1234"))).isEqualTo(CodeCheck.notSent());
        assertThat(rows("SELECT id FROM phone_code")).isEmpty();
        assertThat(rows("SELECT id FROM outbox_message")).isEmpty();
    }

    @Test
    void theTableRefusesANumberNotInItsNormalFormAndACodeInClear() {
        String hash = HASHES.lookupHash("x");
        assertThat(inTransaction(() -> insert(PHONE, hash))).as("the well-formed row").isEqualTo(1);
        for (String[] row : List.of(new String[] {"89001234567", hash}, new String[] {"+7900123456a", hash},
                new String[] {"+74951234567", hash}, new String[] {PHONE, "1234"})) {
            assertThatThrownBy(() -> inTransaction(() -> insert(row[0], row[1]))).as(row[0] + " " + row[1])
                    .hasStackTraceContaining("phone_code_");
        }
    }

    private int insert(String phone, String hash) {
        return em.createNativeQuery("INSERT INTO phone_code (phone, purpose, code_hash, issued_at, expires_at, status) "
                        + "VALUES (?, 'OPEN_WALLET', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP + INTERVAL '5' MINUTE, 'ACTIVE')")
                .setParameter(1, phone).setParameter(2, hash).executeUpdate();
    }

    private void at(Instant now) {
        codes.clock = Clock.fixed(now, ZoneOffset.UTC);
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

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        List<?> result = em.createNativeQuery(sql).getResultList();
        return result.stream().map(row -> row instanceof Object[] columns ? columns : new Object[] {row}).toList();
    }

    private static String codeIn(Object sms) {
        Matcher code = CODE_IN_SMS.matcher(sms instanceof Object[] row ? (String) row[0] : (String) sms);
        assertThat(code.find()).as("the SMS carries the code: " + sms).isTrue();
        return code.group(1);
    }

    private static <T> T with(T bean, String field, Object value) {
        return with(bean, bean.getClass(), field, value);
    }

    private static <T> T with(T bean, Class<?> declaring, String field, Object value) {
        try {
            Field declared = declaring.getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(bean, value);
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
