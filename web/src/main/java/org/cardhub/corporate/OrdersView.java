package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.RightMissingException;
import org.cardhub.cards.boundary.CardOrders;
import org.cardhub.cards.boundary.OrderRow;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.Delivery;
import org.cardhub.cards.entity.DeliveryMethod;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.cards.entity.InvalidCardOrderException;
import org.cardhub.cards.entity.ServiceOffice;
import org.cardhub.fleet.boundary.FleetOverview;
import org.cardhub.fleet.entity.ContractOverview;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A company's card orders ({@code orders.xhtml}), one contract at a time: the order form — plastic or virtual, how
 * many, the holders pasted one a line (a spreadsheet's columns work), delivery by courier or pick-up at a service
 * office — and the contract's orders with their statuses, newest first. The cards of an order, their activation once
 * delivered and the cancelling of a submitted order are in {@link OrderCards}.
 */
@Named
@ViewScoped
public class OrdersView implements Serializable {

    private static final Map<InvalidCardOrderException.Code, String> FIELDS = Map.of(
            InvalidCardOrderException.Code.COUNT_RANGE, "order:count",
            InvalidCardOrderException.Code.TOO_MANY_LINES, "order:holders",
            InvalidCardOrderException.Code.HOLDER_REQUIRED, "order:holders",
            InvalidCardOrderException.Code.DELIVERY_REQUIRED, "order:delivery",
            InvalidCardOrderException.Code.ADDRESS_REQUIRED, "order:address",
            InvalidCardOrderException.Code.ADDRESS_FORMAT, "order:address",
            InvalidCardOrderException.Code.OFFICE_REQUIRED, "order:office",
            InvalidCardOrderException.Code.OFFICE_UNKNOWN, "order:office");

    @Inject
    FleetOverview overview;

    @Inject
    CardOrders cardOrders;

    private ContractChoice choice;
    private boolean mayOrder;
    private PagedTable<OrderRow> orders;
    private List<ServiceOffice> offices = List.of();
    private CardForm form;
    private String count;
    private String holders;
    private DeliveryMethod deliveryMethod;
    private String address;
    private String officeCode;
    private ZoneId zone;

    @PostConstruct
    void load() {
        choice = new ContractChoice(overview.contracts(),
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("contract"));
        offices = cardOrders.offices();
        clearForm();
        contractChosen();
    }

    public void contractChosen() {
        Long contractId = choice.getContractId();
        mayOrder = contractId != null && cardOrders.mayOrder(contractId);
        zone = choice.getContracts().stream().filter(contract -> contractId != null && contract.id() == contractId)
                .map(ContractOverview::timeZone).findFirst().orElse(null);
        orders = mayOrder ? new PagedTable<>(() -> cardOrders.countOrders(contractId),
                (first, max) -> cardOrders.orders(contractId, first, max), row -> Long.toString(row.order().id())) : null;
    }

    /** Places the order; a refused one is said at its field and leaves everything typed as it was. */
    public void place() {
        HolderLines lines;
        try {
            lines = HolderLines.parse(holders);
        } catch (HolderLines.Problem problem) {
            PageMessages.refuse("order:holders", "orders.line." + problem.code(), problem.line());
            return;
        }
        Integer cards = cardsWanted(lines);
        if (cards == null) {
            PageMessages.refuse("order:count", "orders.error.COUNT_FORMAT");
            return;
        }
        try {
            OrderRow placed = cardOrders.place(choice.getContractId(), form, cards, lines.holders(), delivery());
            if (form == CardForm.VIRTUAL) {
                PageMessages.info("orders.placedVirtual", placed.order().id(), cards);
            } else {
                PageMessages.info("orders.placedPlastic", placed.order().id(), cards);
            }
            clearForm();
        } catch (InvalidCardOrderException refused) {
            Integer card = refused.line();
            PageMessages.refuse(FIELDS.get(refused.code()), "orders.error." + refused.code(), card,
                    card == null ? null : lines.typedLineOf(card), lines.count(), cards);
        } catch (InvalidCardOperationException refused) {
            PageMessages.refuse("order:holders", "orders.error.holder");
        } catch (RightMissingException refused) {
            PageMessages.refuse(null, "orders.error.right");
        } catch (AccessDeniedException refused) {
            PageMessages.refuse(null, "orders.error.gone");
        }
    }

    /** The number typed, or — left blank — one card per holder line; null when it is not a number. */
    private Integer cardsWanted(HolderLines lines) {
        String digits = count == null ? "" : count.replaceAll("[\\s\u00a0\u202f]", "");
        if (digits.isEmpty()) {
            return lines.count();
        }
        return digits.matches("-?[0-9]{1,9}") ? Integer.valueOf(digits) : null;
    }

    private Delivery delivery() {
        if (form == CardForm.VIRTUAL || deliveryMethod == null) {
            return Delivery.nowhere();
        }
        return deliveryMethod == DeliveryMethod.PICKUP ? Delivery.pickUp(officeCode) : Delivery.courier(address);
    }

    private void clearForm() {
        form = CardForm.PLASTIC;
        count = null;
        holders = null;
        deliveryMethod = DeliveryMethod.COURIER;
        address = null;
        officeCode = null;
    }

    /** The chosen contract's time zone, which the order's times are read in. */
    public ZoneId getZone() {
        return zone;
    }

    public ContractChoice getChoice() {
        return choice;
    }

    public boolean isMayOrder() {
        return mayOrder;
    }

    public PagedTable<OrderRow> getOrders() {
        return orders;
    }

    public List<ServiceOffice> getOffices() {
        return offices;
    }

    public List<CardForm> getForms() {
        return List.of(CardForm.PLASTIC, CardForm.VIRTUAL);
    }

    public List<DeliveryMethod> getDeliveryMethods() {
        return List.of(DeliveryMethod.values());
    }

    public CardForm getForm() {
        return form;
    }

    public void setForm(CardForm form) {
        this.form = form;
    }

    public String getCount() {
        return count;
    }

    public void setCount(String count) {
        this.count = count;
    }

    public String getHolders() {
        return holders;
    }

    public void setHolders(String holders) {
        this.holders = holders;
    }

    public DeliveryMethod getDeliveryMethod() {
        return deliveryMethod;
    }

    public void setDeliveryMethod(DeliveryMethod deliveryMethod) {
        this.deliveryMethod = deliveryMethod;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getOfficeCode() {
        return officeCode;
    }

    public void setOfficeCode(String officeCode) {
        this.officeCode = officeCode;
    }
}
