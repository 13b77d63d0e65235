package org.cardhub.documents.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Every hour, half an hour after the month close ({@code periods.boundary.MonthCloseTimer}, at minute 7), issues the
 * documents of the months closed since ({@link ClosingDocuments#generateForClosedMonths}): a month closed on the 4th
 * after its grace period has its documents well before the 5th. The month close cannot call the documents (it is below
 * them), so they follow it on their own clock. Not persistent: what is due is read from the closed months and the
 * documents at every run, so a run missed while the server was down is made good by the next.
 */
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClosingDocumentsTimer {

    @EJB
    ClosingDocuments documents;

    @Schedule(hour = "*", minute = "37", persistent = false)
    public void issueForClosedMonths() {
        documents.generateForClosedMonths();
    }
}
