package org.cardhub.it.core;

import org.cardhub.it.KeycloakAdmin;
import org.cardhub.it.MailBox;
import org.cardhub.it.SmsLog;
import org.cardhub.it.TestDeployments;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The application's EJB module and libraries, taken from the built EAR, deployed next to the running
 * Cardhub as a separate application with a test WAR: the tests call the real boundaries on the real
 * database (PostgreSQL in CI) inside Payara. Public for the tests of other packages ({@code it.school}).
 */
public final class CoreTestDeployment {

    private CoreTestDeployment() {
    }

    /** Where Keycloak's admin password travels in the deployment: inside Payara the tests have no system properties. */
    public static final String KEYCLOAK_ADMIN_PASSWORD = "cardhub-it/keycloak-admin-password.txt";

    /**
     * One deployment for every test class of this package that runs inside Payara (all but the browser tests, which
     * carry their own run marks): every class of the package, deployed once for the whole suite
     * ({@link org.cardhub.it.shared.SharedDeployments}).
     */
    public static EnterpriseArchive shared() {
        JavaArchive admin = ShrinkWrap.create(JavaArchive.class, "keycloak-admin.jar")
                .addAsResource(new StringAsset(System.getProperty("cardhub.admin-password", "")), KEYCLOAK_ADMIN_PASSWORD);
        return with("shared-core", Stream.concat(packageClasses().stream(), Stream.of(KeycloakAdmin.class, SmsLog.class, SmsLog.Mark.class))
                .toArray(Class<?>[]::new)).addAsLibrary(admin);
    }

    private static List<Class<?>> packageClasses() {
        String pkg = CoreTestDeployment.class.getPackageName();
        File folder = new File(classesRoot(), pkg.replace('.', '/'));
        String[] files = folder.list((dir, file) -> file.endsWith(".class") && !file.split("[$.]")[0].endsWith("InBrowserIT"));
        return Arrays.stream(files == null ? new String[0] : files)
                .map(file -> pkg + "." + file.substring(0, file.length() - ".class".length()))
                .<Class<?>>map(CoreTestDeployment::load)
                .toList();
    }

    private static File classesRoot() {
        try {
            return new File(CoreTestDeployment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, CoreTestDeployment.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    public static EnterpriseArchive with(String name, Class<?>... testClasses) {
        Class<?>[] shared = {BackOffice.class, AsOtherBackOffice.class, AsParent.class, AsOtherParent.class, AsPupil.class, AsFleetManager.class,
                AsGroupManager.class, AsOtherCompany.class, AsCardBlocker.class, AsGroupTreasurer.class,
                AsApplicant.class, AsOtherApplicant.class, AsTeacher.class, AsOtherTeacher.class, AsDirector.class,
                AsOtherDirector.class, AsCanteen.class, AsOtherCanteen.class, AsCentre.class, AsOtherCentre.class, AsWalletHolder.class,
                AsOtherWalletHolder.class, AsClosingHolder.class, AsPointsHolder.class, AsOtherPointsHolder.class, AsBonusTill.class, StaffSchool.class,
                StaffSchool.School.class, Fixtures.class, Thrown.class, CoreTestDeployment.class, TerminalLine.class,
                TerminalLine.Sender.class, MailBox.class};
        return TestDeployments.of(name, "core-tests",
                Stream.concat(Stream.of(testClasses), Stream.of(shared)).toArray(Class<?>[]::new));
    }
}
