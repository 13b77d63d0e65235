package org.cardhub.it.school;

import org.assertj.core.api.Assertions;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

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
                .addClasses(BackOffice.class, Fixtures.class, AsSchoolDirector.class, AsSchoolTeacher.class,
                        AsOtherSchoolDirector.class, AsTeachingDirector.class, DashboardFixtures.class,
                        DashboardFixtures.TestSchool.class, DashboardFixtures.Expected.class, DirectorTestDeployment.class)
                .addAsLibrary(jarOf(Assertions.class))
                .addAsWebInfResource("director-tests/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("director-tests/beans.xml", "beans.xml");
        return ear.addAsModule(tests)
                .addAsManifestResource("director-tests/glassfish-application.xml", "glassfish-application.xml");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
