package org.cardhub.it.core;

import org.assertj.core.api.Assertions;
import org.cardhub.it.MailBox;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/**
 * The application's EJB module and libraries, taken from the built EAR, deployed next to the running
 * Cardhub as a separate application with a test WAR: the tests call the real boundaries on the real
 * database (PostgreSQL in CI) inside Payara. Public for the tests of other packages ({@code it.school}).
 */
public final class CoreTestDeployment {

    private CoreTestDeployment() {
    }

    public static EnterpriseArchive with(String name, Class<?>... testClasses) {
        EnterpriseArchive built = ShrinkWrap.create(ZipImporter.class, "cardhub.ear")
                .importFrom(new File("target/cardhub.ear")).as(EnterpriseArchive.class);
        EnterpriseArchive ear = ShrinkWrap.create(EnterpriseArchive.class, name + ".ear");
        for (ArchivePath path : built.getContent().keySet()) {
            String file = path.get();
            boolean wanted = file.startsWith("/lib/") || file.equals("/cardhub-ejb.jar");
            if (wanted && built.get(path).getAsset() != null) {
                ear.add(built.get(path).getAsset(), path);
            }
        }
        WebArchive tests = ShrinkWrap.create(WebArchive.class, name + ".war")
                .addClasses(testClasses)
                .addClasses(BackOffice.class, AsParent.class, AsOtherParent.class, AsPupil.class, AsFleetManager.class, AsGroupManager.class,
                        AsOtherCompany.class, AsCardBlocker.class, AsGroupTreasurer.class, AsApplicant.class, AsOtherApplicant.class,
                        AsTeacher.class, AsOtherTeacher.class, AsDirector.class, AsOtherDirector.class, AsCanteen.class,
                        AsOtherCanteen.class, StaffSchool.class, StaffSchool.School.class,
                        Fixtures.class, Thrown.class,
                        CoreTestDeployment.class, TerminalLine.class, TerminalLine.Sender.class, MailBox.class)
                .addAsLibrary(jarOf(Assertions.class))
                .addAsWebInfResource("core-tests/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("core-tests/beans.xml", "beans.xml");
        return ear.addAsModule(tests)
                .addAsManifestResource("core-tests/glassfish-application.xml", "glassfish-application.xml");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
