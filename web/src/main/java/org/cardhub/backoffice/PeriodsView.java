package org.cardhub.backoffice;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cardhub.cabinet.Language;
import org.cardhub.cabinet.PageMessages;
import org.cardhub.ledger.entity.InvalidPeriodChangeException;
import org.cardhub.periods.boundary.Periods;
import org.cardhub.periods.entity.ContractBooks;
import org.cardhub.periods.entity.MonthStatus;
import org.cardhub.refusal.Refusal;
import org.primefaces.PrimeFaces;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/**
 * The month close page: a contract found by its number, its months page by page with their status, closing a month
 * that has ended and reopening a closed one with a reason. The rules are the boundary's; refusals land at the field
 * they are about.
 */
@Named
@ViewScoped
public class PeriodsView implements Serializable {

    private static final String NUMBER = "search:number";
    private static final String REASON = "reopen:reason";

    @Inject
    Periods periods;

    @Inject
    Language language;

    private String number;
    private ContractBooks books;
    private MonthTable table;
    private YearMonth reopening;
    private String reason;

    public void show() {
        books = periods.books(number).orElse(null);
        table = books == null ? null : new MonthTable(periods, books);
        if (books == null) {
            PageMessages.refuse(NUMBER, "periods.unknown", number == null ? "" : number.strip());
        }
    }

    public void close(String month) {
        YearMonth chosen = YearMonth.parse(month);
        try {
            boolean closed = periods.closeNow(books.contractId(), chosen);
            PageMessages.info(closed ? "periods.closed" : "periods.alreadyClosed", monthName(chosen), books.number());
        } catch (Refusal refused) {
            showRefusal(refused, chosen);
        }
    }

    public void askReopen(String month) {
        reopening = YearMonth.parse(month);
        reason = null;
    }

    public void reopen() {
        try {
            periods.reopen(books.contractId(), reopening, reason);
            PageMessages.info("periods.reopened", monthName(reopening), books.number());
            PrimeFaces.current().ajax().addCallbackParam("acted", true);
        } catch (Refusal refused) {
            showRefusal(refused, reopening);
        }
    }

    /** «январь 2026» in Russian, «January 2026» in English. */
    public String monthName(YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("LLLL yyyy", language.getLocale()).format(month);
    }

    private void showRefusal(Refusal refused, YearMonth month) {
        if (refused.code() == InvalidPeriodChangeException.Code.REASON_REQUIRED) {
            PageMessages.refuse(REASON, "periods.reasonRequired");
        } else if (refused.code() instanceof InvalidPeriodChangeException.Code code) {
            PageMessages.refuse(null, "periods.error." + code.name(), monthName(month), books.number());
        } else if (refused.code().kind() == Refusal.Kind.NOT_FOUND) {
            PageMessages.refuse(NUMBER, "periods.unknown", books.number());
        } else {
            throw refused;
        }
    }

    public LazyDataModel<MonthStatus> getTable() {
        return table;
    }

    public ContractBooks getBooks() {
        return books;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public YearMonth getReopening() {
        return reopening;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
