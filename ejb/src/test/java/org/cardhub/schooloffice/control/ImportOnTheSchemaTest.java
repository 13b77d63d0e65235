package org.cardhub.schooloffice.control;

import org.cardhub.testing.NoTransaction;
import jakarta.ejb.SessionContext;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.cards.boundary.SchoolCardRolls;
import org.cardhub.cards.control.NewCards;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.meals.boundary.BenefitRolls;
import org.cardhub.schema.entity.SequenceKeys;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.school.entity.StaffMember;
import org.cardhub.schooloffice.entity.ImportOutcome;
import org.cardhub.schooloffice.entity.ImportStatus;
import org.cardhub.schooloffice.entity.PupilFileRefusal;
import org.cardhub.schooloffice.entity.PupilImport;
import org.cardhub.schooloffice.entity.RowProblem;
import org.cardhub.secrets.SecretVault;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import applied on the migrated schema (H2 in its PostgreSQL mode) with its beans wired by hand as the container
 * wires them: a clean file makes the classes, the cards with their numbers, codes and purses, the benefits and the
 * history's line; the same file again changes nothing; a file with a bad row writes nothing; and 1 500 pupils go in at
 * once, their numbers allocated in blocks.
 */
class ImportOnTheSchemaTest {

    private static final SchoolRef SCHOOL = new SchoolRef(7, "Школа № 7", 70, "S-07000000", ZoneId.of("Asia/Vladivostok"));

    private EntityManagerFactory factory;

