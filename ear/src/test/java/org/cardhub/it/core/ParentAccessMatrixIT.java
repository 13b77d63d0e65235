package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The parents' and pupils' access matrix: every person × every child's card × every page action of the parent's and
 * the pupil's cabinets ({@link ParentActions}). A parent reaches only the children linked to them, a pupil only their
 * own card and only to look, and a child unlinked a moment ago is as unknown as a stranger's; every refused cell is
 * refused as unknown (or by role) and leaves the card exactly as it was — status, purses, holds, guardians, journal,
 * limits, restrictions and audit. Allowed cells that only read are carried out; allowed changes are proven where they
 * land, in the slices' own ITs, and here only their refusals.
 */
@ExtendWith(ArquillianExtension.class)
class ParentAccessMatrixIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return CoreTestDeployment.shared();
    }

    enum Who { PARENT, OTHER_PARENT, PUPIL }

    /** Иван (parent's, and the pupil's own card), Мария (parent's; the pupil's sister), Алексей (parent2's), one unlinked. */
    enum Child { IVAN, MARIA, ALEXEY, UNLINKED_A_MOMENT_AGO }

    @EJB
    BackOffice backOffice;

    @EJB
    AsParent parent;

    @EJB
    AsOtherParent otherParent;

    @EJB
    AsPupil pupil;

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @EJB
    Cards cards;

    @EJB
    ParentActions actions;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    private final Map<Child, Card> children = new EnumMap<>(Child.class);

    @BeforeEach
    void aSchoolWithTwoChildrenOfParentOneOfParent2AndOneParentJustUnlinked() throws Exception {
        long organization = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        Contract school = backOffice.call(() -> contracts.activate(contracts.openSchool(organization).id(), "signed"));
        Card ivan = backOffice.call(() -> {
            Card card = cards.order(school.id(), CardForm.PLASTIC, new Card.Holder(HolderKind.PUPIL, "Петров Иван", "pupil")).card();
            cards.issue(card.id());
            return cards.activate(card.id());
        });
        List<Card> others = backOffice.call(() -> fixtures.activeCards(school.id(), HolderKind.PUPIL, 3));
        children.put(Child.IVAN, ivan);
        children.put(Child.MARIA, others.get(0));
        children.put(Child.ALEXEY, others.get(1));
        children.put(Child.UNLINKED_A_MOMENT_AGO, others.get(2));
        backOffice.run(() -> {
            cards.addGuardian(ivan.id(), "parent");
            cards.addGuardian(others.get(0).id(), "parent");
            cards.addGuardian(others.get(1).id(), "parent2");
            cards.addGuardian(others.get(2).id(), "parent");
        });
        for (Card card : children.values()) {
            backOffice.call(() -> fixtures.topUpCard(card.id(), "300.00"));
        }
        parent.call(() -> {
            actions.unlink(children.get(Child.UNLINKED_A_MOMENT_AGO).id());
            return null;
        });
    }

    @Test
    void everyoneReachesOnlyTheirOwnChildrenAndARefusedCellChangesNothing() throws Exception {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Who who : Who.values()) {
            for (Child child : Child.values()) {
                long target = children.get(child).id();
                long own = children.get(switch (who) {
                    case PARENT -> Child.IVAN;
                    case OTHER_PARENT -> Child.ALEXEY;
                    case PUPIL -> child == Child.IVAN ? Child.MARIA : Child.IVAN;
                }).id();
                for (ParentActions.Action action : actions.all()) {
                    cells++;
                    boolean reaches = reaches(who, child) && (who != Who.PUPIL || action.reach() == ParentActions.Reach.PUPIL_READS);
                    if (reaches && action.changes()) {
                        continue;
                    }
                    String before = stateOf(target);
                    Throwable thrown = catchThrowable(() -> as(who, () -> action.call().on(target, own)));
                    String after = stateOf(target);
                    String cell = who + " × " + child + " × " + action.name();
                    if (reaches && thrown != null) {
                        wrong.add(cell + ": refused " + thrown);
                    } else if (!reaches && !refusedAsUnknown(thrown)) {
                        wrong.add(cell + ": " + (thrown == null ? "allowed" : "refused otherwise: " + thrown));
                    }
                    if (!reaches && !before.equals(after)) {
                        wrong.add(cell + ": changed " + before + " → " + after);
                    }
                }
            }
        }
        assertThat(cells).isGreaterThan(100);
        assertThat(wrong).as("the cells that break the rules").isEmpty();
    }

    private static boolean reaches(Who who, Child child) {
        return switch (who) {
            case PARENT -> child == Child.IVAN || child == Child.MARIA;
            case OTHER_PARENT -> child == Child.ALEXEY;
            case PUPIL -> child == Child.IVAN;
        };
    }

    private static boolean refusedAsUnknown(Throwable thrown) {
        return thrown != null && Stream.iterate(thrown, link -> link != null, Throwable::getCause)
                .anyMatch(link -> link instanceof AccessDeniedException || link instanceof EJBAccessException);
    }

    private <T> T as(Who who, Callable<T> work) throws Exception {
        return switch (who) {
            case PARENT -> parent.call(work);
            case OTHER_PARENT -> otherParent.call(work);
            case PUPIL -> pupil.call(work);
        };
    }

    /** Everything about a card a refused action could have touched, as one line. */
    private String stateOf(long cardId) throws Exception {
        String sql = "SELECT c.status"
                + " || '|' || (SELECT COALESCE(SUM(a.balance_minor), 0) || ':' || COALESCE(SUM(a.held_minor), 0) || ':'"
                + "     || COALESCE(SUM(a.version), 0) FROM account a WHERE a.card_id = c.id)"
                + " || '|' || (SELECT COUNT(*) FROM card_guardian g WHERE g.card_id = c.id)"
                + " || '|' || (SELECT COUNT(*) FROM journal_entry e WHERE e.card_id = c.id)"
                + " || '|' || (SELECT COUNT(*) || ':' || COALESCE(SUM(l.version), 0) FROM spending_limit l WHERE l.card_id = c.id)"
                + " || '|' || (SELECT COUNT(*) || ':' || COALESCE(SUM(r.version), 0) FROM card_restriction r WHERE r.card_id = c.id)"
                + " || '|' || (SELECT COUNT(*) FROM audit_event v WHERE v.subject_id = CAST(c.id AS VARCHAR(64)))"
                + " || '|' || (SELECT COUNT(*) FROM card n WHERE n.reissued_from_id = c.id)"
                + " || '|' || (SELECT COUNT(*) FROM card_payment p WHERE p.card_id = c.id)"
                + " || '|' || (SELECT COUNT(*) || ':' || COALESCE(SUM(t.version), 0) FROM bank_card_auto_top_up t WHERE t.card_id = c.id)"
                + " || '|' || (SELECT COUNT(*) FROM meal_pre_order m WHERE m.card_id = c.id)"
                + " FROM card c WHERE c.id = ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, cardId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
