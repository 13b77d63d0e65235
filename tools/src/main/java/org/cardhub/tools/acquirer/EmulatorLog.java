package org.cardhub.tools.acquirer;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Instant;

/** One line per request and per notification attempt, with the time; no card numbers or secrets ever. */
final class EmulatorLog extends Filter {

    private final PrintStream out;

    EmulatorLog(PrintStream out) {
        this.out = out;
    }

    void line(String text) {
        synchronized (out) {
            out.println(Instant.now() + " " + text);
            out.flush();
        }
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        long start = System.nanoTime();
        try {
            chain.doFilter(exchange);
        } finally {
            long millis = (System.nanoTime() - start) / 1_000_000;
            int status = exchange.getResponseCode();
            line(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " "
                    + (status < 0 ? "-" : String.valueOf(status)) + " " + millis + "ms");
        }
    }

    @Override
    public String description() {
        return "one line per request";
    }
}
