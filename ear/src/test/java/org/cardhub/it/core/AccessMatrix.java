package org.cardhub.it.core;

import org.cardhub.callers.CompanyRight;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static org.cardhub.callers.CompanyRight.BLOCK_CARDS;
import static org.cardhub.callers.CompanyRight.CHANGE_LIMITS;
import static org.cardhub.callers.CompanyRight.MOVE_MONEY;
import static org.cardhub.it.core.AccessMatrix.What.CARD_IN_GROUP_A;
import static org.cardhub.it.core.AccessMatrix.What.CARD_IN_GROUP_B;
import static org.cardhub.it.core.AccessMatrix.What.CARD_OF_OTHER_COMPANY;
import static org.cardhub.it.core.AccessMatrix.What.CONTRACT_OF_OTHER_COMPANY;
import static org.cardhub.it.core.AccessMatrix.What.CONTRACT_OF_THE_COMPANY;
import static org.cardhub.it.core.AccessMatrix.What.GROUP_A;
import static org.cardhub.it.core.AccessMatrix.What.GROUP_B;
import static org.cardhub.it.core.AccessMatrix.What.GROUP_OF_OTHER_COMPANY;
import static org.cardhub.it.core.AccessMatrix.What.USERS_OF_OTHER_COMPANY;
import static org.cardhub.it.core.AccessMatrix.What.USERS_OF_THE_COMPANY;

/**
 * The corporate cabinet's access rules as the access matrix ITs ({@link CorporateAccessMatrix}) expect them: the
 * people, the objects, what each person reaches and which rights they hold, each action's rule, and from these the
 * answer of every cell (see {@link #expected}).
 */
public final class AccessMatrix {

    private AccessMatrix() {
    }

    public enum Kind { CARD, GROUP, CONTRACT, USERS }

    /**
     * The objects: the test company's card A in group A and card B in group B, both groups, its contract and its users;
     * another company's card, its group, its contract and its users.
     */
    public enum What {
        CARD_IN_GROUP_A(Kind.CARD, false), CARD_IN_GROUP_B(Kind.CARD, false), GROUP_A(Kind.GROUP, false),
        GROUP_B(Kind.GROUP, false), CONTRACT_OF_THE_COMPANY(Kind.CONTRACT, false), USERS_OF_THE_COMPANY(Kind.USERS, false),
        CARD_OF_OTHER_COMPANY(Kind.CARD, true), GROUP_OF_OTHER_COMPANY(Kind.GROUP, true),
        CONTRACT_OF_OTHER_COMPANY(Kind.CONTRACT, true), USERS_OF_OTHER_COMPANY(Kind.USERS, true);

        final Kind kind;
        private final boolean ofOtherCompany;

        What(Kind kind, boolean ofOtherCompany) {
            this.kind = kind;
            this.ofOtherCompany = ofOtherCompany;
        }

        What contract() {
            return ofOtherCompany ? CONTRACT_OF_OTHER_COMPANY : CONTRACT_OF_THE_COMPANY;
        }
    }

    /** The objects a person reaches, and whether that is all of a company's cards (a group-limited person's is not). */
    public enum Reach {
        THE_COMPANY(true, CARD_IN_GROUP_A, CARD_IN_GROUP_B, GROUP_A, GROUP_B, CONTRACT_OF_THE_COMPANY, USERS_OF_THE_COMPANY),
        GROUP_A_OF_THE_COMPANY(false, CARD_IN_GROUP_A, GROUP_A, CONTRACT_OF_THE_COMPANY, USERS_OF_THE_COMPANY),
        THE_OTHER_COMPANY(true, CARD_OF_OTHER_COMPANY, GROUP_OF_OTHER_COMPANY, CONTRACT_OF_OTHER_COMPANY, USERS_OF_OTHER_COMPANY),
        NOTHING(false),
        EVERYTHING(true, What.values());

        final boolean allCards;
        final Set<What> objects;

        Reach(boolean allCards, What... objects) {
            this.allCards = allCards;
            this.objects = objects.length == 0 ? EnumSet.noneOf(What.class) : EnumSet.copyOf(Arrays.asList(objects));
        }
    }