    @BeforeEach
    void aSchoolWithClass5AAndOnePupil() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .load().migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of("jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url, "jakarta.persistence.jdbc.user", "sa", "jakarta.persistence.jdbc.password", "",
                "eclipselink.logging.level", "OFF"));
        inTransaction(em -> {
            sql(em, "INSERT INTO organization (id, form, name, inn, time_zone, created_at) VALUES (7, 'LEGAL_ENTITY', 'Школа № 7', "
                    + "'2520123450', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
            sql(em, "INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, created_at) "
                    + "VALUES (70, 'S-07000000', 'SCHOOL', 7, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
            sql(em, "INSERT INTO school_class (id, organization_id, grade, letter, name) VALUES (1000, 7, 5, 'А', '5А')");
            sql(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, "
                    + "barcode, school_contract_number, status, expires_on, created_at, class_id) VALUES (100000, 70, '" + "a".repeat(64)
                    + "', 'sealed', '700599******0069', 'PLASTIC', 'PUPIL', 'Петров Иван', '2000300000018', '30000001', 'ACTIVE', "
                    + "DATE '2031-11-30', CURRENT_TIMESTAMP, 1000)");
            return null;
        });
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void aCleanFileMakesClassesCardsPursesCodesAndBenefitsAndTheSameFileAgainChangesNothing() {
        byte[] file = ("Фамилия;Имя;Отчество;Класс;Номер договора;Категория\n"
                + "Петров;Иван;;6Б;30000001;многодетная семья\n"
                + "Сидорова;Анна;Олеговна;5а;;\n"
                + "Белов;Павел;;;;сотрудник\n").getBytes(StandardCharsets.UTF_8);

        ImportOutcome first = apply(file);

        assertThat(first.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(first.summary().created()).isEqualTo(2);
        assertThat(first.summary().moved()).isEqualTo(1);
        assertThat(first.summary().classesCreated()).isEqualTo(1);
        assertThat(rows("SELECT name FROM school_class WHERE organization_id = 7 ORDER BY name")).containsExactly("5А", "6Б");
        List<String> cards = rows("SELECT c.holder_name || '|' || c.holder_kind || '|' || c.status || '|' || COALESCE(k.name, '-') "
                + "FROM card c LEFT JOIN school_class k ON k.id = c.class_id WHERE c.contract_id = 70 ORDER BY c.holder_name");
        assertThat(cards).containsExactly("Белов Павел|PERSON|ACTIVE|-", "Петров Иван|PUPIL|ACTIVE|6Б",
                "Сидорова Анна Олеговна|PUPIL|ACTIVE|5А");
        assertThat(rows("SELECT school_contract_number FROM card WHERE id <> 100000")).allMatch(number -> number.matches("\\d{8}"));
        assertThat(first.codes().byCard()).hasSize(2).allSatisfy((card, code) -> {
            assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{8}");
            assertThat(rows("SELECT activation_code_hash FROM card WHERE id = " + card))
                    .as("the card keeps only the code's keyed hash").containsExactly(vault().activationCodeHash(code));
        });
        assertThat(rows("SELECT COUNT(*) FROM account WHERE card_id IN (SELECT id FROM card WHERE id <> 100000) AND currency = 'RUB' "
                + "AND purpose IN ('MAIN', 'CANTEEN')")).containsExactly("4");
        assertThat(rows("SELECT card_id || ' ' || kind_code FROM meal_benefit")).containsExactly("100000 LARGE_FAMILY");
        assertThat(rows("SELECT COUNT(*) FROM pupil_import_card WHERE import_id = " + first.importId())).containsExactly("2");
        assertThat(rows("SELECT COUNT(*) FROM lifecycle_event WHERE subject_type = 'CARD'")).containsExactly("2");

        ImportOutcome second = apply(file);

        assertThat(second.status()).isEqualTo(ImportStatus.UNCHANGED);
        assertThat(second.summary().nothingToChange()).isTrue();
        assertThat(rows("SELECT COUNT(*) FROM card")).containsExactly("3");
        assertThat(rows("SELECT status FROM pupil_import ORDER BY id")).containsExactly("APPLIED", "UNCHANGED");
    }

    @Test
    void theClassesPageFindsPupilsByPartOfTheNameOrNumberAndTheImportsCardsAreFoundAgain() {
        ImportOutcome done = apply(("Фамилия;Имя;Класс\nСидорова;Анна;5А\nОрлов;Пётр;6Б\n").getBytes(StandardCharsets.UTF_8));
        inTransaction(em -> {
            sql(em, "INSERT INTO school_staff (organization_id, subject, role, full_name) VALUES (7, 't1', 'TEACHER', 'Учитель')");
            return null;
        });

        inTransaction(em -> {
            ClassQueries queries = new ClassQueries();
            queries.em = em;
            assertThat(queries.pupils(70, null, "сидор", 0, 10)).extracting(row -> row[1]).containsExactly("Сидорова Анна");
            assertThat(queries.count(70, 1000L, null)).as("5А: Петров and Сидорова").isEqualTo(2);
            assertThat(queries.count(70, null, "3000000")).isEqualTo(3);
            assertThat(queries.pupils(70, 1000L, null, 1, 10)).extracting(row -> row[1]).containsExactly("Сидорова Анна");
            assertThat(queries.teachers(7)).extracting(StaffMember::fullName).containsExactly("Учитель");
            List<Long> made = em.createQuery("SELECT c FROM PupilImport i JOIN i.cardIds c WHERE i.id = :id", Long.class)
                    .setParameter("id", done.importId()).getResultList();
            assertThat(work(em).cards.handOut(70, made)).extracting(SchoolCardRolls.NewSchoolCard::holderName)
                    .containsExactlyInAnyOrder("Сидорова Анна", "Орлов Пётр");
            return null;
        });
    }

    @Test
    void aFileWithABadRowIsRefusedWithItsLineAndWritesNothing() {
        byte[] file = "Фамилия;Имя;Класс\nСидорова;Анна;5А\n;Олег;5Б\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> apply(file)).isInstanceOfSatisfying(PupilFileRefusal.class, refused -> {
            assertThat(refused.code()).isEqualTo(PupilFileRefusal.Code.ROWS_INVALID);
            assertThat(refused.problems()).extracting(RowProblem::line, RowProblem::code)
                    .containsExactly(org.assertj.core.api.Assertions.tuple(3, RowProblem.Code.SURNAME_MISSING));
        });
        assertThat(rows("SELECT COUNT(*) FROM card")).containsExactly("1");
        assertThat(rows("SELECT COUNT(*) FROM school_class")).containsExactly("1");
    }

    @Test
    void fifteenHundredPupilsGoInAtOnceWithNumbersAllocatedInBlocks() {
        StringBuilder csv = new StringBuilder("Фамилия;Имя;Класс;Категория\n");
        for (int i = 0; i < 1500; i++) {
            csv.append("Ученик").append(i).append(";Имя;").append(1 + i % 11).append("АБВГ".charAt(i % 4)).append(';')
                    .append(i % 10 == 0 ? "малоимущая семья" : "").append('\n');
        }
        long started = System.nanoTime();

        ImportOutcome outcome = apply(csv.toString().getBytes(StandardCharsets.UTF_8));

        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        assertThat(outcome.summary().created()).isEqualTo(1500);
        assertThat(outcome.summary().classesCreated()).isEqualTo(43);
        assertThat(rows("SELECT COUNT(DISTINCT school_contract_number) FROM card")).containsExactly("1501");
        assertThat(rows("SELECT COUNT(*) FROM account WHERE card_id IS NOT NULL")).containsExactly("3000");
        assertThat(rows("SELECT COUNT(*) FROM meal_benefit")).containsExactly("150");
        assertThat(seconds).as("1 500 pupils on H2").isLessThan(30);
    }

    private ImportOutcome apply(byte[] file) {
        return inTransaction(em -> work(em).apply(SCHOOL, "pupils.csv", PupilFile.read(file), System.nanoTime(), percent -> {
        }));
    }

    private static ImportWork work(EntityManager em) {
        Principal director = () -> "director";
        AuditLog audit = with(with(new AuditLog(), "em", em), "session", proxy(SessionContext.class, arguments -> director));
        Ledger ledger = with(with(with(NoTransaction.wire(new Ledger()), "em", em), "cardPurses", proxy(Event.class, arguments -> null)), "bookings", proxy(Event.class, arguments -> null));
        SchoolCardRolls cards = with(with(with(with(with(new SchoolCardRolls(), "em", em), "ledger", ledger), "audit", audit),
                "vault", vault()), "newCards", with(new NewCards(), "em", em));
        BenefitRolls benefits = with(with(new BenefitRolls(), "em", em), "audit", audit);
        Rolls rolls = new Rolls();
        rolls.em = em;
        rolls.cards = cards;
        rolls.benefits = benefits;
        ImportWork work = new ImportWork();
        work.em = em;
        work.rolls = rolls;
        work.cards = cards;
        work.benefits = benefits;
        work.audit = audit;
        return work;
    }

    private static SecretVault vault() {
        SecretVault vault = with(new SecretVault(), "keyEncryptionKey", Base64.getEncoder().encodeToString(new byte[32]));
        try {
            Method init = SecretVault.class.getDeclaredMethod("init");
            init.setAccessible(true);
            init.invoke(vault);
            return vault;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> rows(String sql) {
        return inTransaction(em -> ((List<?>) em.createNativeQuery(sql).getResultList()).stream().map(String::valueOf).toList());
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static void sql(EntityManager em, String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<?> type, Function<Object[], Object> answer) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, arguments) ->
                switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == arguments[0];
                    case "toString" -> type.getSimpleName();
                    default -> answer.apply(arguments);
                });
    }

    private static <T> T with(T bean, String field, Object value) {
        try {
            Field declared = bean.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(bean, value);
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
