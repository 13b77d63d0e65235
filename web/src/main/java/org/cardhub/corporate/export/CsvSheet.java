package org.cardhub.corporate.export;

import org.cardhub.fleet.entity.TransactionRow;
import org.cardhub.fleet.entity.TransactionTotals;
import org.cardhub.money.Amount;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Transactions as CSV that Excel in Russian opens as it is: UTF-8 with a byte order mark, semicolons between fields,
 * a decimal comma and no digit grouping, so the amounts stay numbers. Fields with a semicolon, a quote or a line
 * break are quoted.
 */
public final class CsvSheet implements TransactionSheet {

    private static final char BOM = '\ufeff';

    private final Writer out;
    private final TransactionLabels labels;

    public CsvSheet(OutputStream out, TransactionLabels labels) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.labels = labels;
    }

    @Override
    public void header() throws IOException {
        out.write(BOM);
        line(labels.headers());
    }

    @Override
    public void row(TransactionRow row) throws IOException {
        line(List.of(labels.when(row.bookedAt()), labels.card(row), text(labels.vehicle(row)), text(row.station()),
                text(row.region()), text(labels.product(row.product())), number(row.volume()),
                row.isSale() ? number(row.price()) : "", row.isSale() ? number(row.discount()) : "", number(row.amount()),
                labels.type(row.type()), labels.status(row.status()), labels.suspicions(row)));
    }

    @Override
    public void totals(TransactionTotals totals) throws IOException {
        line(List.of(labels.text("fleet.tx.totals"), labels.text("fleet.tx.count") + ": " + totals.count(), "", "", "",
                labels.text("fleet.tx.spent"), number(totals.litres()), "", "", number(totals.spent()), "", "", ""));
        line(List.of("", "", "", "", "", labels.text("fleet.tx.toppedUp"), "", "", "", number(totals.toppedUp()), "", "", ""));
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    /** E.g. {@code 1500,00} or {@code 25,000}: the decimal comma, no grouping. */
    static String number(Amount amount) {
        return amount.toPlainString().replace('.', ',');
    }

    private void line(List<String> fields) throws IOException {
        List<String> quoted = new ArrayList<>(fields.size());
        for (String field : fields) {
            quoted.add(quotedIfNeeded(field));
        }
        out.write(String.join(";", quoted));
        out.write("\r\n");
    }

    private static String quotedIfNeeded(String field) {
        if (field.indexOf(';') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Free text (a holder's or a station's name) never starts a formula when the file is opened. */
    private static String text(String value) {
        if (value == null) {
            return "";
        }
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
