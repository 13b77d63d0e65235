package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.acquiring.boundary.Started;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.lessons.boundary.CentreGroups;
import org.cardhub.lessons.boundary.FamilyLessons;
import org.cardhub.lessons.boundary.LessonOverview;
import org.cardhub.lessons.boundary.LessonOverview.SubscriptionLine;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.refusal.Refusal;

import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A child's lessons at an education centre ({@code lessons.xhtml?card=ID}, the first child without one): the balance,
 * what is ending soon and what is due or in debt, the groups with their offers to buy, and the whole history. Money is
 * paid from the balance (all or a typed part) or by bank card through the acquirer's page; a refusal is told in words
 * at its field and nothing is written.
 */
@Named
@ViewScoped
public class LessonsView implements Serializable {

    @Inject
    FamilyLessons family;

    @Inject
    Language language;

    @Inject
    LessonTexts texts;

    private List<FamilyLessons.Child> children = List.of();
    private Long cardId;
    private LessonOverview overview;
    private boolean settleDebtsFirst;
    private Amount debt;
    private List<SubscriptionLine> endingSoon = List.of();
    private List<SubscriptionLine> paymentDue = List.of();
    private List<LessonOverview.VisitLine> lessonsInDebt = List.of();
    private final Map<Long, String> buyAmounts = new HashMap<>();
    private final Map<Long, String> payAmounts = new HashMap<>();
    private String requestKey = UUID.randomUUID().toString();
    private UUID attempt = UUID.randomUUID();

    @PostConstruct
    void load() {
        children = family.children();
        Long asked = AskedCard.fromAddress();
        if (asked != null && children.stream().noneMatch(child -> child.cardId() == asked)) {
            return; // not one of the parent's children at a centre: the page says there is no such pupil
        }
        cardId = asked != null ? asked : children.isEmpty() ? null : children.get(0).cardId();
        if (cardId != null) {
            reload();
        }
    }

    /** Buys a subscription of the offer from the balance: the part typed, or the whole price when nothing is typed. */
    public void buy(long offerId, String field) {
        String typed = buyAmounts.get(offerId);
        Amount most = null;
        try {
            CentreGroups.Offer offer = offer(offerId);
            most = offer.price();
            Amount payNow = typed == null || typed.isBlank() ? offer.price() : TypedRoubles.toMove(typed);
            family.buy(cardId, offerId, payNow, requestKey);
            requestKey = UUID.randomUUID().toString();
            buyAmounts.remove(offerId);
            PageMessages.info("lessons.bought", texts.offer(offer), texts.amount(payNow));
            reload();
        } catch (Refusal refused) {
            refuse(field, refused, most);
        }
    }

    /** Pays the typed part (or the rest) of a subscription or a course from the balance. */
    public void pay(long subscriptionId, String field) {
        Amount most = null;
        try {
            SubscriptionLine line = subscription(subscriptionId);
            most = line.due();
            Amount amount = TypedRoubles.toMove(payAmounts.get(subscriptionId));
            family.pay(cardId, subscriptionId, amount);
            payAmounts.remove(subscriptionId);
            PageMessages.info("lessons.paidDone", texts.amount(amount), line.group());
            reload();
        } catch (Refusal refused) {
            refuse(field, refused, most);
        }
    }

    public void payDebts() {
        try {
            int paid = family.payDebts(cardId);
            if (paid == 0) {
                PageMessages.warn("lessons.debtsNotPaid", texts.amount(overview.balance()));
            } else {
                PageMessages.info("lessons.debtsPaid", paid);
            }
            reload();
        } catch (Refusal refused) {
            refuse(null, refused, overview.balance());
        }
    }

    public void changeSettleDebtsFirst() {
        try {
            family.settleDebtsFirst(cardId, settleDebtsFirst);
            PageMessages.info(settleDebtsFirst ? "lessons.settleFirst.on" : "lessons.settleFirst.off");
            reload();
        } catch (Refusal refused) {
            settleDebtsFirst = overview.settleDebtsFirst();
            refuse(null, refused, overview.balance());
        }
    }

