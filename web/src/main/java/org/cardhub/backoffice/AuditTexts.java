package org.cardhub.backoffice;

import org.cardhub.audit.entity.ActorKind;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit trail as a person reads it: an action's code ({@code card.purchase-offline}) becomes words
 * ({@code audit.action.CODE} of the bundle); a code the bundle does not know yet (a new feature's) is spelt out from
 * its area ({@code audit.area.AREA}) and its words, never shown raw. Actors read as a person's address or shortened
 * id, a partner's or terminal's id, or Cardhub itself.
 */
final class AuditTexts {

    /** The actions the page offers to filter by: every code the application writes today. */
    static final List<String> KNOWN_ACTIONS = List.of(
            "application.submit", "application.approve", "application.reject", "application.office",
            "card.ordered", "card.issued", "card.active", "card.blocked", "card.reissued", "card.closed",
            "card.purchase", "card.purchase-offline", "card.authorise", "card.complete", "card.release", "card.reserve",
            "card.settle", "card.sponsored-purchase", "card.auto-top-up.bank-card", "card.group", "card.guardian",
            "card.relisted", "card.vehicle", "canteen.settle",
            "contract.application", "contract.active", "contract.suspended", "contract.closed", "contract.identify",
            "contract.low-balance", "documents.issue", "documents.reissue", "entry.reverse",
            "guardian.linked", "guardian.unlinked", "guardian.link-locked", "guardian.link-unlocked", "hold.expire",
            "lessons.group.opened", "lessons.group.amended", "lessons.offer.added", "lessons.offer.withdrawn",
            "lessons.pupil.enrolled", "lessons.pupil.grouped", "lessons.visit.marked", "lessons.visit.cancelled",
            "lessons.subscription.bought", "lessons.subscription.paid", "lessons.debts.paid", "lessons.debts.choice",
            "limit.change", "meals.benefit.grant", "meals.benefit.end", "meals.budget.open",
            "meals.group-meal.order", "meals.group-meal.cancel", "meals.group-meal.served",
            "meals.menu.save", "meals.menu.publish", "meals.menu.unpublish", "meals.menu.copy-week",
            "meals.pre-order.place", "meals.pre-order.change", "meals.pre-order.cancel", "meals.pre-order.served",
            "meals.pre-order.not-served", "meals.pre-order.absent", "meals.pre-order.lapsed",
            "notifications.settings", "offline.accept", "offline.charge-back",
            "organization.register", "organization.member.add", "organization.member.change", "organization.member.remove",
            "partner.secret-rotated", "period.close", "period.reopen", "phone-code.sent", "phone-code.accepted",
            "phone-code.blocked",
            "purse.top-up", "purse.transfer", "purse.distribute", "purse.correct", "purse.service-charge",
            "purse.auto-top-up", "purse.auto-top-up-rule", "saved-bank-card.removed",
            "school.in", "school.out", "school.class.create", "school.class.teacher", "school.pupils.import",
            "sms-informer.connect", "sms-informer.charge", "sms-informer.suspend", "sms-informer.decline",
            "sms-informer.disconnect", "sms-informer.withdraw", "tariff.discount-add", "tariff.discount-end",
            "terminal.register", "terminal.place", "terminal.rotate-key", "terminal.disable", "terminal.enable",
            "terminal.product", "terminal.product-removed", "terminal.redrive", "terminal.discard",
            "wallet-level.change");

    private static final int SHORT_ID = 8;
    private static final Pattern STATE = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

    /** The bundle's text for a key, or null when it has none. */
    private final Function<String, String> bundle;

    AuditTexts(Function<String, String> bundle) {
        this.bundle = bundle;
    }

    static AuditTexts of(ResourceBundle messages) {
        return new AuditTexts(key -> messages.containsKey(key) ? messages.getString(key) : null);
    }

    String action(String code) {
        if (code == null || code.isBlank()) {
            return text("audit.action.unknown");
        }
        String known = bundle.apply("audit.action." + code);
        if (known != null) {
            return known;
        }
        int dot = code.indexOf('.');
        String area = dot < 0 ? code : code.substring(0, dot);
        String rest = dot < 0 ? "" : words(code.substring(dot + 1));
        String areaText = bundle.apply("audit.area." + area);
        String head = areaText != null ? areaText : capitalised(words(area));
        return rest.isEmpty() ? head : head + ": " + rest;
    }

    /** A record's details, its states in words ({@code ACTIVE → BLOCKED} as "активна → заблокирована"). */
    String details(String details) {
        if (details == null) {
            return "";
        }
        return STATE.matcher(details).replaceAll(match -> {
            String state = bundle.apply("audit.state." + match.group());
            return Matcher.quoteReplacement(state != null ? state : match.group());
        });
    }

    String subject(String type) {
        if (type == null) {
            return "";
        }
        String known = bundle.apply("audit.subject." + type);
        return known != null ? known : capitalised(words(type.toLowerCase(Locale.ROOT)));
    }

    String kind(ActorKind kind) {
        return text("audit.kind." + kind.name());
    }

    /**
     * Who did it: {@code names} holds the people this page knows by address; anybody else is shown by the start of
     * their id (the whole id is the cell's tooltip).
     */
    String who(String actor, Map<String, String> names) {
        ActorKind kind = ActorKind.of(actor);
        return switch (kind) {
            case PERSON -> names.containsKey(actor) ? names.get(actor) : text("audit.person", shortened(actor));
            case PARTNER -> text("audit.partner", kind.bareName(actor));
            case TERMINAL -> text("audit.terminal", kind.bareName(actor));
            case SYSTEM -> actor == null || actor.equals("system") || actor.equals("demo") ? text("audit.system")
                    : text("audit.systemJob", words(kind.bareName(actor)));
        };
    }

    /** The known actions sorted by their words, for the filter's menu. */
    List<String> actionsByText() {
        return KNOWN_ACTIONS.stream().sorted(Comparator.comparing(this::action)).toList();
    }

    static String shortened(String id) {
        return id == null || id.length() <= SHORT_ID ? id : id.substring(0, SHORT_ID) + "…";
    }

    private String text(String key, String... arguments) {
        String text = bundle.apply(key);
        if (text == null) {
            return arguments.length == 0 ? key : arguments[0];
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", arguments[i]);
        }
        return text;
    }

    private static String words(String code) {
        return code.replace('.', ' ').replace('-', ' ').replace('_', ' ').strip();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
