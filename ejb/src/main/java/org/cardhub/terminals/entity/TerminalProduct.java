package org.cardhub.terminals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.money.RoublesAsKopecksConverter;

import java.io.Serializable;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

import static org.cardhub.terminals.entity.InvalidTerminalException.Code.CATEGORY_FORMAT;
import static org.cardhub.terminals.entity.InvalidTerminalException.Code.PRODUCT_CODE_FORMAT;
import static org.cardhub.terminals.entity.InvalidTerminalException.Code.PRODUCT_NAME_FORMAT;
import static org.cardhub.terminals.entity.InvalidTerminalException.Code.UNIT_REQUIRED;

/** A product a terminal sells: its category (what limits and restrictions see) and its price per unit. */
@Entity
@Table(name = "terminal_product")
@IdClass(TerminalProduct.Key.class)
public class TerminalProduct {

    public enum Unit { PIECE, LITRE }

    private static final int NAME_LENGTH = 100;

    public static class Key implements Serializable {
        private String terminalId;
        private String productCode;

        public Key() {
        }

        public Key(String terminalId, String productCode) {
            this.terminalId = terminalId;
            this.productCode = productCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(terminalId, key.terminalId)
                    && Objects.equals(productCode, key.productCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(terminalId, productCode);
        }
    }

    @Id
    @Column(name = "terminal_id")
    private String terminalId;

    @Id
    @Column(name = "product_code")
    private String productCode;

    private String name;

    private String category;

    @Column(name = "price_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount price;

    @Enumerated(EnumType.STRING)
    private Unit unit;

    protected TerminalProduct() {
    }

    public TerminalProduct(String terminalId, String productCode, String name, String category, Amount price, Unit unit) {
        if (productCode == null || !productCode.strip().matches("[A-Za-z0-9_-]{1,32}")) {
            throw new InvalidTerminalException(PRODUCT_CODE_FORMAT, "A product code is 1 to 32 letters, digits, - and _, like AI-95");
        }
        if (name == null || name.isBlank() || name.strip().length() > NAME_LENGTH) {
            throw new InvalidTerminalException(PRODUCT_NAME_FORMAT, "A product needs a name of at most 100 characters");
        }
        if (category == null || !category.strip().matches("[A-Za-z_]{1,32}")) {
            throw new InvalidTerminalException(CATEGORY_FORMAT, "A category is 1 to 32 Latin letters and _, like HOT_MEAL");
        }
        if (unit == null) {
            throw new InvalidTerminalException(UNIT_REQUIRED, "A price is per litre or per piece");
        }
        if (price == null || price.currency() != Currency.RUB) {
            throw new InvalidAmountException(InvalidAmountException.Code.CURRENCY_MISMATCH, "A price is in roubles");
        }
        if (!price.isPositive()) {
            throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE, "A price is more than zero");
        }
        this.terminalId = Objects.requireNonNull(terminalId);
        this.productCode = productCode.strip().toUpperCase(Locale.ROOT);
        this.name = name.strip();
        this.category = category.strip().toUpperCase(Locale.ROOT);
        this.price = price;
        this.unit = unit;
    }

    public void reprice(String name, String category, Amount price, Unit unit) {
        TerminalProduct checked = new TerminalProduct(terminalId, productCode, name, category, price, unit);
        this.name = checked.name;
        this.category = checked.category;
        this.price = checked.price;
        this.unit = checked.unit;
    }

    /** What {@code volume} litres cost at this price, rounded up to the kopeck. */
    public Amount costOf(Amount volume) {
        long kopecks = volume.toBigDecimal().multiply(price.toBigDecimal())
                .setScale(2, RoundingMode.CEILING).movePointRight(2).longValueExact();
        return Amount.ofMinorUnits(kopecks, Currency.RUB);
    }

    public String terminalId() {
        return terminalId;
    }

    public String productCode() {
        return productCode;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public Amount price() {
        return price;
    }

    public Unit unit() {
        return unit;
    }
}
