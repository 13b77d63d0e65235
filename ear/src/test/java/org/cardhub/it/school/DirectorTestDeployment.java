package org.cardhub.it.school;

import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.it.TestDeployments;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.util.stream.Stream;

/**
 * The application's EJB module and libraries, taken from the built EAR, deployed next to the running Cardhub as a
 * separate application with a test WAR (as {@code core.CoreTestDeployment} does): the director's dashboard tests call
 * the real boundaries on the real database as the demo director, the demo teacher, two made-up directors and the back
 * office (director-tests/glassfish-ejb-jar.xml).
 */
final class DirectorTestDeployment {

    private DirectorTestDeployment() {
    }

    static EnterpriseArchive with(String name, Class<?>... testClasses) {
        Class<?>[] shared = {BackOffice.class, Fixtures.class, AsSchoolDirector.class, AsSchoolTeacher.class,
                AsOtherSchoolDirector.class, AsTeachingDirector.class, DashboardFixtures.class,
                DashboardFixtures.TestSchool.class, DashboardFixtures.Expected.class, DirectorTestDeployment.class};
        return TestDeployments.of(name, "director-tests",
                Stream.concat(Stream.of(testClasses), Stream.of(shared)).toArray(Class<?>[]::new));
    }
}
