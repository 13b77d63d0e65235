package org.cardhub.it.core;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.school.boundary.ChildCards;
import org.cardhub.school.boundary.ChildLimits;
import org.cardhub.school.boundary.ChildMoney;
import org.cardhub.school.boundary.Guardians;
import org.cardhub.school.boundary.SchoolDays;
import org.cardhub.school.entity.ChildMove;
import org.cardhub.school.entity.PupilRules;
import org.cardhub.school.entity.PurseChoice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Every action of the parent's and the pupil's pages on a child's card, as the access matrix ({@link ParentAccessMatrixIT})
 * tries them: by whom it may be done when the card is theirs, and whether it changes anything. Each action gets the
 * target card and a card the caller does reach (for a move, the other end).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ParentActions {

    /** Who may do an action on a card they reach: its guardians only, or its pupil too (to look). */
    public enum Reach { GUARDIAN, PUPIL_READS }

    @FunctionalInterface
    public interface CardCall {
        Object on(long target, long own) throws Exception;
    }

    public record Action(String name, Reach reach, boolean changes, CardCall call) {
    }

    private static final Amount KOPECK = Amount.ofMinorUnits(1, Currency.RUB);

    @EJB
    SchoolDays schoolDays;

    @EJB
    ChildMoney childMoney;

    @EJB
    ChildLimits childLimits;

    @EJB
    ChildCards childCards;

    @EJB
    Guardians guardians;

    public void unlink(long cardId) {
        guardians.unlink(cardId);
    }

    public List<Action> all() {
        return List.of(
                new Action("day", Reach.PUPIL_READS, false, (target, own) -> schoolDays.day(target, LocalDate.now())),
                new Action("days", Reach.PUPIL_READS, false,
                        (target, own) -> schoolDays.days(target, LocalDate.now().minusDays(7), LocalDate.now())),
                new Action("heading", Reach.PUPIL_READS, false, (target, own) -> schoolDays.card(target)),
                new Action("limits", Reach.GUARDIAN, false, (target, own) -> childLimits.of(target)),
                new Action("limits.save", Reach.GUARDIAN, true, (target, own) -> childLimits.save(target,
                        new PupilRules(Amount.ofMinorUnits(123_00, Currency.RUB), null, List.of(), null, null))),
                new Action("card", Reach.GUARDIAN, false, (target, own) -> childCards.card(target)),
                new Action("card.otherSchools", Reach.GUARDIAN, false, (target, own) -> childCards.otherSchools(target)),
                new Action("card.blockLost", Reach.GUARDIAN, true, (target, own) -> childCards.blockLost(target)),
                new Action("card.reissue", Reach.GUARDIAN, true, (target, own) -> childCards.reissue(target)),
                new Action("card.changeSchool", Reach.GUARDIAN, true, (target, own) -> childCards.changeSchool(target, "S-00000002")),
                new Action("move.from", Reach.GUARDIAN, true, (target, own) -> childMoney.move(UUID.randomUUID().toString(),
                        new ChildMove(new PurseChoice(target, AccountPurpose.MAIN), new PurseChoice(own, AccountPurpose.MAIN), KOPECK))),
                new Action("move.to", Reach.GUARDIAN, true, (target, own) -> childMoney.move(UUID.randomUUID().toString(),
                        new ChildMove(new PurseChoice(own, AccountPurpose.MAIN), new PurseChoice(target, AccountPurpose.MAIN), KOPECK))),
                new Action("move.within", Reach.GUARDIAN, true, (target, own) -> childMoney.move(UUID.randomUUID().toString(),
                        new ChildMove(new PurseChoice(target, AccountPurpose.MAIN), new PurseChoice(target, AccountPurpose.CANTEEN), KOPECK))),
                new Action("unlink", Reach.GUARDIAN, true, (target, own) -> {
                    guardians.unlink(target);
                    return null;
                }));
    }
}
