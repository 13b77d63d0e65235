package org.cardhub.tools.partner;

import org.cardhub.tools.options.InvalidOptionsException;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.cardhub.tools.simulator.LoadSchedule;

/**
 * Partner top-ups against a running Cardhub: N clients send REST top-ups or agent pays, in a closed loop or at an
 * offered rate, after a warm-up, and the report gives the throughput, the latency percentiles and the answers by
 * HTTP status and result. {@code --help} lists the options.
 *
 * <p>Open loop: request i is due at {@code start + i / rate}, whichever client takes it, and its latency counts from
 * then, so a server that falls behind shows as queueing time instead of slowing the offered load down (no
 * coordinated omission); {@link LoadSchedule} does the pacing, as for the terminal simulator.
 *
 * <p>With {@code --retries} a request that failed undecided is sent again as it was ({@link CallSender}) and counts
 * once, by its last answer; {@code --requests-log} keeps each request's last answer for {@link PartnerCheck}, which
 * holds it up against the database after a failover test.
 */
public final class PartnerLoad {

    static final int EXIT_BAD_OPTIONS = 1;
    static final int EXIT_NO_TOKEN = 2;
    static final int EXIT_LOG_FAILED = 3;
    /** An open-loop request that leaves later than this after it was due is counted as started late. */
    static final long LATE_TOLERANCE_MILLIS = 10;

    private final PartnerLoadOptions options;
    private final CallSender sender;
    private final RequestsLog log;
    private final PrintStream out;
    private final PrintStream err;
    private volatile LoadSchedule schedule;
    private volatile boolean stopRequested;
    private volatile boolean logFailed;

    PartnerLoad(PartnerLoadOptions options, CallSender sender, RequestsLog log, PrintStream out, PrintStream err) {
        this.options = options;
        this.sender = sender;
        this.log = log;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(launch(args, System.out, System.err));
    }

    static int launch(String[] args, PrintStream out, PrintStream err) {
        PartnerLoadOptions options;
        try {
            options = PartnerLoadOptions.parse(args);
        } catch (InvalidOptionsException e) {
            err.println("partner load: " + e.getMessage() + " (--help lists the options)");
            return EXIT_BAD_OPTIONS;
        }
        if (options.help()) {
            out.print(PartnerLoadOptions.usage());
            return 0;
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        TokenSource tokens = new TokenSource(http, options.tokenUrl(), options.clientId(), options.secret(),
                Clock.systemUTC());
        try {
            tokens.current();
        } catch (IOException e) {
            err.println("partner load: no token for " + options.clientId() + ": " + e.getMessage());
            return EXIT_NO_TOKEN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return EXIT_NO_TOKEN;
        }
        CallSender sender = new CallSender(options.target(), options.baseUrl(), options.timeout(), options.retries(),
                request -> reply(http.send(request, HttpResponse.BodyHandlers.ofString())), tokens,
                pause -> Thread.sleep(pause.toMillis()));
        try (RequestsLog log = options.requestsLog() == null ? RequestsLog.NONE : RequestsLog.to(options.requestsLog())) {
            return runAndReport(options, sender, log, out, err);
        } catch (IOException e) {
            err.println("partner load: cannot write the requests log " + options.requestsLog() + ": " + e);
            return EXIT_LOG_FAILED;
        }
    }

    private static CallSender.Reply reply(HttpResponse<String> response) {
        return new CallSender.Reply(response.statusCode(), response.body());
    }

    private static int runAndReport(PartnerLoadOptions options, CallSender sender, RequestsLog log, PrintStream out,
            PrintStream err) {
        PartnerLoad load = new PartnerLoad(options, sender, log, out, err);
        Thread interrupted = new Thread(load::stop, "partner-load-shutdown");
        Runtime.getRuntime().addShutdownHook(interrupted);
        try {
            LoadReport report = load.run();
            out.print(report.toText());
            out.println(report.summaryLine());
            out.flush();
            return load.logFailed ? EXIT_LOG_FAILED : 0;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException e) {
                // shutting down already (Ctrl-C); the hook is running
            }
        }
    }

    /** Warms up, then measures; prints progress lines while measuring. */
    LoadReport run() {
        Random random = options.seed() == null ? new SecureRandom() : new Random(options.seed());
        CallSource calls = new CallSource(options.accounts(), options.amount(), options.duplicatesPercent(),
                random.nextInt(10), Clock.systemDefaultZone());
        if (!options.warmup().isZero()) {
            LoadStatistics warmup = new LoadStatistics();
            double seconds = phase(options.warmup(), calls, warmup, random, "warmup");
            LoadStatistics.Counts counts = warmup.counts();
            out.printf(Locale.ROOT, "warm-up: %d answers (%d credited) in %.1f s%n", counts.answered(),
                    counts.credited(), seconds);
        }
        LoadStatistics stats = new LoadStatistics();
        double elapsed = phase(options.duration(), calls, stats, random, "measured");
        return new LoadReport(options.target().name().toLowerCase(Locale.ROOT), options.baseUrl().toString(),
                options.clientId(), options.clients(), loadDescription(), elapsed, stats.counts(),
                stats.latency().total());
    }

