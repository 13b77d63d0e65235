package org.cardhub.wallet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.contracts.boundary.WalletLevels;
import org.cardhub.contracts.entity.WalletCaps;
import org.cardhub.contracts.entity.WalletLevelView;
import org.cardhub.contracts.entity.WalletTier;
import org.cardhub.refusal.Refusal;
import org.cardhub.wallets.boundary.IdentificationDesk;
import org.cardhub.wallets.entity.IdentificationView;
import org.cardhub.wallets.entity.WalletRefusal;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Map;

/**
 * The back office's queue of wallet holders asking to be identified ({@code backoffice/identifications.xhtml}), oldest
 * first and paged in the database: each request's passport data, approved, or rejected with a reason the holder reads.
 */
@Named
@ViewScoped
public class IdentificationQueueView implements Serializable {

    /** The back office reads times on Moscow's clock, as its other queues do. */
    static final ZoneId OFFICE = ZoneId.of("Europe/Moscow");

    private static final Map<Object, String> REJECT_INPUTS = Map.of(WalletRefusal.Code.REASON_REQUIRED, "reject:reason");

    @EJB
    IdentificationDesk desk;

    @EJB
    WalletLevels levels;

    private PagedTable<IdentificationView> waiting;
    private WalletCaps identifiedCaps;
    private IdentificationView chosen;
    private String reason;

    @PostConstruct
    void load() {
        waiting = new PagedTable<>(() -> desk.countWaiting(), (first, max) -> desk.waiting(first, max),
                request -> Long.toString(request.id()));
        identifiedCaps = levels.all().stream().filter(level -> level.tier() == WalletTier.IDENTIFIED)
                .map(WalletLevelView::caps).findFirst().orElse(null);
    }

    public void approve(IdentificationView request) {
        try {
            desk.approve(request.id());
            PageMessages.info("wallet.queue.approved", request.contractNumber(), fullName(request));
        } catch (Refusal refused) {
            WalletRefusals.show(refused, Map.of(), OFFICE);
        }
    }

    public void startReject(IdentificationView request) {
        chosen = request;
        reason = null;
    }

    public void reject() {
        if (reason == null || reason.isBlank()) {
            PageMessages.refuse("reject:reason", "wallet.error.REASON_REQUIRED");
            return;
        }
        try {
            desk.reject(chosen.id(), reason);
            PageMessages.info("wallet.queue.rejected", chosen.contractNumber(), fullName(chosen));
        } catch (Refusal refused) {
            WalletRefusals.show(refused, REJECT_INPUTS, OFFICE);
        }
    }

    /** «Смирнов Алексей Петрович». */
    public String fullName(IdentificationView request) {
        var data = request.data();
        return data.lastName() + " " + data.firstName() + data.middle().map(middle -> " " + middle).orElse("");
    }

    public ZoneId getZone() {
        return OFFICE;
    }

    /** The caps an approval brings, as the back office set them: the page's introduction names them. */
    public WalletCaps getIdentifiedCaps() {
        return identifiedCaps;
    }

    public PagedTable<IdentificationView> getWaiting() {
        return waiting;
    }

    public IdentificationView getChosen() {
        return chosen;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
