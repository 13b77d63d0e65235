package org.cardhub.cards.control;

import org.cardhub.testing.NoTransaction;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.cardhub.cards.entity.Barcode;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.schema.entity.SequenceKeys;
import org.cardhub.secrets.SecretVault;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A school card made one at a time (staff's order, a change of school) on the migrated schema (H2 in its PostgreSQL
 * mode) after an import gave numbers ahead of the sequence: it takes the next number no card holds, as the import does.
 */
class NewCardsOnTheSchemaTest {

    private EntityManagerFactory factory;

    @BeforeEach
    void aSchoolWhoseImportGaveTheSequencesNextTwoNumbers() {
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
            for (int n = 1; n <= 2; n++) {
                sql(em, "INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, "
                        + "barcode, school_contract_number, status, expires_on, created_at) VALUES (10000" + n + ", 70, '"
                        + Integer.toString(n).repeat(64) + "', 'sealed', '700599******000" + n + "', 'PLASTIC', 'PUPIL', 'Ученик "
                        + n + "', '" + Barcode.generate(30_000_000L + n).digits() + "', '3000000" + n + "', 'ACTIVE', "
                        + "DATE '2031-11-30', CURRENT_TIMESTAMP)");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        factory.close();
    }

    @Test
    void aNewSchoolCardSkipsTheNumbersCardsHoldAndItsBarcodeIsOfItsNumber() {
        Card first = make("Сидорова Анна");
        Card second = make("Орлов Пётр");

        assertThat(first.schoolContractNumber()).isEqualTo("30000003");
        assertThat(first.barcode()).isEqualTo(Barcode.generate(30_000_003L).digits());
        assertThat(second.schoolContractNumber()).isEqualTo("30000004");
        assertThat(rows("SELECT COUNT(DISTINCT school_contract_number) FROM card")).containsExactly("4");
    }

    @Test
    void freeNumbersLeaveOutTheHeldAndTheAskedForInOrder() {
        List<String> free = inTransaction(em -> List.copyOf(newCards(em).freeSchoolNumbers(3, Set.of("30000004"))));

        assertThat(free).containsExactly("30000003", "30000005", "30000006");
    }

    private Card make(String name) {
        return inTransaction(em -> {
            NewCards cards = newCards(em);
            return cards.make(em.find(Contract.class, 70L), cards.generatedNumber(), CardForm.PLASTIC,
                    new Card.Holder(HolderKind.PUPIL, name, null));
        });
    }

    private static NewCards newCards(EntityManager em) {
        NewCards cards = new NewCards();
        cards.em = em;
        cards.ledger = with(with(with(NoTransaction.wire(new Ledger()), "em", em), "cardPurses", proxy(Event.class)), "bookings", proxy(Event.class));
        cards.vault = vault();
        return cards;
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
    private static <T> T proxy(Class<?> type) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, arguments) ->
                switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == arguments[0];
                    case "toString" -> type.getSimpleName();
                    default -> null;
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
