package org.cardhub.terminals.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import org.cardhub.meals.boundary.MenuBoard;
import org.cardhub.meals.entity.Allergen;
import org.cardhub.meals.entity.MenuProduct;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.terminals.entity.ActiveTerminal;
import org.cardhub.terminals.entity.PriceList;
import org.cardhub.terminals.entity.PriceListItem;
import org.cardhub.terminals.entity.TerminalEvent;
import org.cardhub.terminals.entity.TerminalKind;
import org.cardhub.terminals.entity.TerminalProduct;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * A terminal's price list of a date: its own products and, for a canteen terminal placed at a school, the school's menu
 * published for that date (read at each request, so a published change is sold at once). Dates are the school's.
 */
@Dependent
public class PriceListing {

    @EJB
    MenuBoard board;

    @EJB
    Payments payments;

    /** Today where the terminal stands: at its school's clock; a terminal of no organisation keeps UTC. */
    public LocalDate today(ActiveTerminal terminal) {
        return LocalDate.ofInstant(Instant.now(), zoneOf(terminal));
    }

    public PriceList of(ActiveTerminal terminal, LocalDate date) {
        List<TerminalProduct> own = terminal.products().values().stream().toList();
        List<PriceListItem> menu = sellsTheMenu(terminal)
                ? board.published(terminal.organizationId(), date).stream().map(PriceListing::item).toList() : List.of();
        return PriceList.of(terminal.id(), date, own, menu);
    }

    /**
     * Why the event's lines cannot be sold as sent ({@link PriceList#refusalOf}), on the day of the sale: the day it is
     * processed, or for an offline event the day it happened. Never for an event already carried out: its repeat gets
     * its first outcome again, whatever the list says now.
     */
    public Optional<String> refusalOf(ActiveTerminal terminal, TerminalEvent event) {
        if (event.items().stream().allMatch(item -> item.code() == null)) {
            return Optional.empty();
        }
        Instant sold = event.offline() ? event.occurredAt().toInstant() : Instant.now();
        return of(terminal, LocalDate.ofInstant(sold, zoneOf(terminal))).refusalOf(event.items())
                .filter(reason -> payments.outcomeOf(new OperationKey(terminal.source(), event.eventId())).isEmpty());
    }

    private static boolean sellsTheMenu(ActiveTerminal terminal) {
        return terminal.kind() == TerminalKind.CANTEEN_POS && terminal.organizationId() != null;
    }

    private ZoneId zoneOf(ActiveTerminal terminal) {
        return terminal.organizationId() == null ? ZoneOffset.UTC : board.zoneOf(terminal.organizationId());
    }

    private static PriceListItem item(MenuProduct dish) {
        return new PriceListItem(dish.code(), dish.name(), dish.category().name(), dish.price(), TerminalProduct.Unit.PIECE,
                PriceListItem.Source.MENU, dish.portion(), dish.unit().name(),
                dish.allergens().stream().sorted().map(Allergen::name).toList(), dish.freeComplex());
    }
}
