package org.cardhub.tools.acquirer;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.cardhub.tools.options.InvalidOptionsException;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for YooKassa, the acquirer Cardhub takes bank-card payments through: the API subset Cardhub speaks
 * ({@code docs/acquiring-api.md}), the payer's checkout page, notifications to Cardhub and a control API for demos and
 * tests, on 127.0.0.1, in memory. The launcher runs it beside Payara; the tests start it in-process.
 */
public final class AcquirerEmulator implements AutoCloseable {

    /** Pending payments are checked against the confirmation timeout this often. */
    private static final long SWEEP_MILLIS = 250;
    private static final int WORKERS = 16;

    private final HttpServer server;
    private final ExecutorService workers;
    private final ScheduledExecutorService scheduler;

    private AcquirerEmulator(HttpServer server, ExecutorService workers, ScheduledExecutorService scheduler) {
        this.server = server;
        this.workers = workers;
        this.scheduler = scheduler;
    }

    public static void main(String[] args) {
        EmulatorOptions options;
        try {
            options = EmulatorOptions.parse(args);
        } catch (InvalidOptionsException e) {
            System.err.println("acquirer-emulator: " + e.getMessage() + " (--help lists the options)");
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(EmulatorOptions.usage());
            return;
        }
        AcquirerEmulator emulator;
        try {
            emulator = start(options, System.out);
        } catch (IOException e) {
            System.err.println("acquirer-emulator: cannot listen on 127.0.0.1:" + options.port() + " (" + e.getMessage()
                    + "): is another program using the port?");
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close, "acquirer-emulator-stop"));
        System.out.println("acquirer-emulator: listening on http://127.0.0.1:" + emulator.port()
                + " (API /api/v3, shop " + options.shopId() + "), notifications to " + options.notifyUrl());
    }

    /** Starts the emulator; {@code log} gets one line per request and notification attempt. */
    static AcquirerEmulator start(EmulatorOptions options, PrintStream log) throws IOException {
        InetSocketAddress address = new InetSocketAddress(InetAddress.getByName("127.0.0.1"), options.port());
        HttpServer server = HttpServer.create(address, 64);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS, named("acquirer-http"));
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4, named("acquirer-notify"));
        String base = "http://127.0.0.1:" + server.getAddress().getPort();

        EmulatorLog emulatorLog = new EmulatorLog(log);
        PaymentStore store = new PaymentStore(Clock.systemUTC(), options.notificationMode(),
                options.confirmationTimeout());
        PayoutStore payouts = new PayoutStore(Clock.systemUTC());
        PaymentJson json = new PaymentJson(base + CheckoutHandler.PREFIX, options.shopId());
        NotificationSender notifications = new NotificationSender(options.notifyUrl(), json, scheduler,
                options.retryDelay(), options.lateDelay(), emulatorLog);

        handle(server, ApiHandler.PREFIX + "/", emulatorLog,
                new ApiHandler(store, payouts, json, notifications, options.shopId(), options.secret()));
        handle(server, CheckoutHandler.PREFIX, emulatorLog, new CheckoutHandler(store, notifications));
        handle(server, ControlHandler.PREFIX, emulatorLog, new ControlHandler(store, notifications));
        handle(server, "/", emulatorLog, exchange -> {
            try (exchange) {
                Exchanges.text(exchange, 404, "nothing here: the API is under /api/v3");
            }
        });
        server.setExecutor(workers);
        server.start();

        scheduler.scheduleWithFixedDelay(() -> sweep(store, payouts, notifications, emulatorLog),
                SWEEP_MILLIS, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        return new AcquirerEmulator(server, workers, scheduler);
    }

    private static void sweep(PaymentStore store, PayoutStore payouts, NotificationSender notifications, EmulatorLog log) {
        try {
            for (Payment payment : store.expireUnconfirmed()) {
                log.line("payment " + payment.id() + " canceled: not confirmed within "
                        + store.confirmationTimeout().toSeconds() + " s");
                notifications.announce(payment, payment.notificationMode(), false);
            }
            store.forgetOldKeys();
            payouts.forgetOldKeys();
        } catch (RuntimeException e) {
            log.line("confirmation timeout check failed: " + e);
        }
    }

    private static void handle(HttpServer server, String path, EmulatorLog log, HttpHandler handler) {
        HttpContext context = server.createContext(path, handler);
        context.getFilters().add(log);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** The port it listens on (the one given, or the free one it was given for 0). */
    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        scheduler.shutdownNow();
        workers.shutdownNow();
    }
}
