package org.cardhub.schoollists;

import org.cardhub.cabinet.PageMessages;
import org.cardhub.meals.entity.BenefitKind;
import org.cardhub.schooloffice.entity.ImportSummary;
import org.cardhub.schooloffice.entity.PupilColumn;
import org.cardhub.schooloffice.entity.PupilFileRefusal;
import org.cardhub.schooloffice.entity.RowProblem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the import page says of a file, in the reader's language: each bad row, a refused file, what applying does. */
final class ImportTexts {

    private ImportTexts() {
    }

    /** «Строка 5: не указана фамилия», one a row problem; a category's names the kinds there are. */
    static List<String> problems(List<RowProblem> problems, List<BenefitKind> kinds, Locale locale) {
        String kindNames = kinds.stream().map(kind -> "«" + kind.nameIn(locale) + "»").collect(Collectors.joining(", "));
        return problems.stream().map(problem -> PageMessages.text("import.row." + problem.code().name(),
                Integer.toString(problem.line()), problem.value(), Integer.toString(problem.otherLine()), kindNames)).toList();
    }

    /** Why a file was refused as a whole; a refusal of its rows says only that, its rows are listed apart. */
    static String refused(PupilFileRefusal refusal) {
        if (refusal.code() == PupilFileRefusal.Code.COLUMNS_MISSING) {
            return PageMessages.text("import.file.COLUMNS_MISSING", refusal.missing().stream()
                    .map(column -> PageMessages.text("import.column." + column.name())).collect(Collectors.joining(", ")));
        }
        return PageMessages.text("import.file." + refusal.code().name());
    }

    /** The lines of what applying does (or did): only the counts that are not zero. */
    static List<String> summary(ImportSummary summary) {
        List<String> lines = new ArrayList<>();
        add(lines, "import.summary.created", summary.created());
        add(lines, "import.summary.moved", summary.moved());
        add(lines, "import.summary.renamed", summary.renamed());
        add(lines, "import.summary.staff", summary.staffChanged());
        add(lines, "import.summary.classes", summary.classesCreated());
        add(lines, "import.summary.benefitsGranted", summary.benefitsGranted());
        add(lines, "import.summary.benefitsEnded", summary.benefitsEnded());
        add(lines, "import.summary.unchanged", summary.unchanged());
        return lines;
    }

    /** The columns a file needs, as the page's hint names them. */
    static String columns() {
        return Arrays.stream(PupilColumn.values()).map(column -> PageMessages.text("import.column." + column.name()))
                .collect(Collectors.joining(", "));
    }

    private static void add(List<String> lines, String key, int count) {
        if (count > 0) {
            lines.add(PageMessages.text(key, count));
        }
    }
}
