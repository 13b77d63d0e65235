package org.cardhub.it.core;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.acquiring.boundary.BankCardAutoTopUps;
import org.cardhub.acquiring.boundary.BankCardTopUps;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.meals.boundary.FreeMeals;
import org.cardhub.meals.boundary.PreOrders;
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
import java.util.Map;
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

    @EJB
    BankCardTopUps topUps;

    @EJB
    BankCardAutoTopUps autoTopUps;

    @EJB
    PreOrders preOrders;

    @EJB
    FreeMeals freeMeals;

    public void unlink(long cardId) {
        guardians.unlink(cardId);
    }

    public List<Action> all() {
        return java.util.stream.Stream.of(school(), money(), meals()).flatMap(List::stream).toList();
    }

    private List<Action> money() {
        Amount hundred = Amount.ofMinorUnits(100_00, Currency.RUB);
        return List.of(
                new Action("topup.terms", Reach.GUARDIAN, false, (target, own) -> topUps.terms(target)),
                new Action("topup.quote", Reach.GUARDIAN, false, (target, own) -> topUps.quote(target, hundred)),
                new Action("topup.recent", Reach.GUARDIAN, false, (target, own) -> topUps.recent(target, 10)),
                new Action("topup.start", Reach.GUARDIAN, true,
                        (target, own) -> topUps.start(target, AccountPurpose.MAIN, hundred, false, UUID.randomUUID())),
                new Action("autotopup.overview", Reach.GUARDIAN, false, (target, own) -> autoTopUps.overview(target)),
                new Action("autotopup.save", Reach.GUARDIAN, true,
                        (target, own) -> {
                            autoTopUps.save(target, AccountPurpose.MAIN, hundred, hundred.plus(hundred), 1L);
                            return null;
                        }),
                new Action("autotopup.switchOff", Reach.GUARDIAN, true, (target, own) -> {
                    autoTopUps.switchOff(target, AccountPurpose.MAIN);
                    return null;
                }),
                new Action("autotopup.resume", Reach.GUARDIAN, true, (target, own) -> {
                    autoTopUps.resume(target, AccountPurpose.MAIN);
                    return null;
                }));
    }

    private List<Action> meals() {
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        return List.of(
                new Action("meals.days", Reach.GUARDIAN, false, (target, own) -> preOrders.days(target)),
                new Action("meals.orders", Reach.GUARDIAN, false, (target, own) -> preOrders.myPreOrders(target)),
                new Action("meals.place", Reach.GUARDIAN, true,
                        (target, own) -> preOrders.place(target, tomorrow, Map.of(1L, 1), UUID.randomUUID().toString())),
                new Action("meals.freeMeals", Reach.GUARDIAN, false, (target, own) -> freeMeals.of(target)),
                new Action("meals.mealCard", Reach.GUARDIAN, false, (target, own) -> freeMeals.mealCard(target)));
    }

    private List<Action> school() {
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
