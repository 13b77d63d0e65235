package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Actors;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.limits.entity.InvalidLimitException;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.refusal.Refusal;
import org.cardhub.school.boundary.ChildLimits;
import org.cardhub.school.boundary.ChildMoney;
import org.cardhub.school.entity.ChildBalances;
import org.cardhub.school.entity.ChildRules;
import org.cardhub.school.entity.InvalidChildRequestException;
import org.cardhub.school.entity.PupilRules;
import org.cardhub.school.entity.RuleChange;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A child's limits ({@code limits.xhtml?card=ID}): the daily limit and the limit per purchase in roubles (empty for
 * none), the school's categories the card may not buy, the hours it may pay in, what the child can still spend today in
 * the school's day, and every change old → new with who and when (the school's time). Bad input is told at its field and
 * nothing is saved; saving the same rules again changes nothing and says so.
 */
@Named
@ViewScoped
public class ParentLimitsView implements Serializable {

    static final String DAILY = "limits:daily";
    static final String PER_PURCHASE = "limits:perPurchase";
    static final String FORBIDDEN = "limits:forbidden";
    static final String FROM = "limits:from";
    static final String TO = "limits:to";

    /** A line of the history, said in the reader's language. */
    public record HistoryLine(String when, String who, String what, String before, String after) implements Serializable {
    }

    /** A category the parent may forbid, by its name. */
    public record CategoryOption(String code, String name) implements Serializable {
    }

    @Inject
    ChildLimits limits;

    @Inject
    ChildMoney money;

    @Inject
    Formats formats;

    @Inject
    Actors actors;

    @Inject
    Language language;

    private Long cardId;
    private ChildRules rules;
    private List<ChildBalances> children = List.of();
    private List<CategoryOption> categories = List.of();
    private List<HistoryLine> history = List.of();
    private String today;
    private String daily;
    private String perPurchase;
    private List<String> forbidden = new ArrayList<>();
    private String from;
    private String to;

    @PostConstruct
    void load() {
        children = money.mine();
        cardId = AskedCard.fromAddress();
        if (cardId == null && !children.isEmpty()) {
            cardId = children.get(0).cardId();
        }
        categories = PupilRules.CATEGORIES.stream()
                .map(code -> new CategoryOption(code, PageMessages.text("plimits.category." + code))).toList();
        reload();
    }

    private void reload() {
        try {
            rules = cardId == null ? null : limits.of(cardId);
        } catch (AccessDeniedException gone) {
            rules = null;
        }
        if (rules == null) {
            return;
        }
        PupilRules set = rules.rules();
        daily = TypedRoubles.shown(set.daily(), language.isRussian());
        perPurchase = TypedRoubles.shown(set.perPurchase(), language.isRussian());
        forbidden = new ArrayList<>(set.forbidden());
        from = set.from() == null ? null : set.from().toString();
        to = set.to() == null ? null : set.to().toString();
        today = rules.today().limited()
                ? PageMessages.text("plimits.today", formats.amount(rules.today().left()), formats.amount(rules.today().daily()))
                : PageMessages.text("plimits.todayNoLimit", formats.amount(rules.today().left()));
        history = rules.history().stream().map(change -> new HistoryLine(formats.dateTime(change.at(), rules.zone()),
                actors.who(change.actor()), PageMessages.text("plimits.aspect." + change.aspect()),
                describe(change.aspect(), change.before()), describe(change.aspect(), change.after()))).toList();
    }

