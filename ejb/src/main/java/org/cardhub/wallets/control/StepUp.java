package org.cardhub.wallets.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.cardhub.wallets.boundary.PhoneCodes;
import org.cardhub.wallets.entity.CodeCheck;
import org.cardhub.wallets.entity.CodeNotAccepted;
import org.cardhub.wallets.entity.CodePurpose;
import org.cardhub.wallets.entity.PhoneNumber;

/**
 * The second factor of a step that needs one: the code sent to the phone, checked in its own transaction (called
 * outside any, so a wrong code's count is kept when the step is then refused) before the step's own transaction begins.
 */
@Dependent
public class StepUp {

    @EJB
    PhoneCodes codes;

    /** Goes on only with the accepted code; a code is spent by the step it confirms. */
    public void require(PhoneNumber phone, CodePurpose purpose, String typed) {
        CodeCheck check = codes.verify(phone.value(), purpose, typed);
        if (!check.isAccepted()) {
            throw new CodeNotAccepted(check);
        }
    }
}
