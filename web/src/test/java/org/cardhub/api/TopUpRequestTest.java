package org.cardhub.api;

import org.cardhub.api.problem.ApiProblem;
import org.cardhub.partners.entity.PayeeAccount;
import org.cardhub.payments.entity.InvalidOperationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TopUpRequestTest {

    @Test
    void anAccountIsReadAsPaymentAgentsWriteIt() {
        assertThat(new TopUpRequest("89001234567", null, "1.00").payee())
                .isEqualTo(new PayeeAccount(PayeeAccount.Kind.WALLET_PHONE, "+79001234567"));
        assertThat(new TopUpRequest("10000003", null, "1.00").payee().kind()).isEqualTo(PayeeAccount.Kind.SCHOOL_CONTRACT);
    }

    @Test
    void aContractIsNamedByItsNumber() {
        assertThat(new TopUpRequest(null, "F-00000001", "1.00").payee())
                .isEqualTo(new PayeeAccount(PayeeAccount.Kind.CONTRACT, "F-00000001"));
    }

    @Test
    void bothOrNeitherPayeeIsRefused() {
        assertThatThrownBy(() -> new TopUpRequest("10000003", "S-00000001", "1.00").payee())
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code()).isEqualTo("PAYEE_REQUIRED"));
        assertThatThrownBy(() -> new TopUpRequest(null, null, "1.00").payee())
                .isInstanceOf(ApiProblem.class);
    }

    @Test
    void anAccountOfNoKnownFormIsRefusedWithItsCode() {
        assertThatThrownBy(() -> new TopUpRequest("12345", null, "1.00").payee())
                .isInstanceOfSatisfying(InvalidOperationException.class,
                        e -> assertThat(e.code()).isEqualTo(InvalidOperationException.Code.ACCOUNT_FORMAT));
    }
}