    /** Ends the run early: no new requests; the clients finish the one they are in. */
    void stop() {
        stopRequested = true;
        LoadSchedule current = schedule;
        if (current != null) {
            current.stop();
        }
    }

    /** Runs the clients for {@code length}; {@code name} (warmup, measured) marks the phase's lines in the log. */
    private double phase(Duration length, CallSource calls, LoadStatistics stats, Random seeds, String name) {
        LoadSchedule load = LoadSchedule.startingNow(Duration.ZERO, length, 0, options.rate());
        schedule = load;
        if (stopRequested) {
            load.stop();
        }
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            Random random = new Random(seeds.nextLong());
            Thread client = new Thread(() -> work(load, calls, stats, random, name), "partner-client-" + (i + 1));
            client.setDaemon(true);
            clients.add(client);
        }
        ScheduledExecutorService printer = "measured".equals(name) ? progressPrinter(load, stats) : null;
        clients.forEach(Thread::start);
        // A request's own timeouts and pauses end it; this deadline only guards the run against a client that never
        // returns.
        Duration lastRequest = options.timeout().multipliedBy(options.retries() + 1L)
                .plus(CallSender.LONGEST_PAUSE.multipliedBy(options.retries()));
        long deadline = load.countedFromNanos() + length.plus(lastRequest).plusSeconds(10).toNanos();
        long stuck = clients.stream().filter(client -> !joined(client, deadline)).count();
        if (stuck > 0) {
            err.println("partner load: " + stuck + " client(s) still waiting for an answer well past the timeout;"
                    + " their requests are not counted");
        }
        if (printer != null) {
            printer.shutdownNow();
        }
        return (System.nanoTime() - load.countedFromNanos()) / 1e9;
    }

    private void work(LoadSchedule load, CallSource calls, LoadStatistics stats, Random random, String phase) {
        long lateNanos = TimeUnit.MILLISECONDS.toNanos(LATE_TOLERANCE_MILLIS);
        for (long due = load.nextStart(); due != LoadSchedule.OVER; due = load.nextStart()) {
            if (load.openLoop() && System.nanoTime() - due > lateNanos) {
                stats.startedLate();
            }
            Call call = calls.next(random);
            Delivery delivery;
            try {
                delivery = sender.deliver(call);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                load.stop();
                return;
            }
            if (delivery.isAnswered()) {
                stats.answered(call, delivery.answer(), (System.nanoTime() - due) / 1000);
                calls.credited(call, delivery.answer());
            } else {
                stats.failed(call, delivery.failure());
            }
            stats.attempts(delivery.attempts(), delivery.isAnswered());
            try {
                log.write(LoggedRequest.of(options.target(), options.clientId(), phase, delivery));
            } catch (UncheckedIOException e) {
                logFailed = true;
                err.println("partner load: " + e.getMessage() + " (" + e.getCause() + "); stopping");
                stop();
                return;
            }
        }
    }

    private ScheduledExecutorService progressPrinter(LoadSchedule load, LoadStatistics stats) {
        ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "partner-load-progress");
            thread.setDaemon(true);
            return thread;
        });
        long millis = options.reportEvery().toMillis();
        if (millis > 0) {
            printer.scheduleAtFixedRate(() -> out.println(LoadReport.progress((System.nanoTime() - load.countedFromNanos()) / 1e9,
                    stats.counts(), stats.latency().interval(), millis / 1000.0)), millis, millis, TimeUnit.MILLISECONDS);
        }
        return printer;
    }

    private String loadDescription() {
        String loop = options.rate() > 0
                ? String.format(Locale.ROOT, "open loop at %s requests/s", plain(options.rate()))
                : "closed loop";
        return String.format(Locale.ROOT, "%s for %s s after %s s warm-up, %d account(s), %s RUB each%s", loop,
                plain(options.duration().toMillis() / 1000.0), plain(options.warmup().toMillis() / 1000.0),
                options.accounts().size(), options.amount(), options.duplicatesPercent() > 0
                        ? ", " + plain(options.duplicatesPercent()) + " % replays" : "");
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /** Waits for the thread until the deadline (nano clock); whether it ended. */
    private static boolean joined(Thread thread, long deadlineNanos) {
        boolean interrupted = false;
        long left;
        while (thread.isAlive() && (left = deadlineNanos - System.nanoTime()) > 0) {
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
