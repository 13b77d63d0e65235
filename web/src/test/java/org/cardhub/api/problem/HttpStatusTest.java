package org.cardhub.api.problem;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HttpStatusTest {

    @Test
    void statusesJaxRsDoesNotNameGetTheirProperReasonPhrase() {
        assertThat(HttpStatus.of(422).getReasonPhrase()).isEqualTo("Unprocessable Content");
        assertThat(HttpStatus.of(422).getFamily()).isEqualTo(Response.Status.Family.CLIENT_ERROR);
    }

    @Test
    void statusesJaxRsKnowsAreItsOwn() {
        assertThat(HttpStatus.of(429)).isEqualTo(Response.Status.TOO_MANY_REQUESTS);
        assertThat(HttpStatus.of(429).getReasonPhrase()).isEqualTo("Too Many Requests");
        assertThat(HttpStatus.of(201)).isEqualTo(Response.Status.CREATED);
    }

    @Test
    void noStatusIsCalledCustom() {
        for (int status = 400; status < 600; status++) {
            assertThat(HttpStatus.of(status).getReasonPhrase()).isNotEqualToIgnoringCase("custom");
        }
    }
}
