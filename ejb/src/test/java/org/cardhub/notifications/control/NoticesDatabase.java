package org.cardhub.notifications.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import org.cardhub.schema.entity.SequenceKeys;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * An in-memory H2 in its PostgreSQL mode migrated by the application's scripts (up to a version, or all of them, with
 * or without the demo data), plain SQL on it, and the application's persistence unit as a Java SE unit. Close it after.
 */
public final class NoticesDatabase implements AutoCloseable {

    private static final Path DEMO = Path.of("..").resolve("server-config/demo");

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
    private EntityManagerFactory factory;

    /** Migrates with every versioned migration before {@code version}, whichever they are. */
    public NoticesDatabase migrateToJustBefore(String version) {
        MigrationVersion before = MigrationVersion.fromVersion(version);
        MigrationVersion last = Arrays.stream(flyway(MigrationVersion.LATEST).info().all())
                .map(MigrationInfo::getVersion).filter(Objects::nonNull).filter(candidate -> candidate.compareTo(before) < 0)
                .max(MigrationVersion::compareTo).orElseThrow();
        flyway(last).migrate();
        return this;
    }

    private Flyway flyway(MigrationVersion target) {
        return Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .target(target).load();
    }

    public NoticesDatabase migrate() {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").javaMigrations(new SequenceKeys())
                .load().migrate();
        return this;
    }

    public NoticesDatabase migrateWithDemoData() {
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "filesystem:" + DEMO)
                .javaMigrations(new SequenceKeys()).load().migrate();
        return this;
    }

    public int update(String sql) {
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement()) {
            return statement.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public List<String> rows(String query) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", ""); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    values.add(result.getString(column));
                }
                rows.add(String.join(" ", values));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(query, e);
        }
        return rows;
    }

    /** A school contract and pupils' cards with the given ids, for the rows that name a card. */
    public NoticesDatabase schoolCards(long... cardIds) {
        update("INSERT INTO organization (id, form, name, inn, kpp, time_zone, created_at) VALUES (900, 'LEGAL_ENTITY', "
                + "'Школа', '2520123450', '252001999', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
        update("INSERT INTO contract (id, number, kind, organization_id, status, balance_model, funding, time_zone, created_at) "
                + "VALUES (900, 'S-09000000', 'SCHOOL', 900, 'ACTIVE', 'DISTRIBUTED', 'PREPAID', 'Asia/Vladivostok', CURRENT_TIMESTAMP)");
        for (long id : cardIds) {
            update("INSERT INTO card (id, contract_id, pan_hash, pan_sealed, pan_masked, form, holder_kind, holder_name, status, "
                    + "expires_on, created_at) VALUES (" + id + ", 900, '" + String.format("%064d", id) + "', 'sealed', "
                    + "'700599******" + String.format("%04d", id) + "', 'PLASTIC', 'PUPIL', 'Ученик " + id + "', 'ACTIVE', "
                    + "DATE '2031-01-31', CURRENT_TIMESTAMP)");
        }
        return this;
    }

    /** A purse of a card made by {@link #schoolCards} holding {@code kopecks}. */
    public NoticesDatabase purse(long cardId, String purpose, long kopecks) {
        update("INSERT INTO account (contract_id, card_id, purpose, currency, balance_minor) VALUES (900, " + cardId + ", '"
                + purpose + "', 'RUB', " + kopecks + ")");
        return this;
    }

    public <T> T inTransaction(Function<EntityManager, T> work) {
        if (factory == null) {
            factory = Persistence.createEntityManagerFactory("cardhub", Map.of(
                    "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                    "jakarta.persistence.jtaDataSource", "",
                    "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                    "jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.user", "sa",
                    "jakarta.persistence.jdbc.password", "",
                    "eclipselink.logging.level", "WARNING"));
        }
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            T result = work.apply(em);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
        }
    }

    /** Sets a bean's injected field, as the container would. */
    public static <T> T inject(T bean, String field, Object value) {
        try {
            java.lang.reflect.Field declared = bean.getClass().getDeclaredField(field);
            declared.setAccessible(true);
            declared.set(bean, value);
            return bean;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set " + field + " on " + bean.getClass().getSimpleName(), e);
        }
    }

    @Override
    public void close() {
        if (factory != null) {
            factory.close();
        }
    }
}