    /** The people of the matrix, each acting through a run-as bean of the test archive (see glassfish-ejb-jar.xml). */
    public enum Who {
        /** {@code fleet}: the company's administrator. */
        ADMINISTRATOR(Reach.THE_COMPANY, EnumSet.allOf(CompanyRight.class)),
        /** {@code fleet2}: manages group A, may change limits and block cards. */
        GROUP_MANAGER(Reach.GROUP_A_OF_THE_COMPANY, EnumSet.of(CHANGE_LIMITS, BLOCK_CARDS)),
        /** {@code fleet4}: manages group A, may only block cards. */
        GROUP_BLOCKER(Reach.GROUP_A_OF_THE_COMPANY, EnumSet.of(BLOCK_CARDS)),
        /** {@code fleet5}: manages group A, may only move money. */
        GROUP_TREASURER(Reach.GROUP_A_OF_THE_COMPANY, EnumSet.of(MOVE_MONEY)),
        /** {@code fleet3}: the administrator of another company. */
        OTHER_COMPANY(Reach.THE_OTHER_COMPANY, EnumSet.allOf(CompanyRight.class)),
        PARENT(Reach.NOTHING, EnumSet.noneOf(CompanyRight.class)),
        BACK_OFFICE(Reach.EVERYTHING, EnumSet.allOf(CompanyRight.class));

        final Reach reach;
        final Set<CompanyRight> rights;

        Who(Reach reach, Set<CompanyRight> rights) {
            this.reach = reach;
            this.rights = rights;
        }
    }

    public enum Outcome {
        DONE,
        /** Refused as if it did not exist: AccessDeniedException, the container's role check, or left out of a list. */
        UNSEEN,
        RIGHT_MISSING,
        /** Let through by the access checks and refused by the object's own rule (another refusal). */
        REFUSED_BY_RULE
    }

    /**
     * What an action applies to and what it needs.
     *
     * @param on                   the kinds of object it is asked about
     * @param right                the company right it needs, null for looking
     * @param overAllCards         on anything but a single card, the right counts only with all the company's cards in
     *                             reach (the boundary asks {@code requireContractRight}); otherwise it is asked card by card
     * @param askedAtContractFirst the right is asked at the card's contract before the card is looked at, so a person of
     *                             the contract without it is refused for the right even for a card out of their groups
     * @param ofTheCabinetOnly     a view of the caller's own companies, which the back office (no company's person) lacks
     * @param refusalsOnly         only the refused cells are tried (a cell let through would make a Keycloak account)
     */
    public record Rule(Set<Kind> on, CompanyRight right, boolean overAllCards, boolean askedAtContractFirst,
                boolean ofTheCabinetOnly, boolean refusalsOnly) {

        static Rule looking(Kind... on) {
            return new Rule(EnumSet.copyOf(Arrays.asList(on)), null, false, false, false, false);
        }

        static Rule needing(CompanyRight right, Kind... on) {
            return new Rule(EnumSet.copyOf(Arrays.asList(on)), right, false, false, false, false);
        }

        static Rule needingOverAllCards(CompanyRight right, Kind... on) {
            return new Rule(EnumSet.copyOf(Arrays.asList(on)), right, true, false, false, false);
        }

        Rule contractFirst() {
            return new Rule(on, right, overAllCards, true, ofTheCabinetOnly, refusalsOnly);
        }

        Rule cabinetOnly() {
            return new Rule(on, right, overAllCards, askedAtContractFirst, true, refusalsOnly);
        }

        Rule triedOnlyWhereRefused() {
            return new Rule(on, right, overAllCards, askedAtContractFirst, ofTheCabinetOnly, true);
        }

        boolean appliesTo(What what) {
            return on.contains(what.kind);
        }
    }

    /** An action of the matrix: an enum constant of an IT, with its rule. */
    public interface Action {
        Rule rule();
    }

    /**
     * What the cells of an object act on: the company, the contract and a card (a group's card; for a contract or the
     * users, card A or the other company's card), a group (the card's; for a contract, a group its card is not in, to
     * move it there), and the card's purchase of its own product.
     */
    public record Target(long organizationId, long contractId, String contractNumber, long cardId, String panMasked, long groupId,
                  long purchaseId, String product) {

        Target withCard(long id, String pan) {
            return new Target(organizationId, contractId, contractNumber, id, pan, groupId, purchaseId, product);
        }

        Target withGroup(long id) {
            return new Target(organizationId, contractId, contractNumber, cardId, panMasked, id, purchaseId, product);
        }
    }

    /**
     * What the rules say: out of reach is unseen; in reach, an action needs its right, and over more than one card
     * (when its rule says so) all of the company's cards in reach too.
     */
    static Outcome expected(Who who, What what, Rule rule) {
        if (rule.ofTheCabinetOnly() && who == Who.BACK_OFFICE) {
            return Outcome.UNSEEN;
        }
        boolean holds = rule.right() == null || who.rights.contains(rule.right());
        if (rule.askedAtContractFirst() && who.reach.objects.contains(what.contract()) && !holds) {
            return Outcome.RIGHT_MISSING;
        }
        if (!who.reach.objects.contains(what)) {
            return Outcome.UNSEEN;
        }
        boolean needsAllCards = rule.overAllCards() && what.kind != Kind.CARD;
        return holds && (!needsAllCards || who.reach.allCards) ? Outcome.DONE : Outcome.RIGHT_MISSING;
    }
}
