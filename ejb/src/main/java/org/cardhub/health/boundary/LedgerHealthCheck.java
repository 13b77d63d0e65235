package org.cardhub.health.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import org.cardhub.operations.boundary.LedgerWatch;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * DOWN while the latest run of the continuous ledger check found a problem (an entry that does not balance, a cached
 * balance or held amount that is not its postings' or open holds'); UP before the first run. A readiness check, not a
 * liveness one: a restart cannot mend the books, so a liveness probe would only restart the server in a loop, while
 * "not ready" tells the load balancer and the operator that this system should not take money until someone looked.
 * The word comes from memory (refreshed from the recorded runs every few seconds), never from a check run here.
 */
@Readiness
@ApplicationScoped
public class LedgerHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(LedgerHealthCheck.class.getName());

    @EJB
    LedgerWatch ledger;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("ledger");
        try {
            return response.status(ledger.status().isSound()).build();
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "The ledger health check could not read the check's word: {0}", e.toString());
            return response.down().build();
        }
    }
}
