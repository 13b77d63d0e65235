package org.cardhub.documents.control;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A page's content stream as it is assembled: a growing byte array, without the locking of
 * {@link java.io.ByteArrayOutputStream} (a report's page takes thousands of small writes).
 */
final class ContentBuffer {

    private byte[] bytes = new byte[64 * 1024];
    private int length;

    void put(int b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = (byte) b;
    }

    void put(byte[] more) {
        if (length + more.length > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more.length));
        }
        System.arraycopy(more, 0, bytes, length, more.length);
        length += more.length;
    }

    /** Latin-1 text: the operators and names of a content stream. */
    void put(String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            put(ascii.charAt(i));
        }
    }

    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, length);
    }

    void reset() {
        length = 0;
    }
}
