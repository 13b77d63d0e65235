package org.cardhub.api.gate;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A request whose body was already read into memory. The container can no longer parse a form body it
 * did not read itself, so form parameters (the payment-agent protocol's POST) are parsed here, after
 * those of the query string, as the servlet specification orders them.
 */
final class BufferedBodyRequest extends HttpServletRequestWrapper {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final byte[] body;
    private Map<String, String[]> parameters;
    private ServletInputStream stream;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    /** One stream for the request, as the container gives: whoever reads first reads the body once. */
    @Override
    public ServletInputStream getInputStream() {
        if (stream == null) {
            stream = new BufferedStream(new ByteArrayInputStream(body));
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), charset()));
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values.clone();
    }

    private Map<String, String[]> parameters() {
        if (parameters == null) {
            Map<String, List<String>> collected = new LinkedHashMap<>();
            collect(getQueryString(), collected);
            String contentType = getContentType();
            if ("POST".equals(getMethod()) && contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
                collect(new String(body, StandardCharsets.ISO_8859_1), collected);
            }
            Map<String, String[]> result = new LinkedHashMap<>();
            collected.forEach((name, values) -> result.put(name, values.toArray(String[]::new)));
            parameters = Collections.unmodifiableMap(result);
        }
        return parameters;
    }

    /** Form encoding is ASCII on the wire; the percent-escapes decode in the request's character encoding. */
    private void collect(String encoded, Map<String, List<String>> into) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                into.computeIfAbsent(URLDecoder.decode(name, charset()), key -> new ArrayList<>())
                        .add(URLDecoder.decode(value, charset()));
            } catch (IllegalArgumentException malformed) {
                // a broken escape: the container would skip the pair too
            }
        }
    }

    private Charset charset() {
        String encoding = getCharacterEncoding();
        try {
            return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static final class BufferedStream extends ServletInputStream {
        private final ByteArrayInputStream in;

        BufferedStream(ByteArrayInputStream in) {
            this.in = in;
        }

        @Override
        public int read() {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return in.read(buffer, offset, length);
        }

        @Override
        public int available() {
            return in.available();
        }

        @Override
        public boolean isFinished() {
            return in.available() == 0;
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            try {
                listener.onDataAvailable();
                listener.onAllDataRead();
            } catch (IOException e) {
                listener.onError(e);
            }
        }
    }
}
