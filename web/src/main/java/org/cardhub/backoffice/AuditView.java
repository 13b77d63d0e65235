package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.audit.boundary.AuditTrail;
import org.cardhub.audit.entity.ActorKind;
import org.cardhub.audit.entity.AuditEvent;
import org.cardhub.audit.entity.AuditQuery;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.audit.entity.InvalidAuditQueryException;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.cabinet.SignedInUser;
import org.cardhub.organizations.boundary.MemberEmails;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The audit page: the trail filtered, counted and paged in the database ({@link AuditTrail}), people named by the
 * addresses their organisations know them by, and the filtered rows as an XLSX file ({@link AuditExportServlet}) as
 * long as there are no more than {@link AuditTrail#MOST_EXPORTED}.
 */
@Named
@ViewScoped
public class AuditView implements Serializable {

    static final String BUNDLE = "org.cardhub.cabinet.messages";
    private static final long serialVersionUID = 1L;

    @Inject
    AuditTrail trail;

    @Inject
    MemberEmails emails;

    @Inject
    SignedInUser user;

    @Inject
    Language language;

    private AuditFilterForm form;
    private AuditQuery query;
    private long found;
    private LazyDataModel<AuditEvent> table;
    private final Map<String, String> names = new HashMap<>();

    @PostConstruct
    void init() {
        form = AuditFilterForm.lastWeek(LocalDate.now(AuditFilterForm.MOSCOW));
        search();
    }

    public void search() {
        try {
            query = form.query();
        } catch (InvalidAuditQueryException refused) {
            PageMessages.refuse(refused.code() == InvalidAuditQueryException.Code.PERIOD_REVERSED ? "filters:to"
                    : refused.code() == InvalidAuditQueryException.Code.SUBJECT_TYPE_REQUIRED ? "filters:subjectType" : null,
                    "audit.refusal." + refused.code().name());
            return;
        }
        found = trail.count(query, AuditTrail.MOST_COUNTED + 1);
        table = new PagedTable<>(() -> found, this::page, event -> String.valueOf(event.id()));
    }

    public void reset() {
        init();
    }

    List<AuditEvent> page(int first, int max) {
        List<AuditEvent> rows = trail.page(query, first, max);
        List<String> unknown = rows.stream().map(AuditEvent::actor)
                .filter(actor -> ActorKind.of(actor) == ActorKind.PERSON && !names.containsKey(actor)).distinct().toList();
        if (!unknown.isEmpty()) {
            names.putAll(emails.of(unknown));
            if (user.getSubject() != null && unknown.contains(user.getSubject())) {
                names.put(user.getSubject(), user.getDisplayName());
            }
        }
        return rows;
    }

    public AuditFilterForm getForm() {
        return form;
    }

    public LazyDataModel<AuditEvent> getTable() {
        return table;
    }

    /** "Found 1 234 records" or "more than 10 000 — narrow the filters". */
    public String getFoundText() {
        return found > AuditTrail.MOST_COUNTED ? PageMessages.text("audit.foundMany", AuditTrail.MOST_COUNTED)
                : PageMessages.text("audit.found", found);
    }

    public boolean isExportable() {
        return found > 0 && found <= AuditTrail.MOST_EXPORTED;
    }

    public String getExportTooMany() {
        return PageMessages.text("audit.exportTooMany", AuditTrail.MOST_EXPORTED);
    }

    public boolean isTooManyToExport() {
        return found > AuditTrail.MOST_EXPORTED;
    }

    public String getExportLink() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + AuditExportServlet.PATH
                + "?" + form.queryString();
    }

    public String who(String actor) {
        return texts().who(actor, names);
    }

    public String kind(String actor) {
        return texts().kind(ActorKind.of(actor));
    }

    public String action(String code) {
        return texts().action(code);
    }

    public String details(String details) {
        return texts().details(details);
    }

    public String subject(String type) {
        return texts().subject(type);
    }

    public String time(Instant instant) {
        return MoscowTime.format(instant);
    }

    public List<ActorKind> getActorKinds() {
        return List.of(ActorKind.values());
    }

    public String kindText(ActorKind kind) {
        return texts().kind(kind);
    }

    public List<String> getActions() {
        return texts().actionsByText();
    }

    public List<AuditSubject> getSubjectTypes() {
        return List.of(AuditSubject.values());
    }

    private AuditTexts texts() {
        return AuditTexts.of(ResourceBundle.getBundle(BUNDLE, language.getLocale()));
    }
}
