/**
 * What issuing closing documents needs: writing every file from one read of the month (PDF on PDFBox with DejaVu
 * embedded, XLSX on POI's streaming workbook, the UPD's FNS exchange file on StAX), the store of issued documents
 * (content written once, hashed), VAT rates, the seller's requisites from configuration. Used by {@code documents}
 * only.
 */
package org.cardhub.documents.control;
