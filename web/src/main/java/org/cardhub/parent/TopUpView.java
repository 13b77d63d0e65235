package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.acquiring.boundary.BankCardTopUps;
import org.cardhub.acquiring.boundary.PaymentView;
import org.cardhub.acquiring.boundary.Started;
import org.cardhub.acquiring.boundary.TopUpQuote;
import org.cardhub.acquiring.boundary.TopUpTerms;
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

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Top up a child's general or canteen balance by bank card ({@code topup.xhtml?card=ID}): only the parent's own
 * children to choose from, the fee and the total shown as the amount is typed, then off to the acquirer's page. One
 * visit of the page is one attempt: pressing "pay" twice pays once.
 */
@Named
@ViewScoped
public class TopUpView implements Serializable {

    private static final int RECENT = 5;

    @Inject
    BankCardTopUps topUps;

    @Inject
    Children children;

    @Inject
    Language language;

    private List<Child> mine = List.of();
    private Long cardId;
    private TopUpTerms terms;
    private AccountPurpose purse = AccountPurpose.MAIN;
    private String amount;
    private boolean saveCard;
    private TopUpQuote quote;
    private List<PaymentView> recent = List.of();
    private final UUID attempt = UUID.randomUUID();

    @PostConstruct
    void load() {
        mine = children.mine();
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("card");
        Long wanted = ParentPages.idOf(asked);
        if (asked != null && (wanted == null || mine.stream().noneMatch(child -> child.cardId() == wanted))) {
            return; // not one of the parent's children: the page says there is no such card
        }
        cardId = wanted != null ? wanted : mine.isEmpty() ? null : mine.get(0).cardId();
        chooseChild();
    }

    /** After the child is chosen: their card's terms (the fee) and latest payments; the total is counted again. */
    public void chooseChild() {
        try {
            terms = cardId == null ? null : topUps.terms(cardId);
            recent = cardId == null ? List.of() : topUps.recent(cardId, RECENT);
        } catch (AccessDeniedException e) {
            terms = null;
            recent = List.of();
        }
        recount();
    }

    /** As the amount is typed: the fee and the total, or nothing while it is not an amount in range. */
    public void recount() {
        quote = null;
        if (terms == null || amount == null || amount.isBlank()) {
            return;
        }
        try {
            quote = topUps.quote(terms.cardId(), TopUpAmount.parse(amount));
        } catch (InvalidTopUpException e) {
            quote = null;
        }
    }

    /** Starts the payment and sends the browser to the acquirer's page; a refused amount is told at the field. */
    public void pay() throws IOException {
        if (terms == null) {
            PageMessages.refuse(null, "topup.noCard");
            return;
        }
        Amount typed;
        try {
            typed = TopUpAmount.parse(amount);
        } catch (InvalidTopUpException e) {
            PageMessages.refuse("topup:amount", "topup.amount." + e.code(), formats(ParentPages.boundOf(e.code())));
            return;
        }
        Started started;
        try {
            started = topUps.start(terms.cardId(), purse, typed, saveCard, attempt);
        } catch (AccessDeniedException e) {
            PageMessages.refuse(null, "topup.noCard");
            return;
        } catch (Refusal e) {
            PageMessages.refuse(null, "topup.refused");
            return;
        }
        if (!started.mayPay()) {
            PageMessages.refuse(null, "topup.notStarted", started.refusal().text(language.getLocale()));
            return;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(started.confirmationUrl());
    }

    /** "Без комиссии", or the rate and the minimum of the child's programme. */
    public String getFeeTerms() {
        return terms == null ? "" : ParentPages.feeTerms(terms.fee(), language.getLocale());
    }

    public String getRange() {
        return PageMessages.text("topup.amount.range", formats(TopUpAmount.MINIMUM), formats(TopUpAmount.MAXIMUM));
    }

    /** A payment's line in the latest ones: its amount, where it went and how it ended. */
    public String outcomeOf(PaymentView payment) {
        return ParentPages.outcome(payment, language.getLocale());
    }

    public String amountOf(Amount value) {
        return formats(value);
    }

    private String formats(Amount value) {
        return Formats.amount(value, language.getLocale());
    }

    public AccountPurpose[] getPurses() {
        return new AccountPurpose[]{AccountPurpose.MAIN, AccountPurpose.CANTEEN};
    }

    public List<Child> getMine() {
        return mine;
    }

    public Long getCardId() {
        return cardId;
    }

    public void setCardId(Long cardId) {
        this.cardId = cardId;
    }

    public TopUpTerms getTerms() {
        return terms;
    }

    public AccountPurpose getPurse() {
        return purse;
    }

    public void setPurse(AccountPurpose purse) {
        this.purse = purse;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public boolean isSaveCard() {
        return saveCard;
    }

    public void setSaveCard(boolean saveCard) {
        this.saveCard = saveCard;
    }

    public TopUpQuote getQuote() {
        return quote;
    }

    public List<PaymentView> getRecent() {
        return recent;
    }
}
