package org.cardhub.api.gate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * No machine request carries more than 64 KiB. A body of unknown length (chunked, or HTTP/2 without
 * content-length) is read up to the limit and handed on from memory, so no endpoint ever reads more.
 * A refused body is still read and thrown away, up to {@value #MAX_DISCARDED} bytes: clients that send
 * before they listen (HTTP/2 flow control, HTTP/1.1 keep-alive) would otherwise never see the 413.
 */
@WebFilter(filterName = "RequestSizeLimit", urlPatterns = {"/api/*", "/soap/*", "/agent", "/agent/*"})
public class RequestSizeLimit extends HttpFilter {

    static final int MAX_BODY = 64 * 1024;
    private static final long MAX_DISCARDED = 16L * 1024 * 1024;
    private static final String DETAIL = "A request body is at most 64 KiB";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long declared = request.getContentLengthLong();
        if (declared > MAX_BODY) {
            refuse(request, response);
            return;
        }
        if (declared < 0) {
            byte[] body = readAtMost(request.getInputStream(), MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                refuse(request, response);
                return;
            }
            chain.doFilter(body.length == 0 ? request : new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Refuses a body over the limit, in the channel's own form; filters that read the body first (SoapGate) call it too. */
    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!discardedToTheEnd(request.getInputStream()) && request.getProtocol().startsWith("HTTP/1")) {
            response.setHeader("Connection", "close");
        }
        MachineChannel channel = MachineChannel.of(request, request.getRequestURI()).orElse(MachineChannel.REST);
        channel.refuse(request, response, 413, "PAYLOAD_TOO_LARGE", DETAIL, 300);
    }

    private static boolean discardedToTheEnd(InputStream in) throws IOException {
        byte[] sink = new byte[8192];
        long discarded = 0;
        int read;
        while (discarded < MAX_DISCARDED) {
            read = in.read(sink);
            if (read < 0) {
                return true;
            }
            discarded += read;
        }
        return false;
    }

    private static byte[] readAtMost(InputStream in, int max) throws IOException {
        byte[] buffer = new byte[Math.min(max, 8192)];
        int length = 0;
        int read;
        while (length < max && (read = in.read(buffer, length, buffer.length - length)) != -1) {
            length += read;
            if (length == buffer.length && length < max) {
                buffer = Arrays.copyOf(buffer, Math.min(max, buffer.length * 2));
            }
        }
        return Arrays.copyOf(buffer, length);
    }
}
