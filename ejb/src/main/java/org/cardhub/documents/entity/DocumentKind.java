package org.cardhub.documents.entity;

import java.util.List;

/**
 * The documents a fuel contract gets for each closed month, and the formats each is issued in: every one as PDF and
 * XLSX, the UPD also as the FNS exchange file for an EDI operator.
 */
public enum DocumentKind {
    /** Счёт-фактура. */
    INVOICE("Счёт-фактура", "invoice", List.of(DocumentFormat.PDF, DocumentFormat.XLSX)),
    /** Универсальный передаточный документ (status 1: an invoice and the document of the transfer in one). */
    UPD("Универсальный передаточный документ", "upd", List.of(DocumentFormat.PDF, DocumentFormat.XLSX, DocumentFormat.XML)),
    /** Акт сверки взаимных расчётов. */
    RECONCILIATION("Акт сверки взаимных расчётов", "reconciliation", List.of(DocumentFormat.PDF, DocumentFormat.XLSX)),
    /** Отчёт по транзакциям: every movement of the month. */
    TRANSACTIONS("Отчёт по транзакциям", "transactions", List.of(DocumentFormat.PDF, DocumentFormat.XLSX));

    private final String title;
    private final String fileStem;
    private final List<DocumentFormat> formats;

    DocumentKind(String title, String fileStem, List<DocumentFormat> formats) {
        this.title = title;
        this.fileStem = fileStem;
        this.formats = formats;
    }

    /** Its title in Russian, as the document itself says. */
    public String title() {
        return title;
    }

    public List<DocumentFormat> formats() {
        return formats;
    }

    /**
     * The file's name, e.g. {@code invoice_F-00000001_2026-01_v2.pdf}; the FNS file is named by the format's own rule
     * ({@code ON_NSCHFDOPPR_...}) instead.
     */
    public String fileName(String contractNumber, String month, int version, DocumentFormat format) {
        return fileStem + "_" + contractNumber + "_" + month + (version > 1 ? "_v" + version : "") + "." + format.extension();
    }
}
