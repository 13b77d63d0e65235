package org.cardhub.backoffice;

import org.cardhub.audit.entity.ActorKind;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail in words, from the real bundles: no raw code ever reaches the page. */
class AuditTextsTest {

    private static final String PERSON = "3f2a9c1e-0000-4000-8000-00000000abcd";
    private final AuditTexts russian = AuditTexts.of(ResourceBundle.getBundle(AuditView.BUNDLE, Locale.forLanguageTag("ru")));
    private final AuditTexts english = AuditTexts.of(ResourceBundle.getBundle(AuditView.BUNDLE, Locale.ENGLISH));

    @Test
    void everyKnownActionHasItsOwnWordsInBothLanguages() {
        for (String action : AuditTexts.KNOWN_ACTIONS) {
            assertThat(russian.action(action)).as(action).doesNotContain(action).doesNotContain(".");
            assertThat(english.action(action)).as(action).doesNotContain(action);
        }
        assertThat(russian.action("offline.charge-back")).isEqualTo("Офлайн-покупка отменена, деньги возвращены");
        assertThat(english.action("card.blocked")).isEqualTo("Card blocked");
    }

    @Test
    void anActionNotKnownYetIsSpeltOutFromItsAreaAndWords() {
        assertThat(russian.action("card.pin-reset")).isEqualTo("Карта: pin reset");
        assertThat(english.action("webhook.delivery-failed")).isEqualTo("Webhook: delivery failed");
        assertThat(english.action("")).isEqualTo("Unnamed action");
    }

    @Test
    void actorsReadAsPeopleSystemsOrCardhub() {
        Map<String, String> names = Map.of(PERSON, "fleet@example.ru");

        assertThat(russian.who(PERSON, names)).isEqualTo("fleet@example.ru");
        assertThat(russian.who("0b6c2d1a-0000-4000-8000-00000000ffff", names)).isEqualTo("Пользователь 0b6c2d1a…");
        assertThat(russian.who("partner:agent-demo", names)).isEqualTo("Партнёр agent-demo");
        assertThat(russian.who("terminal:FUEL-0001", names)).isEqualTo("Терминал FUEL-0001");
        assertThat(russian.who("system", names)).isEqualTo("Cardhub (автоматически)");
        assertThat(english.who("system:month-close", names)).isEqualTo("Cardhub: month close");
        assertThat(english.kind(ActorKind.TERMINAL)).isEqualTo("Terminal");
    }

    @Test
    void statesInTheDetailsAreWords() {
        assertThat(russian.details("ACTIVE → BLOCKED: lost")).isEqualTo("активна → заблокирована: lost");
        assertThat(english.details("OPEN → CHARGED_BACK, entry 5 reversed by entry 6: stolen"))
                .isEqualTo("awaiting decision → charged back, entry 5 reversed by entry 6: stolen");
        assertThat(english.details("900.00 RUB at AZS-17")).isEqualTo("900.00 RUB at AZS-17");
        assertThat(english.details(null)).isEmpty();
    }

    @Test
    void subjectsHaveWords() {
        assertThat(russian.subject("OFFLINE_REVIEW")).isEqualTo("Офлайн-покупка");
        assertThat(english.subject("WEBHOOK_ENDPOINT")).isEqualTo("Webhook endpoint");
    }
}
