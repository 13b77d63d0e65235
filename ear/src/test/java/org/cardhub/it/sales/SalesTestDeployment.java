package org.cardhub.it.sales;

import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.it.TestDeployments;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.util.stream.Stream;

/**
 * The application's EJB module and libraries, taken from the built EAR, deployed next to the running Cardhub as a
 * separate application with a test WAR, as the core tests are ({@code core.CoreTestDeployment}), with the canteen sales
 * tests' own run-as people: the school's supplier, director and teacher, another school's supplier and director.
 */
final class SalesTestDeployment {

    private SalesTestDeployment() {
    }

    static EnterpriseArchive with(String name, Class<?>... testClasses) {
        Class<?>[] shared = {BackOffice.class, Fixtures.class, AsSupplier.class, AsOtherSupplier.class,
                AsDirector.class, AsOtherDirector.class, AsTeacher.class, CanteenSchool.class,
                CanteenSchool.Others.class, SalesTestDeployment.class, Refused.class};
        return TestDeployments.of(name, "sales-tests",
                Stream.concat(Stream.of(testClasses), Stream.of(shared)).toArray(Class<?>[]::new));
    }
}
