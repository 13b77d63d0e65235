package org.cardhub.corporate;

import org.cardhub.fleet.entity.CardLimit;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.LimitRule;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One limit as a fleet manager types it: what it counts, over which period, how much (roubles with at most two
 * decimals, litres with three, or a whole number of purchases; a comma or a point before the decimals, spaces between
 * thousands) and for which products. The limit's own rules refuse what cannot be a limit.
 */
public class LimitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private LimitMeasure measure = LimitMeasure.MONEY;
    private LimitPeriod period = LimitPeriod.DAY;
    private String value;
    private List<String> categories = new ArrayList<>();
    private boolean ofContract;

    /** A form showing a limit as it is, to change it. */
    static LimitForm of(CardLimit limit, boolean russian) {
        LimitForm form = new LimitForm();
        form.id = limit.id();
        form.measure = limit.measure();
        form.period = limit.period();
        form.value = limit.countsPurchases() ? Long.toString(limit.count()) : typed(limit.amount(), russian);
        form.categories = new ArrayList<>(limit.categories());
        form.ofContract = limit.ofContract();
        return form;
    }

    /** The limit the form describes; refused (with the code of the first rule it breaks) when it could be none. */
    LimitRule rule() {
        String plain = plain(value);
        if (measure == LimitMeasure.COUNT) {
            if (plain == null || !plain.matches("-?\\d{1,9}")) {
                throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_FORMAT, "A count of purchases is a whole number");
            }
            return LimitRule.count(period, Long.parseLong(plain), categories);
        }
        Currency unit = measure == LimitMeasure.VOLUME ? Currency.LITRE : Currency.RUB;
        return LimitRule.of(measure, period, Amount.parse(plain, unit), categories);
    }

    /** "1 234,50" and "1,234.50" as "1234.50": spaces between thousands go; a lone comma is the decimal point. */
    static String plain(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String compact = typed.strip().replaceAll("[\\s\u00a0\u202f]", "");
        return compact.contains(".") ? compact.replace(",", "") : compact.replace(',', '.');
    }

    private static String typed(Amount amount, boolean russian) {
        String plain = amount.toPlainString();
        return russian ? plain.replace('.', ',') : plain;
    }

    public Long getId() {
        return id;
    }

    public LimitMeasure getMeasure() {
        return measure;
    }

    public void setMeasure(LimitMeasure measure) {
        this.measure = measure;
    }

    public LimitPeriod getPeriod() {
        return period;
    }

    public void setPeriod(LimitPeriod period) {
        this.period = period;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
    }

    public boolean isOfContract() {
        return ofContract;
    }

    public void setOfContract(boolean ofContract) {
        this.ofContract = ofContract;
    }
}
