package org.cardhub.parent;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.refusal.Refusal;
import org.cardhub.school.boundary.ChildCards;
import org.cardhub.school.entity.CardSwap;
import org.cardhub.school.entity.ChildCard;
import org.cardhub.school.entity.InvalidChildRequestException;
import org.cardhub.school.entity.SchoolChoice;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.util.List;
import java.util.MissingResourceException;
import java.util.function.Supplier;

/**
 * A child's card ({@code card.xhtml?card=ID}): the masked number, status, school and 8-digit school number, the two
 * balances and the card's steps; what a parent does with it — report it lost (terminals refuse it at once), have it
 * reissued, move it to another school — each after a confirmation, with the new card's number and school number shown.
 * A replaced card stays readable and links to its successor. A card that is not the parent's child's is "no such card".
 */
@Named
@ViewScoped
public class ParentCardView implements Serializable {

    static final String SCHOOL = "school:choice";

    @Inject
    ChildCards childCards;

    @Inject
    Formats formats;

    private Long cardId;
    private ChildCard card;
    private List<SchoolChoice> schools = List.of();
    private String school;
    private CardSwap swap;

    @PostConstruct
    void load() {
        cardId = AskedCard.fromAddress();
        reload();
    }

    private void reload() {
        try {
            card = cardId == null ? null : childCards.card(cardId);
        } catch (AccessDeniedException gone) {
            card = null;
        }
    }

    public void blockLost() {
        if (act(() -> childCards.blockLost(cardId)) != null) {
            PageMessages.info("parentcard.blocked", card.cardMasked());
        }
        reload();
    }

    public void reissue() {
        swap = act(() -> childCards.reissue(cardId));
        if (swap != null) {
            PageMessages.info("parentcard.reissued", swap.oldMasked(), swap.newMasked());
        }
        reload();
    }

    /** Opens the choice of school with nothing chosen. */
    public void askSchool() {
        school = null;
        schools = act(() -> childCards.otherSchools(cardId));
        if (schools == null) {
            schools = List.of();
        }
    }

    public void changeSchool() {
        if (school == null || school.isBlank()) {
            PageMessages.refuse(SCHOOL, "parentcard.chooseSchool");
            return;
        }
        swap = act(() -> childCards.changeSchool(cardId, school));
        if (swap != null) {
            PageMessages.info("parentcard.schoolChanged", swap.oldMasked(), swap.school());
            PrimeFaces.current().ajax().addCallbackParam("changed", true);
        }
        reload();
    }

    /** The action's answer, or null when it was refused (the refusal told above the page; nothing changed). */
    private <T> T act(Supplier<T> action) {
        try {
            return action.get();
        } catch (InvalidCardOperationException refused) {
            PageMessages.refuse(null, known("parentcard.error." + refused.code()));
        } catch (InvalidChildRequestException refused) {
            PageMessages.refuse(refused.code() == InvalidChildRequestException.Code.SCHOOL_UNKNOWN ? SCHOOL : null,
                    known("parentcard.error." + refused.code()));
        } catch (AccessDeniedException gone) {
            PageMessages.refuse(null, "parentcard.error.gone");
        } catch (Refusal | EJBException refused) {
            PageMessages.refuse(null, "parentcard.error.refused");
        }
        return null;
    }

    private static String known(String key) {
        try {
            PageMessages.text(key);
            return key;
        } catch (MissingResourceException unknown) {
            return "parentcard.error.refused";
        }
    }

    /** The chosen school's name, for the confirmation. */
    public String getSchoolName() {
        return schools.stream().filter(choice -> choice.contractNumber().equals(school)).map(SchoolChoice::name)
                .findFirst().orElse(null);
    }

    public ChildCard getCard() {
        return card;
    }

    public CardSwap getSwap() {
        return swap;
    }

    public List<SchoolChoice> getSchools() {
        return schools;
    }

    public String getSchool() {
        return school;
    }

    public void setSchool(String school) {
        this.school = school;
    }
}
