package org.cardhub.backoffice;

import org.cardhub.audit.entity.ActorKind;
import org.cardhub.audit.entity.AuditQuery;
import org.cardhub.audit.entity.AuditSubject;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The audit page's filters, by Moscow days: they become the trail's {@link AuditQuery}, and the export's address
 * carries them as parameters ({@link #parameters}, read back by {@link #of}) so the file holds what the page shows.
 */
public class AuditFilterForm implements Serializable {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final int DEFAULT_DAYS = 7;
    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;
    private ActorKind actorKind;
    private String actor;
    private String action;
    private AuditSubject subjectType;
    private String subjectId;

    /** The last week up to today, nothing else. */
    static AuditFilterForm lastWeek(LocalDate today) {
        AuditFilterForm form = new AuditFilterForm();
        form.to = today;
        form.from = today.minusDays(DEFAULT_DAYS - 1);
        return form;
    }

    /** The filters of an export's address; a part that does not read is left out, as the page would never send it. */
    static AuditFilterForm of(Function<String, String> parameter) {
        AuditFilterForm form = new AuditFilterForm();
        form.from = date(parameter.apply("from"));
        form.to = date(parameter.apply("to"));
        form.actorKind = choice(ActorKind.class, parameter.apply("kind"));
        form.actor = parameter.apply("actor");
        form.action = parameter.apply("action");
        form.subjectType = choice(AuditSubject.class, parameter.apply("type"));
        form.subjectId = parameter.apply("id");
        return form;
    }

    /** The trail's search: from the start of the first day to the end of the last, in Moscow. */
    AuditQuery query() {
        return new AuditQuery(from == null ? null : from.atStartOfDay(MOSCOW).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(MOSCOW).toInstant(), actorKind, actor, action, subjectType,
                subjectId);
    }

    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "from", from == null ? null : from.toString());
        put(parameters, "to", to == null ? null : to.toString());
        put(parameters, "kind", actorKind == null ? null : actorKind.name());
        put(parameters, "actor", actor);
        put(parameters, "action", action);
        put(parameters, "type", subjectType == null ? null : subjectType.name());
        put(parameters, "id", subjectId);
        return parameters;
    }

    /** {@code from=2026-12-01&to=2026-12-07&…}, encoded for an address. */
    String queryString() {
        return parameters().entrySet().stream()
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null && !value.isBlank()) {
            parameters.put(name, value.strip());
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name) {
        return name == null ? null : Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name))
                .findFirst().orElse(null);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public ActorKind getActorKind() {
        return actorKind;
    }

    public void setActorKind(ActorKind actorKind) {
        this.actorKind = actorKind;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public AuditSubject getSubjectType() {
        return subjectType;
    }

    public void setSubjectType(AuditSubject subjectType) {
        this.subjectType = subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public void setSubjectId(String subjectId) {
        this.subjectId = subjectId;
    }
}
