package org.cardhub.documents.entity;

/** The file a closing document is issued as. */
public enum DocumentFormat {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** The FNS exchange file (windows-1251), for the UPD only. */
    XML("application/xml", "xml");

    private final String contentType;
    private final String extension;

    DocumentFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
