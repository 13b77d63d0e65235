package org.cardhub.documents.entity;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a downloaded document goes: told which document it is (to name the file) before its first byte, it opens the
 * stream the content is copied into.
 */
@FunctionalInterface
public interface DocumentSink {

    OutputStream open(IssuedDocument document) throws IOException;
}
