package org.cardhub.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.eclipse.microprofile.health.HealthCheck;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency rules of docs/architecture.md, so that none is broken unnoticed: components depend one way, in
 * the order written down there; boundaries are enterprise beans (or the values and refusals they hand out); no
 * component reaches into another's control.
 */
class ComponentRulesTest {

    /**
     * The intended order, lowest first (docs/architecture.md). A component may use those on earlier lines, never one
     * on its own line or a later one; a new component has to be placed here before it can be used.
     */
    static final List<List<String>> ORDER = List.of(
            List.of("refusal"),
            List.of("money", "callers", "schema", "secrets", "transactions"),
            List.of("audit", "demomail"),
            List.of("ledger"),
            List.of("organizations"),
            List.of("contracts"),
            List.of("cards"),
            List.of("limits"),
            List.of("access"),
            List.of("payments"),
            List.of("periods", "corrections"),
            List.of("notifications"),
            List.of("school"),
            List.of("acquiring", "meals"),
            List.of("lessons"),
            List.of("wallets"),
            List.of("bonus"),
            List.of("partners", "terminals", "schooloffice", "registry"),
            List.of("webhooks"),
            List.of("fleet"),
            List.of("onboarding"),
            List.of("documents", "operations"),
            List.of("health"));

    private static final int UNPLACED = Integer.MAX_VALUE;

    private static JavaClasses cardhub;

    @BeforeAll
    static void importTheApplication() {
        cardhub = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cardhub");
    }

    @Test
    void componentsDependOnEachOtherWithoutCycles() {
        slices().matching("org.cardhub.(*)..").should().beFreeOfCycles().check(cardhub);
    }

    @Test
    void componentsDependOnlyOnThoseBelowThemInTheOrder() {
        classes().that().resideInAPackage("org.cardhub..").should(dependOnlyOnLowerComponents()).check(cardhub);
    }

    @Test
    void boundariesAreEnterpriseBeansOrTheValuesAndRefusalsTheyHandOut() {
        classes().that().resideInAPackage("org.cardhub.*.boundary..").and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should().beAnnotatedWith(Stateless.class).orShould().beAnnotatedWith(Singleton.class)
                .orShould().beAnnotatedWith(MessageDriven.class)
                .orShould().beRecords().orShould().beEnums().orShould().beAssignableTo(Throwable.class)
                // the readiness checks, which the MicroProfile Health runtime calls, are the health component's way in
                .orShould().implement(HealthCheck.class)
                .check(cardhub);
    }

    @Test
    void aBoundaryThatJoinsItsCallersTransactionNeverStartsOne() {
        classes().that().resideInAPackage("org.cardhub.*.boundary..")
                .and(DescribedPredicate.describe("join their caller's transaction (MANDATORY)",
                        (JavaClass type) -> attributeOf(type).orElse(null) == TransactionAttributeType.MANDATORY))
                .should(startNoTransaction()).check(cardhub);
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

    private static ArchCondition<JavaClass> dependOnlyOnLowerComponents() {
        return new ArchCondition<>("depend only on components below their own in the order of docs/architecture.md") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String from = componentOf(type.getPackageName());
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    if (!target.startsWith("org.cardhub.") || componentOf(target).equals(from)) {
                        continue;
                    }
                    if (levelOf(from) == UNPLACED || levelOf(componentOf(target)) >= levelOf(from)) {
                        events.add(SimpleConditionEvent.violated(dependency, componentOf(target) + " is not below " + from
                                + " in the order: " + dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static int levelOf(String component) {
        for (int level = 0; level < ORDER.size(); level++) {
            if (ORDER.get(level).contains(component)) {
                return level;
            }
        }
        return UNPLACED;
    }

    private static ArchCondition<JavaClass> startNoTransaction() {
        return new ArchCondition<>("start no transaction (no method REQUIRED or REQUIRES_NEW)") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getMethods().forEach(method -> attributeOf(method)
                        .filter(attribute -> attribute == TransactionAttributeType.REQUIRED
                                || attribute == TransactionAttributeType.REQUIRES_NEW)
                        .ifPresent(attribute -> events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " is " + attribute + " in a boundary that joins its caller's transaction"))));
            }
        };
    }

    private static Optional<TransactionAttributeType> attributeOf(HasAnnotations<?> element) {
        return element.tryGetAnnotationOfType(TransactionAttribute.class).map(TransactionAttribute::value);
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
