package org.cardhub.cards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a fleet card is used for: the vehicle (its model), its registration plate, its driver and the fuel its
 * tank holds, which tells a fill-up of more litres than the tank as suspicious. Every part may be left out.
 */
@Embeddable
public class Vehicle implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Cyrillic or Latin letters, digits, spaces and dashes: "А123ВС77", "А 123 ВС 777", "AB-1234". */
    private static final Pattern PLATE = Pattern.compile("[\\p{IsCyrillic}A-Za-z0-9 -]{1,20}");
    /** 5 000 litres: a road tanker's own tank is far below; more is a typing error. */
    private static final long MAX_TANK_MILLILITRES = 5_000_000;

    @Column(name = "vehicle")
    private String model;

    @Column(name = "plate")
    private String plate;

    @Column(name = "driver")
    private String driver;

    @Column(name = "tank_millilitres")
    private Long tankMillilitres;

    protected Vehicle() {
    }

    /** Refuses a plate of other characters, a name over its length and a tank of zero, negative or absurd size. */
    public Vehicle(String model, String plate, String driver, Long tankMillilitres) {
        this.model = text(model, 100, InvalidCardOperationException.Code.VEHICLE_FORMAT);
        this.plate = plate == null || plate.isBlank() ? null : plate.strip().toUpperCase(Locale.ROOT);
        if (this.plate != null && !PLATE.matcher(this.plate).matches()) {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.PLATE_FORMAT,
                    "A plate is up to 20 letters, digits, spaces and dashes: '" + plate + "'");
        }
        this.driver = text(driver, 200, InvalidCardOperationException.Code.DRIVER_FORMAT);
        if (tankMillilitres != null && (tankMillilitres <= 0 || tankMillilitres > MAX_TANK_MILLILITRES)) {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.TANK_RANGE,
                    "A tank holds more than 0 and at most 5 000 litres");
        }
        this.tankMillilitres = tankMillilitres;
    }

    /**
     * The millilitres of a tank typed in litres with up to 3 decimals, a comma or a point ("80", "80,5", "64.000",
     * "1 200"); null for a blank one.
     */
    public static Long tankMillilitres(String litres) {
        if (litres == null || litres.isBlank()) {
            return null;
        }
        String plain = litres.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
        try {
            return Amount.parse(plain, Currency.LITRE).minorUnits();
        } catch (InvalidAmountException e) {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.TANK_FORMAT,
                    "A tank's litres are a number with at most 3 decimals: '" + litres + "'");
        }
    }

    private static String text(String value, int max, InvalidCardOperationException.Code code) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidCardOperationException(code, "At most " + max + " printable characters");
        }
        return stripped;
    }

    public String model() {
        return model;
    }

    public String plate() {
        return plate;
    }

    public String driver() {
        return driver;
    }

    public Long tankMillilitres() {
        return tankMillilitres;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Vehicle that && Objects.equals(model, that.model) && Objects.equals(plate, that.plate)
                && Objects.equals(driver, that.driver) && Objects.equals(tankMillilitres, that.tankMillilitres);
    }

    @Override
    public int hashCode() {
        return Objects.hash(model, plate, driver, tankMillilitres);
    }

    @Override
    public String toString() {
        return String.join(", ", java.util.stream.Stream.of(model, plate, driver,
                tankMillilitres == null ? null : "tank " + tankMillilitres / 1000.0 + " L")
                .filter(Objects::nonNull).toList());
    }
}