    public void save() {
        PupilRules wanted = asked();
        if (wanted == null) {
            return;
        }
        try {
            boolean changed = limits.save(cardId, wanted);
            PageMessages.info(changed ? "plimits.saved" : "plimits.unchanged");
        } catch (InvalidChildRequestException refused) {
            PageMessages.refuse(fieldOf(refused.code()), "plimits.error." + refused.code(), formats.amount(PupilRules.MAX_LIMIT));
            return;
        } catch (InvalidLimitException refused) {
            PageMessages.refuse(null, refused.code() == InvalidLimitException.Code.LIMIT_OUTSIDE_RESTRICTION
                    ? "plimits.error.outsideRestriction" : "plimits.error.refused");
            return;
        } catch (AccessDeniedException gone) {
            PageMessages.refuse(null, "plimits.error.gone");
            return;
        } catch (Refusal | EJBException refused) {
            PageMessages.refuse(null, "plimits.error.refused");
            return;
        }
        reload();
    }

    /** The rules the form asks for; null, with each problem told at its field, when they cannot be. */
    private PupilRules asked() {
        Amount dailyLimit = limit(DAILY, daily);
        Amount purchaseLimit = limit(PER_PURCHASE, perPurchase);
        LocalTime start = time(FROM, from);
        LocalTime end = time(TO, to);
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return null;
        }
        try {
            return new PupilRules(dailyLimit, purchaseLimit, forbidden, start, end);
        } catch (InvalidChildRequestException refused) {
            PageMessages.refuse(fieldOf(refused.code()), "plimits.error." + refused.code(), formats.amount(PupilRules.MAX_LIMIT));
            return null;
        }
    }

    private Amount limit(String field, String typed) {
        try {
            return PupilRules.requireLimit(TypedRoubles.limit(typed));
        } catch (InvalidAmountException refused) {
            PageMessages.refuse(field, "plimits.amount." + refused.code());
        } catch (InvalidChildRequestException refused) {
            PageMessages.refuse(field, "plimits.error." + refused.code(), formats.amount(PupilRules.MAX_LIMIT));
        }
        return null;
    }

    private static LocalTime time(String field, String typed) {
        try {
            return PupilRules.time(typed);
        } catch (InvalidChildRequestException refused) {
            PageMessages.refuse(field, "plimits.error." + refused.code());
            return null;
        }
    }

    private static String fieldOf(InvalidChildRequestException.Code code) {
        return switch (code) {
            case CATEGORY_UNKNOWN -> FORBIDDEN;
            case HOURS_INCOMPLETE, HOURS_FORMAT -> FROM;
            case HOURS_REVERSED -> TO;
            case LIMIT_NEGATIVE, LIMIT_ZERO, LIMIT_ABOVE_MAXIMUM, AMOUNT_NOT_ROUBLES -> DAILY;
            default -> null;
        };
    }

    /** A value of the history in words: roubles, categories by name, hours; "none" for nothing. */
    private String describe(RuleChange.Aspect aspect, String value) {
        if (aspect == RuleChange.Aspect.OTHER) {
            return "";
        }
        if (value == null) {
            return PageMessages.text("plimits.none");
        }
        return switch (aspect) {
            case DAILY, PER_PURCHASE -> formats.amount(Amount.parse(value, Currency.RUB));
            case FORBIDDEN -> String.join(", ", Arrays.stream(value.split(",")).map(this::categoryName).toList());
            default -> value;
        };
    }

    private String categoryName(String code) {
        return categories.stream().filter(option -> option.code().equals(code)).map(CategoryOption::name).findFirst()
                .orElse(code);
    }

    public ChildRules getRules() {
        return rules;
    }

    public List<ChildBalances> getChildren() {
        return children;
    }

    public List<CategoryOption> getCategories() {
        return categories;
    }

    public List<HistoryLine> getHistory() {
        return history;
    }

    public String getToday() {
        return today;
    }

    public String getDaily() {
        return daily;
    }

    public void setDaily(String daily) {
        this.daily = daily;
    }

    public String getPerPurchase() {
        return perPurchase;
    }

    public void setPerPurchase(String perPurchase) {
        this.perPurchase = perPurchase;
    }

    public List<String> getForbidden() {
        return forbidden;
    }

    public void setForbidden(List<String> forbidden) {
        this.forbidden = forbidden == null ? new ArrayList<>() : new ArrayList<>(forbidden);
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
