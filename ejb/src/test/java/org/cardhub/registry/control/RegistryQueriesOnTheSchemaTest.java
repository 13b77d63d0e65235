package org.cardhub.registry.control;

import jakarta.persistence.EntityManager;
import org.cardhub.cards.entity.CardNumber;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.registry.entity.CardQuery;
import org.cardhub.registry.entity.CardRow;
import org.cardhub.registry.entity.ContractFilter;
import org.cardhub.registry.entity.ContractRow;
import org.cardhub.secrets.SecretVault;
import org.cardhub.testing.MigratedDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The registry's searches on the migrated schema (H2 in its PostgreSQL mode, V36 included) with the mapping: a card by
 * its full number through the keyed hash, by the last four, barcode, school number and a part of the holder's name; a
 * contract list by organisation, kind, status and number, counted and paged.
 */
class RegistryQueriesOnTheSchemaTest {

    private static final String PAN_1 = CardNumber.generate("700599", 100_017).digits();
    /** Another number ending in the same four digits. */
    private static final String PAN_2 = java.util.stream.LongStream.iterate(200_000, n -> n + 1)
            .mapToObj(n -> CardNumber.generate("700599", n).digits())
            .filter(pan -> pan.endsWith(PAN_1.substring(12))).findFirst().orElseThrow();

    private static final String BARCODE = org.cardhub.cards.entity.Barcode.generate(300_000_001L).digits();

    private MigratedDatabase database;
    private SecretVault vault;

