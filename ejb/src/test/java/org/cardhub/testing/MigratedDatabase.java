package org.cardhub.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * A fresh in-memory H2 in its PostgreSQL mode, migrated by the application's own Flyway scripts, and the
 * application's persistence unit on it as a plain Java SE unit: for rules that need the schema and the
 * mapping, not the server. Close it after the test.
 */
public final class MigratedDatabase implements AutoCloseable {

    private final EntityManagerFactory factory;

    public MigratedDatabase() {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        factory = Persistence.createEntityManagerFactory("cardhub", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "",
                "eclipselink.logging.level", "WARNING"));
    }

    /** Runs the work in its own transaction on a new entity manager and commits, or rolls back what it threw. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
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

    @Override
    public void close() {
        factory.close();
    }
}
