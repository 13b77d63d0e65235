package org.cardhub.audit.entity;

import org.junit.jupiter.api.Test;

import java.sql.Timestamp;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditQueryTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T21:00:00Z");
    private static final Instant NEXT_MONDAY = Instant.parse("2026-12-07T21:00:00Z");

    @Test
    void nothingAskedIsNoWhereClause() {
        assertThat(AuditQuery.EVERYTHING.sql().where()).isEmpty();
        assertThat(AuditQuery.EVERYTHING.sql().parameters()).isEmpty();
    }

    @Test
    void everyFilterIsOneConditionWithItsParameterInOrder() {
        AuditQuery query = new AuditQuery(MONDAY, NEXT_MONDAY, ActorKind.TERMINAL, " FUEL-0001 ", "card.purchase",
                AuditSubject.CARD, "42");

        AuditQuery.Sql sql = query.sql();

        assertThat(sql.where()).isEqualTo(" WHERE occurred_at >= ? AND occurred_at < ? AND actor LIKE 'terminal:%' "
                + "AND actor = ? AND action = ? AND subject_type = ? AND subject_id = ?");
        assertThat(sql.parameters()).containsExactly(Timestamp.from(MONDAY), Timestamp.from(NEXT_MONDAY),
                "terminal:FUEL-0001", "card.purchase", "CARD", "42");
    }

    @Test
    void blankTextsAreNoFilter() {
        AuditQuery query = new AuditQuery(null, null, ActorKind.PERSON, "  ", "", null, " ");

        assertThat(query.sql().where()).isEqualTo(" WHERE actor NOT LIKE '%:%' AND actor NOT IN ('system', 'demo')");
        assertThat(query.sql().parameters()).isEmpty();
    }

    @Test
    void anActorWithoutAKindIsComparedAsTyped() {
        assertThat(new AuditQuery(null, null, null, "partner:agent-demo", null, null, null).sql().parameters())
                .containsExactly("partner:agent-demo");
        assertThat(new AuditQuery(null, null, ActorKind.PARTNER, "agent-demo", null, null, null).writtenActor())
                .isEqualTo("partner:agent-demo");
        assertThat(new AuditQuery(null, null, ActorKind.PERSON, "3F2A9C1E-0000-4000-8000-00000000ABCD", null, null, null)
                .writtenActor()).isEqualTo("3f2a9c1e-0000-4000-8000-00000000abcd");
        assertThat(new AuditQuery(null, null, ActorKind.SYSTEM, "system", null, null, null).writtenActor()).isEqualTo("system");
        assertThat(new AuditQuery(null, null, ActorKind.SYSTEM, "month-close", null, null, null).writtenActor())
                .isEqualTo("system:month-close");
    }

    @Test
    void aReversedPeriodOrAnIdWithoutItsTypeIsRefused() {
        assertThatThrownBy(() -> new AuditQuery(NEXT_MONDAY, MONDAY, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidAuditQueryException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidAuditQueryException.Code.PERIOD_REVERSED));
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, "42"))
                .isInstanceOfSatisfying(InvalidAuditQueryException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidAuditQueryException.Code.SUBJECT_TYPE_REQUIRED));
        assertThatThrownBy(() -> new AuditQuery(null, null, null, "x".repeat(101), null, null, null))
                .isInstanceOfSatisfying(InvalidAuditQueryException.class,
                        refused -> assertThat(refused.code()).isEqualTo(InvalidAuditQueryException.Code.TEXT_TOO_LONG));
    }

    @Test
    void actorsAreKnownByHowTheyAreWritten() {
        assertThat(ActorKind.of("3f2a9c1e-0000-4000-8000-00000000abcd")).isEqualTo(ActorKind.PERSON);
        assertThat(ActorKind.of("partner:agent-demo")).isEqualTo(ActorKind.PARTNER);
        assertThat(ActorKind.of("terminal:FUEL-0001")).isEqualTo(ActorKind.TERMINAL);
        assertThat(ActorKind.of("system")).isEqualTo(ActorKind.SYSTEM);
        assertThat(ActorKind.of("system:month-close")).isEqualTo(ActorKind.SYSTEM);
        assertThat(ActorKind.of("demo")).isEqualTo(ActorKind.SYSTEM);
        assertThat(ActorKind.of(null)).isEqualTo(ActorKind.SYSTEM);
        assertThat(ActorKind.TERMINAL.bareName("terminal:FUEL-0001")).isEqualTo("FUEL-0001");
    }
}
