package org.cardhub.it.meals;

import org.assertj.core.api.Assertions;
import org.cardhub.it.core.AsParent;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;
import org.cardhub.it.core.StaffSchool;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/**
 * The application's EJB module and libraries, taken from the built EAR, deployed next to the running Cardhub as a
 * separate application with a test WAR (as the core tests' deployment does), with the run-as beans the canteen tests
 * need: the back office, the demo parent and a member of the canteen supplier.
 */
final class MealsTestDeployment {

    private MealsTestDeployment() {
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
                .addClasses(BackOffice.class, AsParent.class, AsCanteenSupplier.class, Fixtures.class, StaffSchool.class, CanteenSchool.class,
                        CanteenTill.class, MealsTestDeployment.class)
                .addAsLibrary(jarOf(Assertions.class))
                .addAsWebInfResource("meals-tests/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("meals-tests/beans.xml", "beans.xml");
        return ear.addAsModule(tests)
                .addAsManifestResource("meals-tests/glassfish-application.xml", "glassfish-application.xml");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
