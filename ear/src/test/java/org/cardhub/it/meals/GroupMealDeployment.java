package org.cardhub.it.meals;

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
 * The application's EJB module and libraries, taken from the built EAR, deployed next to the running Cardhub with a
 * test WAR whose run-as beans act as the demo teacher and the demo canteen supplier's person (see
 * {@code group-meal-tests/glassfish-ejb-jar.xml}), as {@code it.core}'s deployment does for its people.
 */
final class GroupMealDeployment {

    private GroupMealDeployment() {
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
                .addClasses(BackOffice.class, Fixtures.class, AsTeacher.class, AsCanteen.class, GroupMealSchool.class,
                        GroupMealDeployment.class)
                .addAsLibrary(jarOf(Assertions.class))
                .addAsWebInfResource("group-meal-tests/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("group-meal-tests/beans.xml", "beans.xml");
        return ear.addAsModule(tests)
                .addAsManifestResource("group-meal-tests/glassfish-application.xml", "glassfish-application.xml");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
