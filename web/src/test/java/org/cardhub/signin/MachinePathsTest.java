package org.cardhub.signin;

import org.cardhub.testing.FakeHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acquirer posts its notifications without any credentials: their path is a machine path, never sent to Keycloak's
 * sign-in; the parent's top-up pages stay people's pages behind the sign-in.
 */
class MachinePathsTest {

    @Test
    void theAcquirersNotificationsAreAMachinePath() {
        assertThat(MachinePaths.isMachinePath(FakeHttp.request("POST", "/acquiring/yookassa/notifications").request())).isTrue();
        assertThat(MachinePaths.isTerminalPath(FakeHttp.request("POST", "/acquiring/yookassa/notifications").request())).isFalse();
    }

    @Test
    void theTopUpPagesArePeoplesPages() {
        for (String page : new String[]{"/cabinet/parent/topup.xhtml", "/cabinet/parent/topup-return.xhtml",
                "/cabinet/parent/autotopup.xhtml"}) {
            assertThat(MachinePaths.isMachinePath(FakeHttp.request("GET", page).request())).as(page).isFalse();
        }
    }
}
