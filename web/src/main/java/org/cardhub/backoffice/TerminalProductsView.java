package org.cardhub.backoffice;

import org.cardhub.cabinet.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.refusal.Refusal;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalProduct;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * What one terminal sells and at what price: adding a product, changing one (its code stays), and taking one
 * off sale. Prices are typed as roubles with at most two decimals (a comma is read as the decimal point) and
 * must be more than zero; a refused price or product writes nothing.
 */
@Named
@ViewScoped
public class TerminalProductsView implements Serializable {

    /** Categories the limits, restrictions and reports already know; others may be typed. */
    private static final List<String> KNOWN_CATEGORIES = List.of("FUEL", "CAR_WASH", "SERVICE", "GOODS", "HOTEL",
            "HOT_MEAL", "MEAL", "BUFFET", "DRINK", "SWEETS", "TRANSPORT");

    @Inject
    Terminals terminals;

    private String terminalId;
    private List<TerminalProduct> products = List.of();
    private boolean editing;
    private String code;
    private String name;
    private String category;
    private String price;
    private TerminalProduct.Unit unit = TerminalProduct.Unit.PIECE;

    public void open(String terminalId) {
        this.terminalId = terminalId;
        newProduct();
        reload();
    }

    public void edit(String productCode) {
        products.stream().filter(product -> product.productCode().equals(productCode)).findFirst().ifPresent(product -> {
            editing = true;
            code = product.productCode();
            name = product.name();
            category = product.category();
            price = product.price().toPlainString();
            unit = product.unit();
        });
    }

    public void newProduct() {
        editing = false;
        code = null;
        name = null;
        category = null;
        price = null;
        unit = TerminalProduct.Unit.PIECE;
    }

    public void save() {
        try {
            Amount amount = Amount.positive(price == null ? "" : price.strip().replace(',', '.'), Currency.RUB);
            TerminalProduct saved = editing
                    ? terminals.sell(terminalId, code, name, category, amount, unit)
                    : terminals.addProduct(terminalId, code, name, category, amount, unit);
            PageMessages.info(editing ? "products.changed" : "products.added", saved.productCode(),
                    saved.price().toPlainString());
            newProduct();
        } catch (Refusal refused) {
            Refusals.show(refused, terminalId, code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
        }
        reload();
    }

    public void remove(String productCode) {
        try {
            if (terminals.stopSelling(terminalId, productCode)) {
                PageMessages.info("products.removed", productCode);
            }
            if (productCode.equals(code)) {
                newProduct();
            }
        } catch (Refusal refused) {
            Refusals.show(refused, terminalId, productCode);
        }
        reload();
    }

    public List<String> completeCategory(String typed) {
        String part = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        return KNOWN_CATEGORIES.stream().filter(known -> known.contains(part)).toList();
    }

    private void reload() {
        products = terminalId == null ? List.of() : terminals.products(terminalId);
    }

    public List<TerminalProduct.Unit> getUnits() {
        return List.of(TerminalProduct.Unit.values());
    }

    public String getTerminalId() {
        return terminalId;
    }

    public List<TerminalProduct> getProducts() {
        return products;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getPrice() {
        return price;
    }

    public void setPrice(String price) {
        this.price = price;
    }

    public TerminalProduct.Unit getUnit() {
        return unit;
    }

    public void setUnit(TerminalProduct.Unit unit) {
        this.unit = unit;
    }
}
