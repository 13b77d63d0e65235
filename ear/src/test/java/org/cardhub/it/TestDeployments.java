package org.cardhub.it;

import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URISyntaxException;

/**
 * The application's EJB module and libraries, taken from the built EAR, deployed next to the running Cardhub as a
 * separate application with a test WAR: the tests call the real boundaries on the real database inside Payara, as the
 * run-as people that the WAR's {@code <descriptors>/glassfish-ejb-jar.xml} and {@code glassfish-application.xml} name.
 */
public final class TestDeployments {

    private TestDeployments() {
    }

    /** An EAR named {@code name} whose test WAR holds {@code classes} and the descriptors of the folder {@code descriptors}. */
    public static EnterpriseArchive of(String name, String descriptors, Class<?>... classes) {
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
                .addClasses(classes)
                .addClasses(TestDeployments.class)
                .addAsLibrary(jarOf(Assertions.class))
                .addAsWebInfResource(descriptors + "/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource(descriptors + "/beans.xml", "beans.xml");
        return ear.addAsModule(tests)
                .addAsManifestResource(descriptors + "/glassfish-application.xml", "glassfish-application.xml");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
