package org.cardhub.corporate;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.boundary.CardGroups;
import org.cardhub.cards.boundary.CardUse;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.cards.entity.Vehicle;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What a card of the fleet is for, on its page ({@code card.xhtml?card=ID}, through
 * {@code WEB-INF/includes/vehicle-dialog.xhtml}): the vehicle, plate, driver, tank and card group, and the dialog in
 * which a manager with the right to block the card changes them. A part the rules refuse is said at its field and
 * nothing is saved.
 */
@Named
@ViewScoped
public class VehicleEditor implements Serializable {

    /** The card page's form the include sits in; the fields' client ids start with it. */
    private static final String FORM = "card:";

    @Inject
    CardGroups cardGroups;

    @Inject
    Language language;

    private CardUse use;
    private String model;
    private String plate;
    private String driver;
    private String tank;

    /** Once per visit: what the card the address names is for; nothing for a card that is not the company's. */
    @PostConstruct
    void load() {
        Long cardId = CardView.idOf(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("card"));
        try {
            use = cardId == null ? null : cardGroups.use(cardId);
        } catch (AccessDeniedException e) {
            use = null;
        }
    }

    /** Fills the dialog with what is saved now. */
    public void edit() {
        Vehicle vehicle = use.vehicle();
        model = vehicle.model();
        plate = vehicle.plate();
        driver = vehicle.driver();
        tank = litres(vehicle.tankMillilitres());
    }

    public void save() {
        boolean done = GroupActions.act(
                () -> use = cardGroups.describe(use.cardId(), new Vehicle(model, plate, driver, Vehicle.tankMillilitres(tank))),
                refused -> PageMessages.refuse(FORM + fieldOf(refused.code()), "fleet.vehicle.error." + refused.code()));
        if (done) {
            PageMessages.info("fleet.vehicle.saved");
        }
    }

    static String fieldOf(InvalidCardOperationException.Code code) {
        return switch (code) {
            case PLATE_FORMAT -> "vehiclePlate";
            case DRIVER_FORMAT -> "vehicleDriver";
            case TANK_RANGE, TANK_FORMAT -> "vehicleTank";
            default -> "vehicleModel";
        };
    }

    /** Litres as a person types them back: 80, 64,5 (a point in English). */
    private String litres(Long millilitres) {
        if (millilitres == null) {
            return null;
        }
        String plain = BigDecimal.valueOf(millilitres, 3).stripTrailingZeros().toPlainString();
        return language.isRussian() ? plain.replace('.', ',') : plain;
    }

    public CardUse getUse() {
        return use;
    }

    /** The tank as an amount of litres, for {@code formats.amount}; null when not given. */
    public Amount getTankAmount() {
        Long millilitres = use == null ? null : use.vehicle().tankMillilitres();
        return millilitres == null ? null : Amount.ofMinorUnits(millilitres, Currency.LITRE);
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getPlate() {
        return plate;
    }

    public void setPlate(String plate) {
        this.plate = plate;
    }

    public String getDriver() {
        return driver;
    }

    public void setDriver(String driver) {
        this.driver = driver;
    }

    public String getTank() {
        return tank;
    }

    public void setTank(String tank) {
        this.tank = tank;
    }
}
