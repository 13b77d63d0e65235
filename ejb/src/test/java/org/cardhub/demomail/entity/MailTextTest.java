package org.cardhub.demomail.entity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailTextTest {

    private static final String ACTION = "http://localhost:8180/realms/cardhub/login-actions/action-token?key=eyJhbGci.eyJleHAi&client_id=cardhub-web&tab_id=x1";

    @Test
    void keycloaksLinkIsALinkAndTheWordsAroundItStayText() {
        MailText text = MailText.of("Someone asked to reset your password.\n\n" + ACTION + "\n\nThe link expires in 5 minutes.");

        assertThat(text.pieces()).containsExactly(
                new MailText.Piece("Someone asked to reset your password.\n\n", false),
                new MailText.Piece(ACTION, true),
                new MailText.Piece("\n\nThe link expires in 5 minutes.", false));
        assertThat(text.links()).containsExactly(ACTION);
    }

    @Test
    void punctuationAfterALinkEndsTheSentenceNotTheLink() {
        MailText text = MailText.of("Open https://example.org/a?b=1. Or (https://example.org/c), or https://example.org/d!");

        assertThat(text.links()).containsExactly("https://example.org/a?b=1", "https://example.org/c", "https://example.org/d");
        assertThat(text.plain()).isEqualTo("Open https://example.org/a?b=1. Or (https://example.org/c), or https://example.org/d!");
    }

    @Test
    void onlyWebAddressesBecomeLinks() {
        MailText text = MailText.of("javascript:alert(1) ftp://example.org/x mailto:a@b.c <script>https://</script>");

        assertThat(text.links()).isEmpty();
        assertThat(text.pieces()).singleElement().satisfies(piece -> assertThat(piece.link()).isFalse());
    }

    @Test
    void aLinkStopsAtMarkupOrQuotes() {
        assertThat(MailText.of("<a href=\"https://example.org/x\">x</a>").links()).containsExactly("https://example.org/x");
    }

    @Test
    void noTextIsNoPieces() {
        assertThat(MailText.of(null).pieces()).isEmpty();
        assertThat(MailText.of("").pieces()).isEmpty();
    }
}
