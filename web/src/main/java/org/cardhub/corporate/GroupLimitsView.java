package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.limits.boundary.LimitTemplates;
import org.cardhub.limits.entity.LimitRule;
import org.cardhub.limits.entity.TemplateGroup;
import org.cardhub.refusal.Refusal;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A limit template for a card group ({@code group-limits.xhtml?group=ID}): a few limits, and if wanted the categories
 * the cards may buy, checked here line by line, then confirmed by the manager with the number of cards it will change,
 * then applied to all of them at once (or, refused for one card, to none). A group that is not the caller's, or none
 * at all, is "no such group".
 */
@Named
@ViewScoped
public class GroupLimitsView implements Serializable {

    private static final String FORM = "template:";

    @Inject
    LimitTemplates templates;

    @Inject
    LimitChoices names;

    private TemplateGroup group;
    private final List<LimitForm> lines = new ArrayList<>(List.of(new LimitForm()));
    private boolean withCategories;
    private List<String> categories = new ArrayList<>();
    private List<LimitRule> checked = List.of();

    @PostConstruct
    void load() {
        Long groupId = CardView.idOf(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("group"));
        try {
            group = groupId == null ? null : templates.group(groupId);
        } catch (AccessDeniedException unknown) {
            group = null;
        }
    }

    public void addLine() {
        lines.add(new LimitForm());
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    /** Checks every line; when all are limits, the page asks for confirmation ({@code args.checked}). */
    public void check() {
        List<LimitRule> rules = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LimitForm line = lines.get(i);
            try {
                rules.add(line.rule());
            } catch (Refusal refused) {
                new LimitRefusals(FORM + "lines:" + i + ":", names).show(refused, line.getMeasure());
            }
        }
        if (rules.size() < lines.size()) {
            return;
        }
        if (rules.isEmpty() && !withCategories) {
            PageMessages.refuse(null, "fleet.limits.error.TEMPLATE_INVALID");
            return;
        }
        checked = List.copyOf(rules);
        PrimeFaces.current().ajax().addCallbackParam("checked", true);
    }

    public void apply() {
        try {
            int changed = templates.apply(group.id(), checked, withCategories ? categories : null);
            PageMessages.info("fleet.template.applied", changed, group.name());
            group = templates.group(group.id());
        } catch (Refusal refused) {
            new LimitRefusals(FORM, names).show(refused, null);
        }
    }

    /** "2 cards of the group «Сервис»: ****0036, ****0044" for the confirmation. */
    public String getConfirmation() {
        return group == null ? "" : PageMessages.text("fleet.template.confirm", group.cards().size(), group.name(),
                String.join(", ", group.cards()));
    }

    public TemplateGroup getGroup() {
        return group;
    }

    public List<LimitForm> getLines() {
        return lines;
    }

    public boolean isWithCategories() {
        return withCategories;
    }

    public void setWithCategories(boolean withCategories) {
        this.withCategories = withCategories;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
    }
}
