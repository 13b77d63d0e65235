package org.cardhub.it.core;

import org.cardhub.it.MailBox;
import org.cardhub.it.TestDeployments;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.util.stream.Stream;

/**
 * The application's EJB module and libraries, taken from the built EAR, deployed next to the running
 * Cardhub as a separate application with a test WAR: the tests call the real boundaries on the real
 * database (PostgreSQL in CI) inside Payara. Public for the tests of other packages ({@code it.school}).
 */
public final class CoreTestDeployment {

    private CoreTestDeployment() {
    }

    public static EnterpriseArchive with(String name, Class<?>... testClasses) {
        Class<?>[] shared = {BackOffice.class, AsOtherBackOffice.class, AsParent.class, AsOtherParent.class, AsPupil.class, AsFleetManager.class,
                AsGroupManager.class, AsOtherCompany.class, AsCardBlocker.class, AsGroupTreasurer.class,
                AsApplicant.class, AsOtherApplicant.class, AsTeacher.class, AsOtherTeacher.class, AsDirector.class,
                AsOtherDirector.class, AsCanteen.class, AsOtherCanteen.class, StaffSchool.class,
                StaffSchool.School.class, Fixtures.class, Thrown.class, CoreTestDeployment.class, TerminalLine.class,
                TerminalLine.Sender.class, MailBox.class};
        return TestDeployments.of(name, "core-tests",
                Stream.concat(Stream.of(testClasses), Stream.of(shared)).toArray(Class<?>[]::new));
    }
}
