package org.cardhub.it.meals;

import org.cardhub.it.core.AsParent;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.it.core.StaffSchool;
import org.cardhub.it.TestDeployments;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.util.stream.Stream;

/**
 * The application's EJB module and libraries, taken from the built EAR, deployed next to the running Cardhub as a
 * separate application with a test WAR (as the core tests' deployment does), with the run-as beans the canteen tests
 * need: the back office, the demo parent and a member of the canteen supplier.
 */
final class MealsTestDeployment {

    private MealsTestDeployment() {
    }

    static EnterpriseArchive with(String name, Class<?>... testClasses) {
        Class<?>[] shared = {BackOffice.class, AsParent.class, AsCanteenSupplier.class, Fixtures.class,
                StaffSchool.class, CanteenSchool.class, CanteenTill.class, MealsTestDeployment.class};
        return TestDeployments.of(name, "meals-tests",
                Stream.concat(Stream.of(testClasses), Stream.of(shared)).toArray(Class<?>[]::new));
    }
}
