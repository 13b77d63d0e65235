package org.cardhub.attendance;

import org.cardhub.school.entity.AttendanceSheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;

/** The files a register is downloaded as. */
public enum AttendanceFormat {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String contentType;

    AttendanceFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    void write(AttendanceSheet register, AttendanceLabels labels, OutputStream out) throws IOException {
        switch (this) {
            case XLSX -> AttendanceWorkbook.write(register, labels, out);
            case PDF -> AttendancePdf.write(register, labels, out);
        }
    }

    public static Optional<AttendanceFormat> of(String extension) {
        return Arrays.stream(values()).filter(format -> format.extension.equals(extension)).findFirst();
    }
}
