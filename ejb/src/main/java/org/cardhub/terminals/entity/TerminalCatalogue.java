package org.cardhub.terminals.entity;

import java.io.Serializable;
import java.util.List;

/** What the registry's terminals sell (product codes, categories) and where they stand (regions), each once, sorted. */
public record TerminalCatalogue(List<String> products, List<String> categories, List<String> regions)
        implements Serializable {

    public TerminalCatalogue {
        products = List.copyOf(products);
        categories = List.copyOf(categories);
        regions = List.copyOf(regions);
    }
}
