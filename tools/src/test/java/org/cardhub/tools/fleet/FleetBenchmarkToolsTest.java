package org.cardhub.tools.fleet;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fleet benchmark's readings of Keycloak's and Faces' pages, its percentiles and its plates. */
class FleetBenchmarkToolsTest {

    @Test
    void theLoginFormsActionAndAPagesViewStateAreReadFromTheirHtml() throws IOException {
        String login = "<form id=\"kc-form-login\" onsubmit=\"login.disabled = true; return true;\" "
                + "action=\"http://localhost:8180/realms/cardhub/login-actions/authenticate?session_code=abc&amp;tab_id=x1\" method=\"post\">";
        assertThat(CabinetSession.loginAction(login))
                .isEqualTo("http://localhost:8180/realms/cardhub/login-actions/authenticate?session_code=abc&tab_id=x1");
        String page = "<input type=\"hidden\" name=\"jakarta.faces.ViewState\" id=\"j_id1:jakarta.faces.ViewState:0\" "
                + "value=\"-123:456\" autocomplete=\"off\" />";
        assertThat(CabinetSession.viewState(page)).isEqualTo("-123:456");
        assertThatThrownBy(() -> CabinetSession.loginAction("<html>signed in already</html>")).isInstanceOf(IOException.class);
    }

    @Test
    void percentilesAreByNearestRank() {
        long[] hundred = IntStream.rangeClosed(1, 100).mapToLong(i -> i).toArray();
        assertThat(FleetPagesBenchmark.percentile(hundred, 95)).isEqualTo(95);
        assertThat(FleetPagesBenchmark.percentile(hundred, 50)).isEqualTo(50);
        assertThat(FleetPagesBenchmark.percentile(new long[] {7}, 95)).isEqualTo(7);
    }

    @Test
    void tenThousandCardsGetPlatesOfTheRussianShape() {
        Set<String> plates = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String plate = FleetBenchmarkData.plate(i);
            assertThat(plate).matches("[АВЕКМНОРСТУХ]\\d{3}[АВЕКМНОРСТУХ]{2}77");
            plates.add(plate);
        }
        assertThat(plates).hasSizeGreaterThan(9_000);
    }
}
