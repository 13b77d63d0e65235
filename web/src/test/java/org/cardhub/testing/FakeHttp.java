package org.cardhub.testing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request to the application at context path {@code /cardhub} and the answer it got, without a
 * container: the request and response are proxies that know only what the code under test asks of them
 * (anything else fails the test loudly).
 */
public final class FakeHttp {

    private final String method;
    private final String path;
    private final Map<String, String> parameters = new HashMap<>();
    private boolean hasSession;
    private Principal principal;

    private int status = HttpServletResponse.SC_OK;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private boolean passedOn;

    private FakeHttp(String method, String path) {
        this.method = method;
        this.path = path;
    }

    /** A request for {@code path} inside the application, e.g. {@code /cabinet/parent/index.xhtml}. */
    public static FakeHttp request(String method, String path) {
        return new FakeHttp(method, path);
    }

    public FakeHttp parameter(String name, String value) {
        parameters.put(name, value);
        return this;
    }

    public FakeHttp withSession() {
        hasSession = true;
        return this;
    }

    public FakeHttp signedInAs(String name) {
        principal = () -> name;
        return this;
    }

    public HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletRequest.class},
                (proxy, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getContextPath" -> "/cardhub";
                    case "getRequestURI" -> "/cardhub" + path;
                    case "getServletPath" -> path;
                    case "getParameter" -> parameters.get((String) args[0]);
                    case "getUserPrincipal" -> principal;
                    case "getSession" -> hasSession ? Proxy.newProxyInstance(getClass().getClassLoader(),
                            new Class<?>[]{jakarta.servlet.http.HttpSession.class}, (s, m, a) -> null) : null;
                    case "toString" -> method + " " + path;
                    default -> throw new UnsupportedOperationException("request." + called.getName());
                });
    }

    public HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{HttpServletResponse.class},
                (proxy, called, args) -> switch (called.getName()) {
                    case "setStatus" -> {
                        status = (Integer) args[0];
                        yield null;
                    }
                    case "getStatus" -> status;
                    case "setHeader", "addHeader" -> {
                        headers.put((String) args[0], (String) args[1]);
                        yield null;
                    }
                    case "getHeader" -> headers.get((String) args[0]);
                    case "containsHeader" -> headers.containsKey((String) args[0]);
                    case "setContentType" -> {
                        headers.put("Content-Type", (String) args[0]);
                        yield null;
                    }
                    case "sendRedirect" -> {
                        status = HttpServletResponse.SC_FOUND;
                        headers.put("Location", (String) args[0]);
                        yield null;
                    }
                    case "isCommitted" -> false;
                    case "reset" -> {
                        headers.clear();
                        body.reset();
                        yield null;
                    }
                    case "getOutputStream" -> new RecordingStream();
                    case "toString" -> "response";
                    default -> throw new UnsupportedOperationException("response." + called.getName());
                });
    }

    /** A chain that records whether the request was let through. */
    public FilterChain chain() {
        return (request, response) -> passedOn = true;
    }

    public boolean passedOn() {
        return passedOn;
    }

    public int status() {
        return status;
    }

    public String header(String name) {
        return headers.get(name);
    }

    public String body() {
        return body.toString(StandardCharsets.UTF_8);
    }

    private final class RecordingStream extends ServletOutputStream {

        @Override
        public void write(int b) {
            body.write(b);
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException();
        }
    }
}