    /** Buys a subscription of the offer by bank card: its whole price, off to the acquirer's page. */
    public void buyByCard(long offerId, String field) throws IOException {
        CentreGroups.Offer offer;
        try {
            offer = offer(offerId);
        } catch (Refusal refused) {
            refuse(field, refused, null);
            return;
        }
        startCardPayment(offerId, null, offer.price(), field, offer.price());
    }

    /** Pays the typed part of a subscription or a course by bank card, off to the acquirer's page. */
    public void payByCard(long subscriptionId, String field) throws IOException {
        Amount most = null;
        Amount amount;
        try {
            most = subscription(subscriptionId).due();
            amount = TypedRoubles.toMove(payAmounts.get(subscriptionId));
        } catch (Refusal refused) {
            refuse(field, refused, most);
            return;
        }
        startCardPayment(null, subscriptionId, amount, field, most);
    }

    private void startCardPayment(Long offerId, Long subscriptionId, Amount amount, String field, Amount most)
            throws IOException {
        Started started;
        try {
            started = family.payByBankCard(cardId, offerId, subscriptionId, amount, attempt);
        } catch (Refusal refused) {
            refuse(field, refused, most);
            return;
        } finally {
            attempt = UUID.randomUUID();
        }
        if (!started.mayPay()) {
            PageMessages.refuse(null, "topup.notStarted", started.refusal().text(language.getLocale()));
            return;
        }
        FacesContext.getCurrentInstance().getExternalContext().redirect(started.confirmationUrl());
    }

    /** Says the refusal and shows the figures as they are now, since another tab may have moved them. */
    private void refuse(String field, Refusal refused, Amount most) {
        try {
            reload();
        } catch (AccessDeniedException gone) {
            overview = null;
        }
        LessonRefusals.tell(field, refused, overview == null ? Amount.zero(Currency.RUB) : overview.balance(), most,
                language.getLocale());
    }

    private void reload() {
        overview = family.overview(cardId);
        settleDebtsFirst = overview.settleDebtsFirst();
        endingSoon = overview.endingSoon();
        paymentDue = overview.paymentDue();
        lessonsInDebt = overview.lessonsInDebt();
        debt = overview.groups().stream().map(LessonOverview.GroupLine::debt).reduce(Amount.zero(Currency.RUB), Amount::plus);
    }

    private CentreGroups.Offer offer(long offerId) {
        return overview.groups().stream().flatMap(group -> group.offers().stream()).filter(offer -> offer.id() == offerId)
                .findFirst().orElseThrow(() -> new AccessDeniedException("offer", offerId));
    }

    private SubscriptionLine subscription(long subscriptionId) {
        return overview.subscriptions().stream().filter(line -> line.id() == subscriptionId).findFirst()
                .orElseThrow(() -> new AccessDeniedException("subscription", subscriptionId));
    }

    /** The total owed for lessons in debt, of the groups that price a lesson. */
    public Amount getDebt() {
        return debt;
    }

    public List<SubscriptionLine> getEndingSoon() {
        return endingSoon;
    }

    public List<SubscriptionLine> getPaymentDue() {
        return paymentDue;
    }

    public List<LessonOverview.VisitLine> getLessonsInDebt() {
        return lessonsInDebt;
    }

    public List<FamilyLessons.Child> getChildren() {
        return children;
    }

    public Long getCardId() {
        return cardId;
    }

    public LessonOverview getOverview() {
        return overview;
    }

    public boolean isSettleDebtsFirst() {
        return settleDebtsFirst;
    }

    public void setSettleDebtsFirst(boolean settleDebtsFirst) {
        this.settleDebtsFirst = settleDebtsFirst;
    }

    public Map<Long, String> getBuyAmounts() {
        return buyAmounts;
    }

    public Map<Long, String> getPayAmounts() {
        return payAmounts;
    }
}