    @BeforeEach
    void twoOrganisationsThreeContractsAndThreeCards() throws Exception {
        database = new MigratedDatabase();
        vault = new SecretVault();
        Field key = SecretVault.class.getDeclaredField("keyEncryptionKey");
        key.setAccessible(true);
        key.set(vault, Base64.getEncoder().encodeToString(new byte[32]));
        Method init = SecretVault.class.getDeclaredMethod("init");
        init.setAccessible(true);
        init.invoke(vault);
        database.inTransaction(em -> {
            sql(em, "INSERT INTO organization (id, form, name, inn, kpp, time_zone, created_at) VALUES "
                    + "(1, 'LEGAL_ENTITY', 'ООО «Северный транспорт»', '7712345671', '771201001', 'Europe/Moscow', CURRENT_TIMESTAMP), "
                    + "(2, 'LEGAL_ENTITY', 'МБОУ «Школа № 7»', '2520123450', '252001001', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
            sql(em, "INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, created_at) VALUES "
                    + "(10, 'F-00000001', 'FUEL', 1, 'ACTIVE', 'POOLED', 'PREPAID', 'Europe/Moscow', CURRENT_TIMESTAMP), "
                    + "(11, 'F-00000002', 'FUEL', 1, 'SUSPENDED', 'POOLED', 'PREPAID', 'Europe/Moscow', CURRENT_TIMESTAMP), "
                    + "(20, 'S-00000001', 'SCHOOL', 2, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
            card(em, 100, 10, PAN_1, "VEHICLE", "Лада Веста А123ВС77", null, null, "ACTIVE");
            card(em, 101, 10, PAN_2, "DRIVER", "Зайцева Анна", null, null, "BLOCKED");
            card(em, 200, 20, CardNumber.generate("700599", 300_001).digits(), "PUPIL", "Петров Иван", BARCODE,
                    "30000001", "ACTIVE");
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aCardIsFoundByItsFullNumberThroughTheKeyedHash() {
        List<CardRow> found = cards(CardQuery.of(PAN_1));
        assertThat(found).extracting(CardRow::id).containsExactly(100L);
        assertThat(found.get(0)).isEqualTo(new CardRow(100L, CardNumber.of(PAN_1).masked(), CardStatus.ACTIVE,
                org.cardhub.cards.entity.HolderKind.VEHICLE, "Лада Веста А123ВС77", 10L, "F-00000001", ContractKind.FUEL,
                "ООО «Северный транспорт»"));
        assertThat(count(CardQuery.of(PAN_1))).isEqualTo(1);
        assertThat(cards(CardQuery.of(CardNumber.generate("700599", 999).digits()))).isEmpty();
    }

    @Test
    void cardsAreFoundByTheLastFourByHolderNameFirst() {
        assertThat(cards(CardQuery.of(PAN_1.substring(12)))).extracting(CardRow::id).containsExactly(101L, 100L);
        assertThat(count(CardQuery.of(PAN_1.substring(12)))).isEqualTo(2);
    }

    @Test
    void aPupilsCardIsFoundByBarcodeAndSchoolNumberAndItsHolderByAPartOfTheNameInAnyCase() {
        assertThat(cards(CardQuery.of(BARCODE))).extracting(CardRow::id).containsExactly(200L);
        assertThat(cards(CardQuery.of("30000001"))).extracting(CardRow::id).containsExactly(200L);
        assertThat(cards(CardQuery.of("петров"))).extracting(CardRow::id).containsExactly(200L);
        assertThat(cards(CardQuery.of("а123вс"))).extracting(CardRow::id).containsExactly(100L);
        assertThat(cards(CardQuery.of("%_"))).isEmpty();
    }

    @Test
    void contractsAreListedNewestFirstAndFilteredInTheDatabase() {
        assertThat(contracts(ContractFilter.NONE)).extracting(ContractRow::id).containsExactly(20L, 11L, 10L);
        assertThat(contracts(new ContractFilter(1L, null, null, null))).extracting(ContractRow::id).containsExactly(11L, 10L);
        assertThat(contracts(new ContractFilter(null, ContractKind.SCHOOL, null, null))).extracting(ContractRow::organizationName)
                .containsExactly("МБОУ «Школа № 7»");
        assertThat(contracts(new ContractFilter(null, null, ContractStatus.SUSPENDED, null))).extracting(ContractRow::number)
                .containsExactly("F-00000002");
        assertThat(contracts(new ContractFilter(null, null, null, " f-0000000 "))).hasSize(2);
        long active = read(queries -> queries.countContracts(new ContractFilter(1L, ContractKind.FUEL, ContractStatus.ACTIVE, "F-")));
        assertThat(active).isEqualTo(1);
        List<ContractRow> second = read(queries -> queries.contracts(ContractFilter.NONE, 1, 1));
        assertThat(second).extracting(ContractRow::id).containsExactly(11L);
    }

    @Test
    void aContractsCardsAreCountedAllAndLive() {
        database.inTransaction(em -> sql(em, "UPDATE card SET status = 'CLOSED' WHERE id = 101"));
        long all = read(queries -> queries.countCardsOf(10, false));
        long live = read(queries -> queries.countCardsOf(10, true));
        assertThat(all).isEqualTo(2);
        assertThat(live).isEqualTo(1);
        java.time.Instant made = read(queries -> queries.createdAt(10));
        assertThat(made).isNotNull();
    }

    private <T> T read(Function<RegistryQueries, T> work) {
        return database.inTransaction(em -> work.apply(queries(em)));
    }

    private List<CardRow> cards(CardQuery query) {
        return database.inTransaction(em -> queries(em).cards(query, 0, 20));
    }

    private long count(CardQuery query) {
        Long counted = read(queries -> queries.countCards(query));
        return counted;
    }

    private List<ContractRow> contracts(ContractFilter filter) {
        return database.inTransaction(em -> queries(em).contracts(filter, 0, 20));
    }

    private RegistryQueries queries(EntityManager em) {
        RegistryQueries queries = new RegistryQueries();
        queries.em = em;
        queries.vault = vault;
        return queries;
    }

    private void card(EntityManager em, long id, long contract, String pan, String kind, String holder, String barcode,
                      String schoolNumber, String status) {
        em.createNativeQuery("INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, "
                        + "holder_name, barcode, school_contract_number, status, expires_on, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, 'PLASTIC', ?, ?, ?, ?, ?, DATE '2031-11-30', CURRENT_TIMESTAMP)")
                .setParameter(1, id).setParameter(2, contract).setParameter(3, vault.lookupHash(pan))
                .setParameter(4, vault.seal(pan)).setParameter(5, CardNumber.of(pan).masked()).setParameter(6, kind)
                .setParameter(7, holder).setParameter(8, barcode).setParameter(9, schoolNumber).setParameter(10, status)
                .executeUpdate();
    }

    private static Object sql(EntityManager em, String statement) {
        return em.createNativeQuery(statement).executeUpdate();
    }
}
