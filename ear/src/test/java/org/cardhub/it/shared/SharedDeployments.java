package org.cardhub.it.shared;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Arquillian deploys a test class's archive before the class and removes it after. Deploying the application's EJB
 * module takes Payara about ten seconds, so test classes whose archives share a name starting with
 * {@value DeploymentKeeper#SHARED_PREFIX} share one deployment: the first deploys it, the others reuse it, and it is
 * removed when the suite ends.
 */
public class SharedDeployments implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(DeploymentKeeper.class);
    }
}
