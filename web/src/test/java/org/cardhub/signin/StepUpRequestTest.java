package org.cardhub.signin;

import org.cardhub.testing.FakeHttp;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step-up goes back only to a page of this application, answers only the request it started, and counts only the
 * signed-in person's own code at level gold; its return path is left to the step-up, never taken for a sign-in.
 */
class StepUpRequestTest {

    @Test
    void aPathOfTheApplicationIsWhereTheBrowserGoesBack() {
        for (String path : List.of("/cabinet/backoffice/corrections.xhtml", "/cabinet/backoffice/corrections.xhtml?approve=12",
                "/cabinet", "/cabinet/backoffice/clients.xhtml?id=agent-demo&tab=2")) {
            assertThat(StepUpRequest.safeReturn(path)).as(path).isEqualTo(path);
        }
    }

    @Test
    void anythingElseGoesBackToTheCabinetNeverToAnotherSite() {
        for (String path : List.of("https://evil.example/", "//evil.example/x", "/\\evil.example", "\\\\evil.example",
                "javascript:alert(1)", "cabinet", "", "/cabinet/../../x", "/stepup?return=/cabinet", "/stepup/done",
                "/cabinet\r\nLocation: https://evil.example", "/cabinet x", "/" + "a".repeat(600))) {
            assertThat(StepUpRequest.safeReturn(path)).as(path).isEqualTo("/cabinet");
        }
        assertThat(StepUpRequest.safeReturn(null)).isEqualTo("/cabinet");
    }

    @Test
    void eachStepUpHasItsOwnStateNonceAndVerifierAndAnswersOnlyItsOwnState() {
        StepUpRequest first = StepUpRequest.start("/cabinet");
        StepUpRequest second = StepUpRequest.start("/cabinet");

        assertThat(first.state()).isNotEqualTo(second.state()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(first.nonce()).isNotEqualTo(second.nonce()).isNotEqualTo(first.state());
        assertThat(first.verifier()).hasSizeBetween(43, 128).matches("[A-Za-z0-9_-]+");
        assertThat(first.answers(first.state())).isTrue();
        assertThat(first.answers(second.state())).isFalse();
        assertThat(first.answers(null)).isFalse();
        assertThat(first.answers("")).isFalse();
    }

    @Test
    void theChallengeIsTheVerifiersSha256() throws Exception {
        StepUpRequest request = StepUpRequest.start("/cabinet");
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.verifier().getBytes(StandardCharsets.US_ASCII));

        assertThat(request.challenge()).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    }

    @Test
    void onlyTheSignedInPersonsOwnCodeAtLevelGoldCounts() {
        assertThat(StepUpServlet.judge("sub-1", "sub-1", "gold")).isEmpty();
        assertThat(StepUpServlet.judge("sub-1", "sub-2", "gold")).contains(StepUpServlet.Refusal.OTHER_PERSON);
        assertThat(StepUpServlet.judge("sub-1", "sub-1", "silver")).contains(StepUpServlet.Refusal.FAILED);
        assertThat(StepUpServlet.judge("sub-1", "sub-1", null)).contains(StepUpServlet.Refusal.FAILED);
        assertThat(StepUpServlet.judge(null, null, "gold")).contains(StepUpServlet.Refusal.OTHER_PERSON);
    }

    @Test
    void theReturnFromKeycloakIsTheStepUpsNotASignIn() {
        assertThat(MachinePaths.isStepUpReturn(FakeHttp.request("GET", "/stepup/done").request())).isTrue();
        assertThat(MachinePaths.isStepUpReturn(FakeHttp.request("GET", "/stepup").request())).isFalse();
        assertThat(MachinePaths.isStepUpReturn(FakeHttp.request("GET", "/callback").request())).isFalse();
        assertThat(MachinePaths.isMachinePath(FakeHttp.request("GET", "/stepup/done").request())).isFalse();
    }

    @Test
    void aConfirmationHoldsForItsPersonOnlyAndARefusalIsToldOnce() {
        StepUp stepUp = new StepUp();
        stepUp.confirmed("sub-1", java.time.Instant.now());
        stepUp.refused(StepUpServlet.Refusal.CANCELLED);

        assertThat(stepUp.isRecentFor("sub-1")).isTrue();
        assertThat(stepUp.isRecentFor("sub-2")).isFalse();
        assertThat(stepUp.takeRefusal()).contains("stepup.refused.CANCELLED");
        assertThat(stepUp.takeRefusal()).isEmpty();
    }
}
