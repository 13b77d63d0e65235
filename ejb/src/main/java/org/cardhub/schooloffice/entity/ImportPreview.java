package org.cardhub.schooloffice.entity;

import java.io.Serializable;
import java.util.List;

/**
 * What applying a file of pupils would do, or every row that stops it ({@link #problems()}, by line): nothing is written
 * while there is one.
 */
public record ImportPreview(ImportSummary summary, List<RowProblem> problems) implements Serializable {

    public ImportPreview {
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty();
    }
}
