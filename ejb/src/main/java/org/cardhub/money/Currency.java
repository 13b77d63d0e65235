package org.cardhub.money;

/**
 * A unit the ledger keeps balances in. Money and fuel volume are both "currencies" here: each has a
 * fixed number of decimals, and amounts are stored as whole minor units of it.
 */
public enum Currency {

    /** Russian rouble, in kopecks. */
    RUB(2, "kopeck"),
    /** Fuel volume in litres, in millilitres. */
    LITRE(3, "millilitre"),
    /** Bonus (cashback) points, in hundredths of a point. */
    POINTS(2, "hundredth of a point");

    private final int scale;
    private final String minorUnit;

    Currency(int scale, String minorUnit) {
        this.scale = scale;
        this.minorUnit = minorUnit;
    }

    /** Number of decimals after the point, e.g. 2 for roubles. */
    public int scale() {
        return scale;
    }

    public String minorUnit() {
        return minorUnit;
    }

    /** How many minor units make one whole unit, e.g. 100 kopecks in a rouble. */
    public long minorUnitsPerUnit() {
        long factor = 1;
        for (int i = 0; i < scale; i++) {
            factor *= 10;
        }
        return factor;
    }
}
