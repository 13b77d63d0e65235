package org.cardhub.it.shared;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.DeploymentEvent;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a shared archive deployed from the first test class that needs it to the end of the suite. It runs inside
 * Arquillian's deployment context (a lower precedence than the context handler), so a reused deployment gets the
 * same protocol metadata — where the test servlet answers — that the first deployment got.
 */
public class DeploymentKeeper {

    static final String SHARED_PREFIX = "shared-";

    private static final Map<String, Kept> KEPT = new ConcurrentHashMap<>();

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> description;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deployment;

    @Inject
    private Instance<ProtocolMetaData> deployedMetaData;

    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
        DeployDeployment event = context.getEvent();
        String name = nameOf(event);
        if (!name.startsWith(SHARED_PREFIX)) {
            context.proceed();
            return;
        }
        Kept kept = KEPT.get(name);
        if (kept == null) {
            context.proceed();
            if (event.getDeployment().isDeployed() && deployedMetaData.get() != null) {
                KEPT.put(name, new Kept(event.getDeployableContainer(), event.getDeployment().getDescription(),
                        deployedMetaData.get()));
            }
            return;
        }
        description.set(event.getDeployment().getDescription());
        deployment.set(event.getDeployment());
        protocolMetaData.set(kept.metaData());
        event.getDeployment().deployed();
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        if (KEPT.containsKey(nameOf(context.getEvent()))) {
            context.getEvent().getDeployment().undeployed();
            return;
        }
        context.proceed();
    }

    public void undeployShared(@Observes(precedence = 100) AfterSuite event) throws DeploymentException {
        for (Kept kept : KEPT.values()) {
            kept.container().undeploy(kept.description().getTestableArchive());
        }
        KEPT.clear();
    }

    private static String nameOf(DeploymentEvent event) {
        DeploymentDescription description = event.getDeployment().getDescription();
        return description.isArchiveDeployment() ? description.getArchive().getName() : "";
    }

    private record Kept(DeployableContainer<?> container, DeploymentDescription description, ProtocolMetaData metaData) {
    }
}
