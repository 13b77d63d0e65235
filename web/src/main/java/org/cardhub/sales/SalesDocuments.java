package org.cardhub.sales;

import org.cardhub.meals.entity.CategorySales;
import org.cardhub.meals.entity.ClassSales;
import org.cardhub.meals.entity.DaySales;
import org.cardhub.meals.entity.DishSales;
import org.cardhub.meals.entity.SalesReport;
import org.cardhub.meals.entity.SettledDay;
import org.cardhub.meals.entity.SettlementStatement;
import org.cardhub.school.entity.PupilCategory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.cardhub.sales.ReportTable.Kind.COUNT;
import static org.cardhub.sales.ReportTable.Kind.MONEY;
import static org.cardhub.sales.ReportTable.Kind.TEXT;

/** The sales report and the settlements' statement as the tables of their downloaded files, in the reader's language. */
public final class SalesDocuments {

    private SalesDocuments() {
    }

    public static ReportDocument of(SalesReport report, SalesTexts texts, Instant now) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("sales.file.school", report.school().name()));
        report.supplierIfAny().ifPresent(supplier -> lines.add(texts.text("sales.supplierIs", supplier.supplierName())));
        lines.add(texts.text("sales.file.period", SalesTexts.day(report.period().from()), SalesTexts.day(report.period().to())));
        lines.add(texts.text("sales.file.made", SalesTexts.moment(now, report.school().zone()), report.school().zone().getId()));
        List<ReportTable> tables = List.of(totals(report, texts), categories(report, texts), days(report, texts),
                dishes(report, texts), classes(report, texts));
        return new ReportDocument("canteen-sales-" + report.period().from() + "-" + report.period().to(),
                texts.text("sales.title"), lines, tables, texts.text("sales.file.page"));
    }

    public static ReportDocument of(SettlementStatement statement, SalesTexts texts, Instant now) {
        List<String> lines = new ArrayList<>();
        lines.add(texts.text("sales.file.school", statement.school().name()));
        statement.supplierIfAny().ifPresent(supplier -> lines.add(texts.text("settle.supplier", supplier.supplierName(),
                supplier.contractNumber(), texts.percent(supplier.commissionBp()))));
        lines.add(texts.text("sales.file.made", SalesTexts.moment(now, statement.school().zone()),
                statement.school().zone().getId()));
        List<ReportTable> tables = new ArrayList<>();
        tables.add(settledDays(statement, texts));
        if (statement.showsAccount()) {
            tables.add(account(statement, texts));
        }
        return new ReportDocument("canteen-settlements-" + statement.month(), texts.text("settle.statementOf",
                texts.month(statement.month())), lines, tables, texts.text("sales.file.page"));
    }

    private static ReportTable totals(SalesReport report, SalesTexts texts) {
        return new ReportTable(texts.text("sales.file.totals"), List.of(column(texts, "sales.revenue", MONEY, 1),
                column(texts, "sales.meals", COUNT, 1), column(texts, "sales.averageCheck", MONEY, 1)),
                List.of(List.of(report.total().revenue(), report.total().meals(), report.total().averageCheck())), null);
    }

    private static ReportTable categories(SalesReport report, SalesTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (CategorySales sales : report.byCategory()) {
            rows.add(List.of(texts.category(sales.category()), sales.figures().revenue(), sales.figures().meals(),
                    sales.figures().averageCheck(), texts.share(sales.figures().revenueMinor(), report.total().revenueMinor())));
        }
        return new ReportTable(texts.text("sales.byCategory"), List.of(column(texts, "sales.category", TEXT, 3),
                column(texts, "sales.revenue", MONEY, 2), column(texts, "sales.meals", COUNT, 1.2f),
                column(texts, "sales.averageCheck", MONEY, 1.6f), column(texts, "sales.share", MONEY, 1.2f)),
                rows, List.of(texts.text("sales.total"), report.total().revenue(), report.total().meals(),
                report.total().averageCheck(), ""));
    }

    private static ReportTable days(SalesReport report, SalesTexts texts) {
        List<ReportTable.Column> columns = new ArrayList<>(List.of(column(texts, "sales.day", TEXT, 1.4f)));
        Arrays.stream(PupilCategory.values()).forEach(category ->
                columns.add(new ReportTable.Column(texts.category(category), MONEY, 1.6f)));
        columns.add(column(texts, "sales.revenue", MONEY, 1.6f));
        columns.add(column(texts, "sales.meals", COUNT, 1));
        List<List<Object>> rows = new ArrayList<>();
        for (DaySales day : report.byDay()) {
            List<Object> row = new ArrayList<>(List.of(SalesTexts.day(day.day())));
            Arrays.stream(PupilCategory.values()).forEach(category -> row.add(day.of(category).revenue()));
            row.add(day.total().revenue());
            row.add(day.total().meals());
            rows.add(row);
        }
        List<Object> totals = new ArrayList<>(List.of(texts.text("sales.total")));
        Arrays.stream(PupilCategory.values()).forEach(category -> totals.add(report.of(category).revenue()));
        totals.add(report.total().revenue());
        totals.add(report.total().meals());
        return new ReportTable(texts.text("sales.byDay"), columns, rows, totals);
    }

    private static ReportTable dishes(SalesReport report, SalesTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (DishSales dish : report.byDish()) {
            rows.add(Arrays.asList(texts.dish(dish), dish.quantity(), dish.amount()));
        }
        return new ReportTable(texts.text("sales.byDish"), List.of(column(texts, "sales.dish", TEXT, 4),
                column(texts, "sales.quantity", COUNT, 1.3f), column(texts, "sales.amount", MONEY, 1.8f)), rows,
                Arrays.asList(texts.text("sales.total"), null, report.total().revenue()));
    }

    private static ReportTable classes(SalesReport report, SalesTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (ClassSales sales : report.byClass()) {
            rows.add(List.of(texts.schoolClass(sales), sales.figures().revenue(), sales.figures().meals(),
                    sales.figures().averageCheck()));
        }
        return new ReportTable(texts.text("sales.byClass"), List.of(column(texts, "sales.class", TEXT, 2.5f),
                column(texts, "sales.revenue", MONEY, 2), column(texts, "sales.meals", COUNT, 1.2f),
                column(texts, "sales.averageCheck", MONEY, 1.6f)), rows,
                List.of(texts.text("sales.total"), report.total().revenue(), report.total().meals(), report.total().averageCheck()));
    }

    private static ReportTable settledDays(SettlementStatement statement, SalesTexts texts) {
        List<List<Object>> rows = new ArrayList<>();
        for (SettledDay day : statement.days()) {
            rows.add(List.of(SalesTexts.day(day.day()), day.sales(), day.commission(), day.share(), day.meals()));
        }
        SettledDay total = statement.total();
        return new ReportTable(texts.text("settle.byDay"), List.of(column(texts, "settle.day", TEXT, 1.4f),
                column(texts, "settle.sales", MONEY, 1.8f), column(texts, "settle.commission", MONEY, 1.6f),
                column(texts, "settle.share", MONEY, 1.8f), column(texts, "settle.meals", COUNT, 1)), rows,
                List.of(texts.text("settle.total"), total.sales(), total.commission(), total.share(), total.meals()));
    }

    private static ReportTable account(SettlementStatement statement, SalesTexts texts) {
        List<List<Object>> rows = List.of(List.of(texts.text("settle.opening"), statement.opening()),
                List.of(texts.text("settle.credited"), statement.credited()),
                List.of(texts.text("settle.other"), statement.otherMovements()));
        return new ReportTable(texts.text("settle.account"), List.of(column(texts, "settle.movement", TEXT, 3),
                column(texts, "sales.amount", MONEY, 2)), rows, List.of(texts.text("settle.closing"), statement.closing()));
    }

    private static ReportTable.Column column(SalesTexts texts, String key, ReportTable.Kind kind, float weight) {
        return new ReportTable.Column(texts.text(key), kind, weight);
    }
}
