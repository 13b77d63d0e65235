package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Formats;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.contracts.boundary.Tariffs;
import org.cardhub.contracts.entity.DiscountScope;
import org.cardhub.contracts.entity.Tariff;
import org.cardhub.contracts.entity.TariffDiscount;
import org.cardhub.contracts.entity.TariffSheet;
import org.cardhub.refusal.Refusal;
import org.cardhub.terminals.boundary.Terminals;
import org.cardhub.terminals.entity.TerminalCatalogue;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeSet;

/**
 * Tariffs as data: every tariff with its discount rows (what, where, how much, from when until when, and whether in
 * force now), a new row from today or later, and an end to one. The rules and the audit trail are the boundary's; a
 * refusal is said at its input and writes nothing. Products, categories and regions are picked from what the
 * terminal registry sells and where it stands, and the common ones besides.
 */
@Named
@ViewScoped
public class TariffsView implements Serializable {

    private static final List<String> KNOWN_PRODUCTS = List.of("AI-92", "AI-95", "AI-98", "DT", "GAS");
    private static final List<String> KNOWN_CATEGORIES = List.of("FUEL", "CAR_WASH", "SERVICE", "GOODS", "HOTEL");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Tariffs tariffs;

    @Inject
    Terminals terminals;

    @Inject
    Language language;

    private final TariffDiscountForm form = new TariffDiscountForm();
    private List<TariffSheet> sheets = List.of();
    private List<SelectItem> products = List.of();
    private List<String> regions = List.of();
    private List<SelectItem> places = List.of();
    private LocalDate today;
    private TariffDiscount ending;
    private LocalDate endsOn;

    @PostConstruct
    void load() {
        TerminalCatalogue catalogue = terminals.catalogue();
        products = new ArrayList<>();
        products.add(new SelectItem("", text("tariffs.allProducts")));
        for (String category : union(KNOWN_CATEGORIES, catalogue.categories())) {
            products.add(new SelectItem(TariffDiscountForm.CATEGORY + category, categoryName(category)));
        }
        for (String product : union(KNOWN_PRODUCTS, catalogue.products())) {
            products.add(new SelectItem(TariffDiscountForm.PRODUCT + product, productName(product)));
        }
        regions = catalogue.regions();
        reload();
    }

    /** Opens the new-discount form for a tariff: all products everywhere from today, no rate yet. */
    public void openAdd(String tariffCode) {
        form.reset(tariffCode, today);
        boolean chooses = sheets.stream().anyMatch(sheet -> sheet.tariff().code().equals(tariffCode)
                && sheet.tariff().chosenStations() > 0);
        places = new ArrayList<>();
        places.add(new SelectItem("", text("tariffs.everywhere")));
        if (chooses) {
            places.add(new SelectItem(TariffDiscountForm.CHOSEN_STATIONS, text("tariffs.chosenStations")));
        }
        regions.forEach(region -> places.add(new SelectItem(TariffDiscountForm.REGION + region, regionName(region))));
    }

    public void add() {
        Integer rate = form.rate();
        if (rate == null) {
            PageMessages.refuse("discount:basisPoints", "tariffs.error.DISCOUNT_RANGE");
            return;
        }
        try {
            TariffDiscount added = tariffs.addDiscount(form.getTariffCode(), form.scope(), rate, form.getFrom());
            PageMessages.info("tariffs.added", added.tariffCode(), percent(added.basisPoints()), day(added.effectiveFrom()));
        } catch (Refusal refused) {
            TariffRefusals.show(refused);
            return;
        }
        reload();
    }

    /** Opens the end form for a row: it stops applying from today unless another day is chosen. */
    public void openEnd(TariffDiscount row) {
        ending = row;
        endsOn = today;
    }

    public void end() {
        try {
            TariffDiscount ended = tariffs.endDiscount(ending.id(), endsOn);
            PageMessages.info("tariffs.ended", ended.tariffCode(), percent(ended.basisPoints()), day(ended.endsOn()));
        } catch (Refusal refused) {
            TariffRefusals.show(refused);
            return;
        }
        reload();
    }

    private void reload() {
        today = tariffs.today();
        sheets = tariffs.all();
    }

    /** "AI-95", "Fuel (all)", "All products": what a row is for. */
    public String productOf(TariffDiscount row) {
        DiscountScope scope = row.scope();
        return scope.productCode() != null ? productName(scope.productCode())
                : scope.category() != null ? categoryName(scope.category()) : text("tariffs.allProducts");
    }

    /** "Moscow", "The contract's chosen stations", "Everywhere": where a row applies. */
    public String placeOf(TariffDiscount row) {
        DiscountScope scope = row.scope();
        return scope.chosenStations() ? text("tariffs.chosenStations")
                : scope.region() != null ? regionName(scope.region()) : text("tariffs.everywhere");
    }

    public String statusOf(TariffSheet sheet, TariffDiscount row) {
        return text("tariffs.status." + sheet.statusOf(row, today).name());
    }

    public boolean mayEnd(TariffDiscount row) {
        return !row.hasEnded(today);
    }

    /** What the tariff offers, in the reader's language; a tariff the bundle does not know shows its stored text. */
    public String about(Tariff tariff) {
        try {
            return PageMessages.text("tariffs.about." + tariff.code());
        } catch (MissingResourceException unknown) {
            return tariff.description();
        }
    }

    public String percent(int basisPoints) {
        return Formats.percent(basisPoints, language.getLocale());
    }

    public String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    private String productName(String code) {
        return known("fleet.product." + code, code);
    }

    private String categoryName(String code) {
        return known("tariffs.category." + code, code);
    }

    /** "Москва (RU-MOW)" where the bundle names the region, else its code. */
    private String regionName(String code) {
        String name = known("fleet.region." + code, null);
        return name == null ? code : name + " (" + code + ")";
    }

    private static String text(String key) {
        return PageMessages.text(key);
    }

    private static String known(String key, String otherwise) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        try {
            return bundle.getString(key);
        } catch (MissingResourceException unknown) {
            return otherwise;
        }
    }

    private static List<String> union(List<String> known, List<String> found) {
        TreeSet<String> all = new TreeSet<>(known);
        all.addAll(found);
        return List.copyOf(all);
    }

    public List<TariffSheet> getSheets() {
        return sheets;
    }

    public TariffDiscountForm getForm() {
        return form;
    }

    public List<SelectItem> getProducts() {
        return products;
    }

    public List<SelectItem> getPlaces() {
        return places;
    }

    public LocalDate getToday() {
        return today;
    }

    public TariffDiscount getEnding() {
        return ending;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
