package org.cardhub.wallets.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.wallets.control.HolderSteps;
import org.cardhub.wallets.control.StepUp;
import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.OneTimeCode;
import org.cardhub.wallets.entity.WalletCard;
import org.cardhub.wallets.entity.WalletRefusal;

/**
 * The holder's steps that need the code sent to the wallet's phone ({@link MyWallet#sendConfirmationCode}): a new card,
 * virtual (usable at once, its number shown once) or plastic (ordered). The code is checked first, in its own
 * transaction, so a wrong one is counted even though the step is refused.
 */
@Stateless
@RolesAllowed(Role.Names.WALLET)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WalletSteps {

    @EJB
    HolderSteps steps;

    @Inject
    StepUp stepUp;

    public WalletCard addCard(CardForm form, String code) {
        if (form == null) {
            throw new WalletRefusal(WalletRefusal.Code.CARD_FORM_MISSING, "A card is virtual or plastic");
        }
        OneTimeCode.typed(code);
        stepUp.require(steps.phoneOfCaller(), CodePurpose.CONFIRM_OPERATION, code);
        return steps.addCard(form);
    }
}
