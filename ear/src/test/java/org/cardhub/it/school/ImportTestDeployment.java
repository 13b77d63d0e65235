package org.cardhub.it.school;

import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.it.TestDeployments;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.util.stream.Stream;

/**
 * The application's EJB module and libraries, taken from the built EAR, deployed next to the running Cardhub as a
 * separate application with a test WAR (as the core tests do): the school import tests call the real boundaries on the
 * real database as the back office, a director of a school of their own, a teacher there and another school's director.
 */
final class ImportTestDeployment {

    private ImportTestDeployment() {
    }

    static EnterpriseArchive with(String name, Class<?>... testClasses) {
        Class<?>[] shared = {BackOffice.class, Fixtures.class, AsImportDirector.class, AsOtherSchoolDirector.class,
                AsImportTeacher.class, ImportTestDeployment.class, TestSchools.class, TestSchools.School.class};
        return TestDeployments.of(name, "school-import-tests",
                Stream.concat(Stream.of(testClasses), Stream.of(shared)).toArray(Class<?>[]::new));
    }
}
