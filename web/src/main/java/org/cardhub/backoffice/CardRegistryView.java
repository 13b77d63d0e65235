package org.cardhub.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.PagedTable;
import org.cardhub.refusal.Refusal;
import org.cardhub.registry.boundary.CardRegistry;
import org.cardhub.registry.entity.CardQuery;
import org.cardhub.registry.entity.CardRow;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;

/**
 * The cards search: one input, read by its shape ({@link CardQuery}) as a full number, the last four digits, a barcode,
 * a school contract number or a part of the holder's name; the cards found page by page. A full number is looked up
 * through its keyed hash and, once searched, shown back masked: it stays neither in the input nor on the page.
 */
@Named
@ViewScoped
public class CardRegistryView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String INPUT = "cards:query";

    @Inject
    CardRegistry registry;

    private String text;
    private CardQuery query;
    private PagedTable<CardRow> table;

    @PostConstruct
    void init() {
        table = new PagedTable<>(() -> query == null ? 0 : registry.count(query),
                (first, max) -> query == null ? java.util.List.of() : registry.page(query, first, max),
                row -> row.id().toString());
    }

    public void search() {
        try {
            query = CardQuery.of(text);
            text = query.shown();
        } catch (Refusal refused) {
            query = null;
            text = null;
            RegistryRefusals.show(refused, INPUT, null);
        }
    }

    public LazyDataModel<CardRow> getTable() {
        return table;
    }

    /** What the last search looked for, for the line above the results. */
    public CardQuery getQuery() {
        return query;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
