package org.cardhub.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The web module is a set of adapters (pages, REST, SOAP, the agent protocol): it reaches the application through
 * the components' boundaries and their entities, never through a control, so no role check or retry of a boundary
 * is skipped; and only through the boundaries that start their transactions, never one that joins its caller's
 * (docs/architecture.md).
 */
class AdapterRulesTest {

    private static final String[] ADAPTERS = {"org.cardhub.agent..", "org.cardhub.api..", "org.cardhub.applicant..", "org.cardhub.backoffice..",
            "org.cardhub.attendance..", "org.cardhub.cabinet..", "org.cardhub.canteen..", "org.cardhub.corporate..",
            "org.cardhub.director..", "org.cardhub.parent..", "org.cardhub.pupil..", "org.cardhub.sales..",
            "org.cardhub.schoollists..", "org.cardhub.signin..", "org.cardhub.soap..", "org.cardhub.teacher..",
            "org.cardhub.wallet..", "org.cardhub.center.."};

    /** An enterprise bean that joins its caller's transaction: MANDATORY on the class or on any of its methods. */
    private static final DescribedPredicate<JavaClass> JOIN_THEIR_CALLERS_TRANSACTION = DescribedPredicate.describe(
            "join their caller's transaction (MANDATORY)",
            (JavaClass type) -> isMandatory(type) || type.getMethods().stream().anyMatch(AdapterRulesTest::isMandatory));

    private static JavaClasses web;

    @BeforeAll
    static void importTheAdapters() {
        web = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cardhub");
    }

    @Test
    void adaptersUseNoControlOfTheApplication() {
        noClasses().that().resideInAnyPackage(ADAPTERS)
                .should().dependOnClassesThat().resideInAPackage("org.cardhub.*.control..")
                .check(web);
    }

    @Test
    void adaptersNeverCallTheMoneyOperationsPastPayments() {
        noClasses().that().resideInAnyPackage(ADAPTERS)
                .should().dependOnClassesThat().resideInAPackage("org.cardhub.payments.control..")
                .check(web);
    }

    @Test
    void adaptersUseNoBoundaryThatJoinsItsCallersTransaction() {
        noClasses().that().resideInAnyPackage(ADAPTERS)
                .should().dependOnClassesThat(JOIN_THEIR_CALLERS_TRANSACTION)
                .check(web);
    }

    private static boolean isMandatory(HasAnnotations<?> element) {
        return element.tryGetAnnotationOfType(TransactionAttribute.class)
                .map(attribute -> attribute.value() == TransactionAttributeType.MANDATORY).orElse(false);
    }
}
