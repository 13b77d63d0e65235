package org.cardhub.api;

import org.cardhub.api.problem.ApiProblem;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryParametersTest {

    @Test
    void aNumberOrAnInstantIsRead() {
        assertThat(QueryParameters.integer("limit", "500")).isEqualTo(500);
        assertThat(QueryParameters.instant("from", "2025-09-01T00:00:00Z")).isEqualTo(Instant.parse("2025-09-01T00:00:00Z"));
        assertThat(QueryParameters.instant("from", null)).isNull();
    }

    @Test
    void whatIsNoNumberOrNoInstantIsABadRequestNamingTheParameter() {
        for (String text : new String[]{"ten", "", "99999999999", "1.5"}) {
            assertThatThrownBy(() -> QueryParameters.integer("limit", text))
                    .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                        assertThat(problem.status()).isEqualTo(400);
                        assertThat(problem.code()).isEqualTo("PARAMETER_INVALID");
                        assertThat(problem.getMessage()).contains("'limit'");
                    });
        }
        assertThatThrownBy(() -> QueryParameters.instant("to", "2025-09-01T00:00:00"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.getMessage()).contains("'to'"));
    }

    @Test
    void anInstantOutsideTheYearsADatabaseKnowsIsRefused() {
        for (String text : new String[]{"-1000000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> QueryParameters.instant("from", text))
                    .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.code()).isEqualTo("PARAMETER_INVALID"));
        }
        assertThat(QueryParameters.instant("to", "9999-12-31T00:00:00Z")).isNotNull();
    }

    @Test
    void aVersionIsAWholeNumberOfZeroOrMore() {
        assertThat(QueryParameters.nonNegativeLong("since", "0")).isZero();
        assertThat(QueryParameters.nonNegativeLong("since", "9007199254740993")).isEqualTo(9007199254740993L);
        for (String wrong : new String[] {"abc", "-1", "1.5", "", "99999999999999999999"}) {
            assertThatThrownBy(() -> QueryParameters.nonNegativeLong("since", wrong))
                    .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                        assertThat(problem.status()).isEqualTo(400);
                        assertThat(problem.code()).isEqualTo("PARAMETER_INVALID");
                        assertThat(problem.getMessage()).contains("'since'");
                    });
        }
    }
}
