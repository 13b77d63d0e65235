package org.cardhub.documents.control;

import org.cardhub.documents.entity.DocumentFormat;
import org.cardhub.documents.entity.DocumentKind;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A document written to a temporary file, with its name, size and SHA-256 (hex), waiting to be stored. */
record IssuedFile(DocumentKind kind, DocumentFormat format, String fileName, Path file, String sha256, long size) {

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
