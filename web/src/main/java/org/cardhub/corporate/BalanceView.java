package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Actors;
import org.cardhub.cabinet.SignedInUser;
import org.cardhub.contracts.entity.BalanceModel;
import org.cardhub.fleet.boundary.FleetDistribution;
import org.cardhub.fleet.boundary.FleetMoves;
import org.cardhub.fleet.boundary.FleetOverview;
import org.cardhub.fleet.entity.CardBalance;
import org.cardhub.fleet.entity.ContractOverview;
import org.cardhub.fleet.entity.MoveRow;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A contract's distributed balance ({@code balance.xhtml?contract=ID}): what the contract's own account has available
 * in money and litres, its cards with what each holds — ticked to move money with {@link MoveForm}, which only people
 * with the right to move money are offered — and the history of the moves below. Without an address it opens the
 * company's first contract whose cards hold their own money; a contract whose cards draw on its account has nothing
 * to distribute and says so.
 */
@Named
@ViewScoped
public class BalanceView implements Serializable {

    @Inject
    FleetOverview overview;

    @Inject
    FleetDistribution distribution;

    @Inject
    FleetMoves moves;

    @Inject
    Actors actors;

    @Inject
    SignedInUser user;

    private List<ContractOverview> contracts;
    private ContractOverview contract;
    private boolean mayMove;
    private CardBalanceTable cards;
    private MoveTable history;
    private List<CardBalance> selection = new ArrayList<>();

    @PostConstruct
    void load() {
        contracts = overview.contracts();
        Long asked = CardView.idOf(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("contract"));
        contract = contracts.stream().filter(candidate -> asked != null && candidate.id() == asked).findFirst()
                .or(() -> contracts.stream().filter(candidate -> candidate.balanceModel() == BalanceModel.DISTRIBUTED).findFirst())
                .or(() -> contracts.stream().findFirst()).orElse(null);
        show();
    }

    public void contractChosen() {
        selection = new ArrayList<>();
        show();
    }

    /** After a move: the contract's balances read again; both tables read their rows again when drawn. */
    void refresh() {
        long shown = contract.id();
        contracts = overview.contracts();
        contract = contracts.stream().filter(candidate -> candidate.id() == shown).findFirst().orElse(null);
        show();
    }

    private void show() {
        boolean distributed = isDistributed();
        mayMove = distributed && distribution.mayMoveMoney(contract.id());
        cards = distributed ? new CardBalanceTable(distribution, contract.id()) : null;
        if (cards != null) {
            cards.remember(selection);
        }
        history = distributed ? new MoveTable(moves, contract.id()) : null;
    }

    /** Who moved: the signed-in person as themselves, the company's other people by their email. */
    public String who(MoveRow row) {
        boolean someoneElse = row.actor() != null && !row.actor().equals(user.getSubject());
        return someoneElse && row.actorEmail() != null ? row.actorEmail() : actors.who(row.actor());
    }

    public boolean isDistributed() {
        return contract != null && contract.balanceModel() == BalanceModel.DISTRIBUTED;
    }

    public boolean isFiltered() {
        return cards != null && cards.isFiltered();
    }

    Optional<ContractOverview> contract() {
        return Optional.ofNullable(contract);
    }

    public List<ContractOverview> getContracts() {
        return contracts;
    }

    public ContractOverview getContract() {
        return contract;
    }

    public Long getContractId() {
        return contract == null ? null : contract.id();
    }

    public void setContractId(Long contractId) {
        contract = contracts.stream().filter(candidate -> contractId != null && candidate.id() == contractId)
                .findFirst().orElse(null);
    }

    public boolean isMayMove() {
        return mayMove;
    }

    public CardBalanceTable getCards() {
        return cards;
    }

    public MoveTable getHistory() {
        return history;
    }

    public List<CardBalance> getSelection() {
        return selection;
    }

    public void setSelection(List<CardBalance> selection) {
        this.selection = selection == null ? new ArrayList<>() : new ArrayList<>(selection);
    }
}
