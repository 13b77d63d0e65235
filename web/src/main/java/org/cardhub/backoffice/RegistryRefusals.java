package org.cardhub.backoffice;

import org.cardhub.cabinet.PageMessages;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.organizations.entity.OrganizationDraft;
import org.cardhub.organizations.entity.OrganizationRefusal;
import org.cardhub.refusal.Refusal;
import org.cardhub.registry.entity.RegistryRefusal;

import java.util.Locale;
import java.util.Set;

/**
 * What the registry's pages say when the application refuses: each organisation problem at its input (the words are the
 * application form's, {@code onboarding.error.REASON}), a search or a reason at its input ({@code bo.error.CODE}), a
 * card's rule with the card's masked number ({@code fleet.cards.error.CODE}); anything else as refused, never raw.
 */
final class RegistryRefusals {

    private static final Set<String> CARD_RULES = Set.of("STATUS_TRANSITION", "PERMANENT_BLOCK", "MONEY_LEFT");

    private RegistryRefusals() {
    }

    /** Problems of an organisation typed in the form {@code formId}, each at its input. */
    static void showOrganization(Refusal refused, String formId) {
        if (refused instanceof OrganizationRefusal organization && !organization.problems().isEmpty()) {
            for (OrganizationDraft.Problem problem : organization.problems()) {
                String key = problem.reason().equals(OrganizationRefusal.Code.INN_KPP_TAKEN.name())
                        ? "bo.org.error.INN_KPP_TAKEN" : "onboarding.error." + problem.reason();
                PageMessages.refuse(formId + ":" + inputOf(problem.field()), key);
            }
        } else {
            show(refused, null, null);
        }
    }

    /** A refusal of a search or a staff action: about {@code inputId} when it is about what was typed there. */
    static void show(Refusal refused, String inputId, String panMasked) {
        if (refused instanceof RegistryRefusal registry) {
            boolean aboutInput = refused.code().kind() == Refusal.Kind.MALFORMED;
            PageMessages.refuse(aboutInput ? inputId : null, "bo.error." + registry.code());
        } else if (refused instanceof InvalidCardOperationException card && CARD_RULES.contains(card.code().name())) {
            PageMessages.refuse(null, "fleet.cards.error." + card.code(), panMasked);
        } else if (refused instanceof InvalidContractException) {
            PageMessages.refuse(null, "bo.error.TRANSITION_NOT_OFFERED");
        } else if (refused.code().kind() == Refusal.Kind.NOT_FOUND) {
            PageMessages.refuse(null, "bo.error.gone");
        } else {
            PageMessages.refuse(null, "bo.error.refused");
        }
    }

    static String inputOf(OrganizationDraft.Field field) {
        return field == OrganizationDraft.Field.TIME_ZONE ? "timeZone" : field.name().toLowerCase(Locale.ROOT);
    }
}
