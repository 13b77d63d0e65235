package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.acquiring.boundary.AutoTopUpOverview;
import org.cardhub.acquiring.boundary.BankCardAutoTopUps;
import org.cardhub.acquiring.entity.AutoTopUpStatus;
import org.cardhub.acquiring.entity.InvalidTopUpException;
import org.cardhub.acquiring.entity.TopUpAmount;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.refusal.Refusal;
import org.cardhub.school.boundary.Children;
import org.cardhub.school.entity.Child;

import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Auto top-up by bank card of a child's card ({@code autotopup.xhtml?card=ID}): the parent's saved bank cards (removed
 * here), and for the general and the canteen balance a threshold, a target and the card to charge; switched off, and
 * resumed after a failed charge suspended it (the reason is shown). Another parent's child is "no such card".
 */
@Named
@ViewScoped
public class AutoTopUpView implements Serializable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** One purse's rule as the page edits it: typed amounts, the saved card chosen, and what is stored now. */
    public static final class RuleForm implements Serializable {
        private final AccountPurpose purse;
        private String threshold = "100";
        private String target = "500";
        private Long savedCardId;
        private AutoTopUpOverview.Rule stored;

        RuleForm(AccountPurpose purse) {
            this.purse = purse;
        }

        public AccountPurpose getPurse() {
            return purse;
        }

        public String getThreshold() {
            return threshold;
        }

        public void setThreshold(String threshold) {
            this.threshold = threshold;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public Long getSavedCardId() {
            return savedCardId;
        }

        public void setSavedCardId(Long savedCardId) {
            this.savedCardId = savedCardId;
        }

        public AutoTopUpOverview.Rule getStored() {
            return stored;
        }
    }

    @Inject
    BankCardAutoTopUps autoTopUps;

    @Inject
    Children children;

    @Inject
    Language language;

    private List<Child> mine = List.of();
    private Long cardId;
    private AutoTopUpOverview overview;
    private List<RuleForm> rules = List.of();

    @PostConstruct
    void load() {
        mine = children.mine();
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("card");
        Long wanted = ParentPages.idOf(asked);
        if (asked != null && (wanted == null || mine.stream().noneMatch(child -> child.cardId() == wanted))) {
            return;
        }
        cardId = wanted != null ? wanted : mine.isEmpty() ? null : mine.get(0).cardId();
        reload();
    }

    /** Reads the card's rules and the parent's saved cards again; the forms show what is stored. */
    public void reload() {
        try {
            overview = cardId == null ? null : autoTopUps.overview(cardId);
        } catch (AccessDeniedException e) {
            overview = null;
        }
        if (overview == null) {
            rules = List.of();
            return;
        }
        rules = List.of(formOf(AccountPurpose.MAIN), formOf(AccountPurpose.CANTEEN));
    }

    private RuleForm formOf(AccountPurpose purse) {
        RuleForm form = new RuleForm(purse);
        overview.ruleOf(purse).ifPresentOrElse(rule -> {
            form.stored = rule;
            form.threshold = rule.threshold().toPlainString();
            form.target = rule.target().toPlainString();
            form.savedCardId = rule.ownedByCaller() ? rule.savedCardId() : null;
        }, () -> form.savedCardId = overview.savedCards().isEmpty() ? null : overview.savedCards().get(0).id());
        if (form.savedCardId == null && !overview.savedCards().isEmpty()) {
            form.savedCardId = overview.savedCards().get(0).id();
        }
        return form;
    }

    public void save(RuleForm form) {
        String fields = fieldPrefix();
        Amount threshold;
        Amount target;
        try {
            threshold = TopUpAmount.money(form.threshold);
        } catch (InvalidTopUpException e) {
            PageMessages.refuse(fields + "threshold", "topup.auto.threshold." + e.code());
            return;
        }
        try {
            target = TopUpAmount.money(form.target);
        } catch (InvalidTopUpException e) {
            PageMessages.refuse(fields + "target", "topup.auto.target." + e.code(), money(TopUpAmount.MAXIMUM));
            return;
        }
        if (form.savedCardId == null) {
            PageMessages.refuse(fields + "savedCard", "topup.auto.SAVED_CARD_UNKNOWN");
            return;
        }
        try {
            autoTopUps.save(overview.cardId(), form.purse, threshold, target, form.savedCardId);
            PageMessages.info("topup.auto.saved." + form.purse.name(), money(threshold), money(target));
        } catch (InvalidTopUpException e) {
            String field = switch (e.code()) {
                case TARGET_TOO_LOW, TARGET_TOO_LARGE -> "target";
                case SAVED_CARD_UNKNOWN -> "savedCard";
                default -> "threshold";
            };
            PageMessages.refuse(fields + field, "topup.auto." + e.code(), money(ParentPages.boundOf(e.code())));
            return;
        } catch (Refusal e) {
            PageMessages.refuse(null, "topup.auto.refused");
            return;
        }
        reload();
    }

    public void switchOff(RuleForm form) {
        act(() -> autoTopUps.switchOff(overview.cardId(), form.purse), "topup.auto.switchedOff." + form.purse.name());
    }

    public void resume(RuleForm form) {
        act(() -> autoTopUps.resume(overview.cardId(), form.purse), "topup.auto.resumed." + form.purse.name());
    }

    public void removeSavedCard(long savedCardId) {
        act(() -> autoTopUps.removeSavedCard(savedCardId), "topup.auto.cardRemoved");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            PageMessages.info(doneKey);
        } catch (InvalidTopUpException e) {
            PageMessages.refuse(null, "topup.auto." + e.code(), money(ParentPages.boundOf(e.code())));
        } catch (Refusal e) {
            PageMessages.refuse(null, "topup.auto.refused");
        }
        reload();
    }

    /** The client id of the form the pressed button is in, with its separator: its fields' messages go there. */
    private static String fieldPrefix() {
        FacesContext faces = FacesContext.getCurrentInstance();
        UIComponent button = UIComponent.getCurrentComponent(faces);
        if (button == null) {
            return "";
        }
        String id = button.getClientId(faces);
        int last = id.lastIndexOf(faces.getNamingContainerSeparatorChar());
        return last < 0 ? "" : id.substring(0, last + 1);
    }

    /** "Включено", "Выключено", or "Приостановлено 06.12.2026 14:05: недостаточно средств на карте". */
    public String statusOf(RuleForm form) {
        AutoTopUpOverview.Rule rule = form.stored;
        if (rule == null) {
            return PageMessages.text("topup.auto.status.NONE");
        }
        if (rule.status() == AutoTopUpStatus.SUSPENDED) {
            return PageMessages.text("topup.auto.status.SUSPENDED",
                    rule.suspendedAt() == null ? "" : WHEN.format(rule.suspendedAt().atZone(overview.zone())),
                    rule.suspendedReason().text(language.getLocale()));
        }
        return PageMessages.text("topup.auto.status." + rule.status().name());
    }

    public String savedAt(AutoTopUpOverview.SavedCard card) {
        return WHEN.format(card.savedAt().atZone(overview.zone()));
    }

    public String money(Amount amount) {
        return Formats.amount(amount, language.getLocale());
    }

    public String getFeeTerms() {
        return overview == null ? "" : ParentPages.feeTerms(overview.fee(), language.getLocale());
    }

    public String getMinimum() {
        return money(TopUpAmount.MINIMUM);
    }

    public List<Child> getMine() {
        return mine;
    }

    public Long getCardId() {
        return cardId;
    }

    public AutoTopUpOverview getOverview() {
        return overview;
    }

    public List<RuleForm> getRules() {
        return rules;
    }
}
