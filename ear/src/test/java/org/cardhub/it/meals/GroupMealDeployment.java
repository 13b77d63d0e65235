package org.cardhub.it.meals;

import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.it.TestDeployments;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.util.stream.Stream;

/**
 * The application's EJB module and libraries, taken from the built EAR, deployed next to the running Cardhub with a
 * test WAR whose run-as beans act as the demo teacher and the demo canteen supplier's person (see
 * {@code group-meal-tests/glassfish-ejb-jar.xml}), as {@code it.core}'s deployment does for its people.
 */
final class GroupMealDeployment {

    private GroupMealDeployment() {
    }

    static EnterpriseArchive with(String name, Class<?>... testClasses) {
        Class<?>[] shared = {BackOffice.class, Fixtures.class, AsTeacher.class, AsCanteen.class, GroupMealSchool.class,
                GroupMealDeployment.class};
        return TestDeployments.of(name, "group-meal-tests",
                Stream.concat(Stream.of(testClasses), Stream.of(shared)).toArray(Class<?>[]::new));
    }
}
