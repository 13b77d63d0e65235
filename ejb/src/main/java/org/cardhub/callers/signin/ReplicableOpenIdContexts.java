package org.cardhub.callers.signin;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.enterprise.inject.spi.ProcessInjectionTarget;
import org.glassfish.soteria.mechanisms.openid.domain.OpenIdContextImpl;

import java.util.Set;

/**
 * Makes Soteria's session-scoped OpenID Connect context bean create a {@link ReplicableOpenIdContext} instead of its
 * own class, injected by Soteria's own injection target. The bean itself is left as it is: a second context bean
 * would not be seen by Soteria's mechanism, whose beans live in a bean archive of their own.
 */
public class ReplicableOpenIdContexts implements Extension {

    private static volatile InjectionTarget<OpenIdContextImpl> soterias;
    /** The application's: {@code CDI.current()} cannot tell which of its bean archives a copied session belongs to. */
    private static volatile BeanManager beans;

    void createReplicable(@Observes ProcessInjectionTarget<OpenIdContextImpl> event, BeanManager beanManager) {
        InjectionTarget<OpenIdContextImpl> original = event.getInjectionTarget();
        soterias = original;
        beans = beanManager;
        event.setInjectionTarget(new Replicable(original));
    }

    /** A context for a session copied in from another server: created and injected as the bean creates its own. */
    static ReplicableOpenIdContext injected() {
        InjectionTarget<OpenIdContextImpl> target = soterias;
        if (target == null || beans == null) {
            throw new IllegalStateException("Soteria's OpenID Connect context is not installed");
        }
        ReplicableOpenIdContext context = new ReplicableOpenIdContext();
        target.inject(context, beans.createCreationalContext(null));
        return context;
    }

    private record Replicable(InjectionTarget<OpenIdContextImpl> original) implements InjectionTarget<OpenIdContextImpl> {

        @Override
        public OpenIdContextImpl produce(CreationalContext<OpenIdContextImpl> context) {
            return new ReplicableOpenIdContext();
        }

        @Override
        public void inject(OpenIdContextImpl instance, CreationalContext<OpenIdContextImpl> context) {
            original.inject(instance, context);
        }

        @Override
        public void postConstruct(OpenIdContextImpl instance) {
            original.postConstruct(instance);
        }

        @Override
        public void preDestroy(OpenIdContextImpl instance) {
            original.preDestroy(instance);
        }

        @Override
        public void dispose(OpenIdContextImpl instance) {
            original.dispose(instance);
        }

        @Override
        public Set<InjectionPoint> getInjectionPoints() {
            return original.getInjectionPoints();
        }
    }
}
