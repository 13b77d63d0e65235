package org.cardhub.audit.entity;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the back office looks for in the audit trail, every part optional: a period ({@code from} inclusive,
 * {@code to} exclusive), the kind of actor and an actor exactly as written (a terminal's or partner's id, a person's
 * id), an action, a subject's type and id. Each part is one indexed condition of the statement's {@code WHERE}, so
 * the trail is filtered and paged in the database however long it grows.
 */
public record AuditQuery(Instant from, Instant to, ActorKind actorKind, String actor, String action,
                         AuditSubject subjectType, String subjectId) {

    public static final AuditQuery EVERYTHING = new AuditQuery(null, null, null, null, null, null, null);
    private static final int MAX_TEXT = 100;

    /** A {@code WHERE} clause ({@code ""} for none) and its positional parameters, in order. */
    public record Sql(String where, List<Object> parameters) {
    }

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        subjectId = blankToNull(subjectId);
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidAuditQueryException(InvalidAuditQueryException.Code.PERIOD_REVERSED,
                    "The period ends before it starts: " + from + " – " + to);
        }
        if (subjectId != null && subjectType == null) {
            throw new InvalidAuditQueryException(InvalidAuditQueryException.Code.SUBJECT_TYPE_REQUIRED,
                    "A subject's id needs its type");
        }
        for (String text : new String[]{actor, action, subjectId}) {
            if (text != null && text.length() > MAX_TEXT) {
                throw new InvalidAuditQueryException(InvalidAuditQueryException.Code.TEXT_TOO_LONG,
                        "A search text is at most " + MAX_TEXT + " characters");
            }
        }
    }

    /** The actor as the trail writes it: with its kind's prefix when a kind is chosen, as typed otherwise. */
    public String writtenActor() {
        return actor == null ? null : actorKind == null ? actor : actorKind.written(actor);
    }

    public Sql sql() {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        if (from != null) {
            conditions.add("occurred_at >= ?");
            parameters.add(Timestamp.from(from));
        }
        if (to != null) {
            conditions.add("occurred_at < ?");
            parameters.add(Timestamp.from(to));
        }
        if (actorKind != null) {
            conditions.add(actorKind.condition());
        }
        if (actor != null) {
            conditions.add("actor = ?");
            parameters.add(writtenActor());
        }
        if (action != null) {
            conditions.add("action = ?");
            parameters.add(action);
        }
        if (subjectType != null) {
            conditions.add("subject_type = ?");
            parameters.add(subjectType.name());
        }
        if (subjectId != null) {
            conditions.add("subject_id = ?");
            parameters.add(subjectId);
        }
        return new Sql(conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions), List.copyOf(parameters));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
