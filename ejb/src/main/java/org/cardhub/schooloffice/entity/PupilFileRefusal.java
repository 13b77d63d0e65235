package org.cardhub.schooloffice.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

import java.util.List;

/**
 * A file of pupils that cannot be imported: too big, not a table, without the required columns or rows, or with bad
 * rows — each named with its line ({@link #problems()}). Nothing is written.
 */
public class PupilFileRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    /** The largest file read, in bytes (5 MB). */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The most pupils one file may list. */
    public static final int MAX_ROWS = 5_000;

    public enum Code implements RefusalCode {
        TOO_BIG,
        TOO_MANY_ROWS,
        /** Neither a CSV text nor an Excel workbook that can be read. */
        UNREADABLE,
        /** The header row lacks required columns ({@link #missing()}). */
        COLUMNS_MISSING,
        NO_ROWS,
        /** Rows break the rules ({@link #problems()}). */
        ROWS_INVALID;

        @Override
        public Kind kind() {
            return Kind.MALFORMED;
        }
    }

    private final List<RowProblem> problems;
    private final List<PupilColumn> missing;

    public PupilFileRefusal(Code code, String message) {
        this(code, message, List.of(), List.of());
    }

    private PupilFileRefusal(Code code, String message, List<RowProblem> problems, List<PupilColumn> missing) {
        super(code, message);
        this.problems = List.copyOf(problems);
        this.missing = List.copyOf(missing);
    }

    public static PupilFileRefusal columnsMissing(List<PupilColumn> missing) {
        return new PupilFileRefusal(Code.COLUMNS_MISSING, "The header lacks the columns " + missing, List.of(), missing);
    }

    public static PupilFileRefusal rowsInvalid(List<RowProblem> problems) {
        return new PupilFileRefusal(Code.ROWS_INVALID, problems.size() + " rows break the rules", problems, List.of());
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public List<PupilColumn> missing() {
        return missing;
    }
}
