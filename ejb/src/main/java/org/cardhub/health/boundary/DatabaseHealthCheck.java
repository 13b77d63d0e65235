package org.cardhub.health.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The database as the application sees it: an entity read through the persistence unit ({@link EntityProbe}). A
 * connection that answers is not enough — after a failed redeployment into a running domain the persistence unit
 * can hold the entity classes of the old deployment, and every page then fails on "Account cannot be cast to
 * Account"; this check fails with them.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());

    @EJB
    EntityProbe probe;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try {
            return response.status(probe.entitiesLoad()).build();
        } catch (EJBException | PersistenceException | ClassCastException e) {
            LOG.log(Level.WARNING, "The database health check failed: {0}", e.toString());
            return response.down().build();
        }
    }
}
