package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.fleet.boundary.FleetCard;
import org.cardhub.fleet.entity.CardDetail;
import org.cardhub.fleet.entity.CardLimit;
import org.cardhub.fleet.entity.LimitRights;
import org.cardhub.limits.boundary.Allowances;
import org.cardhub.limits.boundary.Limits;
import org.cardhub.limits.entity.Allowance;
import org.cardhub.limits.entity.LimitDraft;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.refusal.Refusal;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The card page's editor of limits and restrictions: add, change or remove a limit of the card (or of its contract,
 * with the right over all its cards) in a dialog that says, before saving, what the card could then still spend today;
 * and the card's restrictions in another. Whoever may not change them sees no control, and the limits' boundary refuses
 * them anyway. What the card can still spend today under its saved limits is shown to everyone.
 */
@Named
@ViewScoped
public class LimitEditor implements Serializable {

    private static final String LIMIT_FORM = "limit:";
    private static final String RESTRICTIONS_FORM = "restrictions:";

    @Inject
    CardView cardView;

    @Inject
    FleetCard fleetCard;

    @Inject
    Limits limits;

    @Inject
    Allowances allowances;

    @Inject
    Formats formats;

    @Inject
    Language language;

    @Inject
    LimitChoices names;

    private LimitRights rights = LimitRights.NONE;
    private Allowance today;
    private Allowance preview;
    private LimitForm form = new LimitForm();
    private RestrictionForm restrictions = new RestrictionForm();

    @PostConstruct
    void load() {
        CardDetail card = cardView.getCard();
        if (card != null) {
            rights = fleetCard.limitRights(card.id());
            today = allowances.today(card.id(), LimitDraft.NONE);
        }
    }

    /** Opens the limit dialog empty: a daily money limit of the card. */
    public void add() {
        form = new LimitForm();
        preview = today;
    }

    public void edit(CardLimit limit) {
        form = LimitForm.of(limit, language.isRussian());
        preview = today;
    }

    /** What the card could still spend today with the form's limit; the form's mistakes are said at their inputs. */
    public void preview() {
        try {
            preview = allowances.today(card().id(), new LimitDraft(form.getId(), form.rule(), form.isOfContract()));
        } catch (Refusal refused) {
            preview = null;
            refusals().show(refused, form.getMeasure());
        }
    }

    public void save() {
        try {
            if (form.getId() == null) {
                limits.addLimit(card().contractId(), form.isOfContract() ? null : card().id(), form.rule());
            } else {
                limits.changeLimit(form.getId(), form.rule());
            }
            done("fleet.limits.saved");
        } catch (Refusal refused) {
            refusals().show(refused, form.getMeasure());
        }
    }

    public void remove(CardLimit limit) {
        try {
            limits.removeLimit(limit.id());
            done("fleet.limits.removed");
        } catch (Refusal refused) {
            refusals().show(refused, limit.measure());
        } catch (EJBException gone) {
            PageMessages.refuse(null, "fleet.limits.error.gone");
        }
    }

    public void editRestrictions() {
        restrictions = RestrictionForm.of(card().restrictions());
    }

    public void saveRestrictions() {
        try {
            limits.restrict(card().id(), restrictions.getAllowed(), restrictions.getForbidden(), restrictions.getFrom(),
                    restrictions.getTo(), restrictions.getStations(), restrictions.getRegions());
            done("fleet.limits.restrictionsSaved");
        } catch (Refusal refused) {
            new LimitRefusals(RESTRICTIONS_FORM, names).show(refused, LimitMeasure.MONEY);
        }
    }

    private void done(String key) {
        PageMessages.info(key, card().panMasked());
        PrimeFaces.current().ajax().addCallbackParam("saved", true);
        PrimeFaces.current().ajax().update("card");
        cardView.reload();
        load();
    }

    private LimitRefusals refusals() {
        return new LimitRefusals(LIMIT_FORM, names);
    }

    private CardDetail card() {
        return cardView.getCard();
    }

    /** "Today the card can still spend 8 500,00 ₽ and 120,000 L" under the saved limits. */
    public String getTodayText() {
        return today == null ? "" : sentence(today);
    }

    /** The same under the limit in the dialog; empty while the dialog's limit cannot be one. */
    public String getPreviewText() {
        return preview == null ? "" : sentence(preview);
    }

    public String getPreviewBalance() {
        return preview == null || preview.balance() == null ? "" : balanceText(preview);
    }

    public String getTodayBalance() {
        return today == null || today.balance() == null ? "" : balanceText(today);
    }

    private String balanceText(Allowance allowance) {
        return PageMessages.text(card().spendsFromContract() ? "fleet.limits.contractBalance" : "fleet.limits.cardBalance",
                formats.amount(allowance.balance()));
    }

    private String sentence(Allowance allowance) {
        List<String> parts = new ArrayList<>();
        allowance.money().ifPresentOrElse(money -> parts.add(formats.amount(money)),
                () -> parts.add(PageMessages.text("fleet.limits.anyMoney")));
        allowance.litres().ifPresent(litres -> parts.add(formats.amount(litres)));
        allowance.purchases().ifPresent(count -> parts.add(PageMessages.text("fleet.card.purchases", count)));
        String joined = parts.size() == 1 ? parts.get(0) : String.join(", ", parts.subList(0, parts.size() - 1))
                + " " + PageMessages.text("fleet.limits.and") + " " + parts.get(parts.size() - 1);
        return PageMessages.text("fleet.limits.today", joined);
    }

    /** What a saved limit still leaves today, e.g. "осталось 8 500,00 ₽"; empty for a per-purchase limit. */
    public String left(CardLimit limit) {
        if (today == null || limit.period() == LimitPeriod.TRANSACTION) {
            return "";
        }
        return today.of(limit.id()).map(headroom -> PageMessages.text("fleet.limits.left", headroom.measure() == LimitMeasure.COUNT
                ? PageMessages.text("fleet.card.purchases", headroom.left()) : formats.amount(headroom.leftAmount()))).orElse("");
    }

    /** A contract's limit is changed with the right over all its cards, the card's own with the right over the card. */
    public boolean mayChange(CardLimit limit) {
        return limit.ofContract() ? rights.ofContract() : rights.ofCard();
    }

    public LimitRights getRights() {
        return rights;
    }

    public LimitForm getForm() {
        return form;
    }

    public RestrictionForm getRestrictions() {
        return restrictions;
    }

}
