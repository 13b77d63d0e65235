package org.cardhub.api.problem;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.ledger.entity.ClosedPeriodException;
import org.cardhub.ledger.entity.InsufficientFundsException;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.organizations.entity.InvalidRequisiteException;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every code of every refusal has its kind and so its HTTP status: a new refusal or a new code cannot be added
 * without one, and the REST adapter answers each kind the one way.
 */
class RefusalStatusTest {

    private static final String PATH = "/cardhub/api/v1/cards/7";
    private static final Map<Refusal.Kind, Integer> STATUS = Map.of(Refusal.Kind.MALFORMED, 400,
            Refusal.Kind.REFUSED, 422, Refusal.Kind.NOT_FOUND, 404, Refusal.Kind.GUARD, 500);

    private static List<Class<?>> refusals;
    private static List<RefusalCode> codes;

    @BeforeAll
    static void findEveryRefusalAndItsCodes() {
        refusals = new ArrayList<>();
        codes = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cardhub")) {
            if (type.isAssignableTo(Refusal.class) && !type.reflect().equals(Refusal.class)) {
                refusals.add(type.reflect());
            }
            if (type.isEnum() && type.isAssignableTo(RefusalCode.class)) {
                codes.addAll(Arrays.asList((RefusalCode[]) type.reflect().getEnumConstants()));
            }
        }
    }

    @Test
    void everyRefusalOfTheDomainIsFoundWithItsCodes() {
        assertThat(refusals).contains(InvalidAmountException.class, InvalidOperationException.class,
                AccessDeniedException.class, InvalidRequisiteException.class, ClosedPeriodException.class);
        for (Class<?> refusal : refusals) {
            assertThat(declaringCodes(refusal)).as(refusal.getSimpleName() + " declares its codes, or its parent refusal does")
                    .anyMatch(nested -> nested.isEnum() && RefusalCode.class.isAssignableFrom(nested));
        }
        assertThat(codes).contains(InvalidCardOperationException.Code.CARD_UNKNOWN, AccessDeniedException.Code.NOT_FOUND);
    }

    /** The nested classes of the refusal and of the refusals it extends (a refusal that adds details to another's code). */
    private static List<Class<?>> declaringCodes(Class<?> refusal) {
        List<Class<?>> nested = new java.util.ArrayList<>();
        for (Class<?> type = refusal; type != null && type != Refusal.class; type = type.getSuperclass()) {
            nested.addAll(List.of(type.getDeclaredClasses()));
        }
        return nested;
    }

    @Test
    void everyCodeOfEveryRefusalHasADefinedHttpStatus() {
        for (RefusalCode code : codes) {
            assertThat(code.kind()).as(code.getClass().getEnclosingClass() + "." + code.name()).isNotNull();
            assertThat(Problems.statusOf(code.kind())).as(code.name()).isIn(Set.of(400, 404, 422, 500));
        }
    }

    @Test
    void everyCodeIsAnsweredWithTheStatusOfItsKind() {
        for (RefusalCode code : codes) {
            Optional<Problem> problem = Problems.ofRefusal(new Refusal(code, "why") { }, PATH);

            if (code.kind() == Refusal.Kind.GUARD) {
                assertThat(problem).as(code.name()).isEmpty();
            } else {
                assertThat(problem).as(code.name()).get()
                        .extracting(Problem::status, Problem::code, Problem::detail)
                        .containsExactly(STATUS.get(code.kind()),
                                code.kind() == Refusal.Kind.NOT_FOUND ? "NOT_FOUND" : code.name(), "why");
            }
        }
    }

    @Test
    void aMalformedRequestIs400WithItsCode() {
        assertThat(Problems.ofRefusal(new InvalidOperationException(InvalidOperationException.Code.RANGE_INVALID, "x"), PATH))
                .get().extracting(Problem::status, Problem::code).containsExactly(400, "RANGE_INVALID");
    }

    @Test
    void aRequestTheRulesRefuseIs422WithItsCode() {
        assertThat(Problems.ofRefusal(new InvalidContractException(InvalidContractException.Code.WALLET_CARD_LIMIT, "x"), PATH))
                .get().extracting(Problem::status, Problem::code).containsExactly(422, "WALLET_CARD_LIMIT");
    }

    @Test
    void whatIsNotThereOrNotTheCallersIs404NotFound() {
        assertThat(Problems.ofRefusal(new AccessDeniedException("card", 7L), PATH))
                .get().extracting(Problem::status, Problem::code, Problem::detail)
                .containsExactly(404, "NOT_FOUND", "No card 7 for this caller");
    }

    @Test
    void aGuardOfTheBooksThatFiredIsNoRefusalButAnIncident() {
        Amount rub = Amount.parse("1.00", Currency.RUB);

        assertThat(Problems.ofRefusal(new ClosedPeriodException(1L, YearMonth.of(2026, 11)), PATH)).isEmpty();
        assertThat(Problems.ofRefusal(new InsufficientFundsException(1L, rub, rub), PATH)).isEmpty();
    }
}
