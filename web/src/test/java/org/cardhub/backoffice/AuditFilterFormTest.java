package org.cardhub.backoffice;

import org.cardhub.audit.entity.ActorKind;
import org.cardhub.audit.entity.AuditQuery;
import org.cardhub.audit.entity.AuditSubject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit page's filters as the trail's query and as the export's address, and back. */
class AuditFilterFormTest {

    @Test
    void theDefaultIsTheLastWeekInMoscowDays() {
        AuditQuery query = AuditFilterForm.lastWeek(LocalDate.of(2026, 12, 7)).query();

        assertThat(query.from()).isEqualTo(Instant.parse("2026-11-30T21:00:00Z"));
        assertThat(query.to()).as("the whole last day, to Moscow's midnight").isEqualTo(Instant.parse("2026-12-07T21:00:00Z"));
        assertThat(query.actorKind()).isNull();
    }

    @Test
    void theFiltersTravelInTheExportsAddressAndComeBackTheSame() {
        AuditFilterForm form = AuditFilterForm.lastWeek(LocalDate.of(2026, 12, 7));
        form.setActorKind(ActorKind.TERMINAL);
        form.setActor(" FUEL-0001 ");
        form.setAction("card.purchase-offline");
        form.setSubjectType(AuditSubject.CARD);
        form.setSubjectId("42");

        Map<String, String> parameters = form.parameters();

        assertThat(parameters).containsExactly(Map.entry("from", "2026-12-01"), Map.entry("to", "2026-12-07"),
                Map.entry("kind", "TERMINAL"), Map.entry("actor", "FUEL-0001"), Map.entry("action", "card.purchase-offline"),
                Map.entry("type", "CARD"), Map.entry("id", "42"));
        assertThat(form.queryString()).isEqualTo("from=2026-12-01&to=2026-12-07&kind=TERMINAL&actor=FUEL-0001"
                + "&action=card.purchase-offline&type=CARD&id=42");
        AuditQuery back = AuditFilterForm.of(parameters::get).query();
        assertThat(back).isEqualTo(form.query());
        assertThat(back.sql().parameters()).contains("terminal:FUEL-0001", "card.purchase-offline", "CARD", "42");
    }

    @Test
    void partsOfAnAddressThatDoNotReadAreLeftOut() {
        AuditQuery query = AuditFilterForm.of(Map.of("from", "yesterday", "kind", "ROBOT", "type", "CARD", "id", "7")::get).query();

        assertThat(query.from()).isNull();
        assertThat(query.actorKind()).isNull();
        assertThat(query.subjectType()).isEqualTo(AuditSubject.CARD);
        assertThat(AuditFilterForm.of(Map.<String, String>of()::get).parameters()).isEmpty();
    }
}
