package org.cardhub.soap;

import jakarta.ejb.EJBAccessException;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.ledger.entity.UnbalancedEntryException;
import org.cardhub.money.InvalidAmountException;
import org.junit.jupiter.api.Test;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A refusal is a fault with its own code; what the partner may not reach and what failed on our side say no more. */
class CardhubFaultTest {

    @Test
    void aRefusalKeepsItsCodeAndMessage() {
        assertThat(faultOf(() -> {
            throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_SCALE, "two decimals at most");
        })).extracting(FaultInfo::getCode, FaultInfo::getMessage).containsExactly("AMOUNT_SCALE", "two decimals at most");
        assertThat(faultOf(() -> {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.CARD_UNKNOWN, "no card 7");
        })).extracting(FaultInfo::getCode, FaultInfo::getMessage).containsExactly("CARD_UNKNOWN", "no card 7");
    }

    @Test
    void whatThePartnerMayNotReachIsNotFoundWithoutItsId() {
        assertThat(faultOf(() -> {
            throw new AccessDeniedException("card", 7L);
        })).extracting(FaultInfo::getCode, FaultInfo::getMessage)
                .containsExactly("NOT_FOUND", "Nothing of that id for this partner");
    }

    @Test
    void aRoleThePartnerLacksIsForbidden() {
        assertThat(faultOf(() -> {
            throw new EJBAccessException("no");
        })).extracting(FaultInfo::getCode).isEqualTo("FORBIDDEN");
    }

    @Test
    void aGuardOfTheBooksAndAnyOtherFailureAreUnavailable() {
        assertThat(faultOf(() -> {
            throw new UnbalancedEntryException("sums to 0.01 RUB");
        })).extracting(FaultInfo::getCode, FaultInfo::getMessage)
                .containsExactly("UNAVAILABLE", "Temporary failure, try again later");
        assertThat(faultOf(() -> {
            throw new IllegalStateException("connection lost");
        })).extracting(FaultInfo::getCode).isEqualTo("UNAVAILABLE");
    }

    private static FaultInfo faultOf(Supplier<Object> call) {
        Throwable fault = catchThrowable(() -> CardhubFault.reporting(call));
        assertThat(fault).isInstanceOf(CardhubFault.class);
        return ((CardhubFault) fault).getFaultInfo();
    }
}
