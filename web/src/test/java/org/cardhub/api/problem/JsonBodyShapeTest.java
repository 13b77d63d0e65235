package org.cardhub.api.problem;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonBodyShapeTest {

    @Test
    void aPropertyGivenTwiceIsRefusedNamingIt() {
        assertMalformed("{\"account\":\"+79001234567\",\"amount\":\"1.00\",\"amount\":\"5000.00\"}", "'amount'");
    }

    @Test
    void aPropertyGivenTwiceDeeperDownIsRefusedToo() {
        assertMalformed("{\"a\":{\"b\":[{\"c\":1,\"c\":2}]}}", "'c'");
    }

    @Test
    void theSameNameInSiblingObjectsIsNoRepeat() {
        assertThatCode(() -> check("{\"a\":{\"x\":1},\"b\":{\"x\":2},\"c\":[{\"x\":3},{\"x\":4}]}"))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"account\":\"10000003\",\"amount\":\"1.00\"},{\"account\":\"10000003\",\"amount\":\"2.00\"}]",
            "[{\"account\":\"10000003\",\"amount\":\"1.00\"},12,\"x\"]", "12", "\"x\"", "true"})
    void anythingButAnObjectIsRefused(String body) {
        assertMalformed(body, "one JSON object");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":1} {\"a\":2}", "{\"a\":1", "{\"a\":1}x"})
    void textThatIsNotOneJsonValueIsRefused(String body) {
        assertMalformed(body, "not JSON");
    }

    @Test
    void aDeeplyNestedBodyIsRefusedNotAStackOverflow() {
        assertMalformed("{\"a\":" + "[".repeat(30_000) + "]".repeat(30_000) + "}", "nested deeper");
    }

    @Test
    void nullIsLeftToValidationAsAnAbsentBody() {
        assertThatCode(() -> check("null")).doesNotThrowAnyException();
    }

    @Test
    void theMessageNamesNoJavaClass() {
        assertThatThrownBy(() -> check("{\"a\":"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]\\w+"));
    }

    private static void assertMalformed(String body, String detail) {
        assertThatThrownBy(() -> check(body)).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.code()).isEqualTo("MALFORMED_BODY");
            assertThat(problem.getMessage()).contains(detail);
        });
    }

    private static void check(String body) {
        JsonBodyShape.requireSingleObject(body.getBytes(StandardCharsets.UTF_8));
    }
}
