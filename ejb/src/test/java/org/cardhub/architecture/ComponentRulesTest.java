package org.cardhub.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rules of docs/architecture.md that hold today, so that none is broken unnoticed. The rule still
 * to be reached — no cycle between components — is listed there with the cycles that remain.
 */
class ComponentRulesTest {

    private static JavaClasses cardhub;

    @BeforeAll
    static void importTheApplication() {
        cardhub = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cardhub");
    }

    @Test
    void theRefusalKernelDependsOnNothingOfCardhub() {
        noClasses().that().resideInAPackage("org.cardhub.refusal..")
                .should().dependOnClassesThat(resideInAPackage("org.cardhub..")
                        .and(DescribedPredicate.not(resideInAPackage("org.cardhub.refusal.."))))
                .check(cardhub);
    }

    @Test
    void theMoneyKernelDependsOnNothingOfCardhubButTheRefusalKernel() {
        noClasses().that().resideInAPackage("org.cardhub.money..")
                .should().dependOnClassesThat(resideInAPackage("org.cardhub..")
                        .and(DescribedPredicate.not(resideInAnyPackage("org.cardhub.money..", "org.cardhub.refusal.."))))
                .check(cardhub);
    }

    @Test
    void theLedgerKnowsNothingOfWhatHoldsOrMovesMoney() {
        noClasses().that().resideInAPackage("org.cardhub.ledger..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cardhub.organizations..", "org.cardhub.contracts..",
                        "org.cardhub.cards..", "org.cardhub.limits..", "org.cardhub.payments..", "org.cardhub.partners..",
                        "org.cardhub.school..", "org.cardhub.terminals..", "org.cardhub.notifications..")
                .check(cardhub);
    }

    @Test
    void cardsKnowNeitherLimitsNorTheMoneyOperations() {
        noClasses().that().resideInAPackage("org.cardhub.cards..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cardhub.limits..", "org.cardhub.payments..",
                        "org.cardhub.partners..", "org.cardhub.terminals..")
                .check(cardhub);
    }

    @Test
    void entitiesKnowNoBoundary() {
        noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAPackage("..boundary..")
                .check(cardhub);
    }

    @Test
    void noComponentReachesIntoAnothersControl() {
        classes().that().resideInAPackage("org.cardhub..").should(useOnlyTheirOwnControls()).check(cardhub);
    }

    private static ArchCondition<JavaClass> useOnlyTheirOwnControls() {
        return new ArchCondition<>("use only their own component's control classes") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (target.startsWith("org.cardhub.") && target.endsWith(".control")
                            && !componentOf(target).equals(componentOf(type.getPackageName()))) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static String componentOf(String packageName) {
        String rest = packageName.substring("org.cardhub.".length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
