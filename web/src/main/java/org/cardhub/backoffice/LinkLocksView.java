package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.school.boundary.GuardianLinkLocks;
import org.cardhub.school.entity.LinkRefusal;
import org.cardhub.school.entity.LockedNumber;
import org.primefaces.PrimeFaces;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The school contract numbers locked for linking after wrong activation codes, soonest to unlock first, in Moscow
 * time; lifting a lock asks for a reason, which the audit log keeps with who and when.
 */
@Named
@ViewScoped
public class LinkLocksView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String REASON = "lift:reason";

    @Inject
    GuardianLinkLocks locks;

    private List<LockedNumber> locked;
    private String lifting;
    private String reason;

    @PostConstruct
    void load() {
        locked = locks.locked();
    }

    public void refresh() {
        locked = locks.locked();
    }

    public void askLift(String contractNumber) {
        lifting = contractNumber;
        reason = null;
    }

    public void lift() {
        if (reason == null || reason.isBlank()) {
            PageMessages.refuse(REASON, "link.locks.reasonRequired");
            return;
        }
        try {
            boolean lifted = locks.lift(lifting, reason);
            PageMessages.info(lifted ? "link.locks.lifted" : "link.locks.notLocked", lifting);
            PrimeFaces.current().ajax().addCallbackParam("acted", true);
        } catch (LinkRefusal refused) {
            PageMessages.refuse(REASON, "link.locks.reasonRequired");
        }
        locked = locks.locked();
    }

    public String moscow(Instant at) {
        return MoscowTime.format(at);
    }

    public List<LockedNumber> getLocked() {
        return locked;
    }

    public String getLifting() {
        return lifting;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
