package org.cardhub.health.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.logging.Level;
import java.util.logging.Logger;

/** The broker is up when a connection opens and the terminals' queue can be browsed. */
@Readiness
@ApplicationScoped
public class BrokerHealthCheck implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(BrokerHealthCheck.class.getName());

    @Resource(lookup = "jms/cardhubConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/TerminalEvents")
    Queue terminalEvents;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("broker");
        try (JMSContext context = connectionFactory.createContext()) {
            var browser = context.createBrowser(terminalEvents);
            boolean reachable = browser.getEnumeration() != null;
            browser.close();
            return response.status(reachable).build();
        } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
            LOG.log(Level.WARNING, "The broker health check failed: {0}", String.valueOf(e.getMessage()));
            return response.down().build();
        }
    }
}
