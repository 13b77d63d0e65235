package org.cardhub.tools.simulator;

import org.cardhub.tools.options.InvalidOptionsException;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The terminal simulator: plays N terminal sessions against a running Cardhub over its OpenMQ broker, as the
 * terminal protocol (v1) says, and reports what happened. {@code --help} lists the options. Whole-application tests
 * can run it in-process with {@code new Simulator(SimulatorOptions.parse(...), out, err).run()}.
 */
public final class Simulator {

    /** The OpenMQ client's own logger; the simulator reports connection trouble itself, once. */
    private static final Logger OPENMQ_CLIENT_LOG = Logger.getLogger("jakarta.jms");

    static final int EXIT_BAD_OPTIONS = 1;
    static final int EXIT_BROKER_UNREACHABLE = 2;

    private final SimulatorOptions options;
    private final TerminalChannel.Opener broker;
    private final PrintStream out;
    private final PrintStream err;
    private volatile LoadSchedule schedule;
    private volatile boolean stopRequested;

    public Simulator(SimulatorOptions options, PrintStream out, PrintStream err) {
        this(options, new OpenMqBroker(options.brokers(), options.user(), options.password(),
                options.queue()), out, err);
    }

    Simulator(SimulatorOptions options, TerminalChannel.Opener broker, PrintStream out, PrintStream err) {
        this.options = options;
        this.broker = broker;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        OPENMQ_CLIENT_LOG.setLevel(Level.SEVERE);
        System.exit(launch(args, System.out, System.err, null));
    }

    /**
     * Parses, runs and reports; returns the exit code. {@code brokers} replaces the OpenMQ broker (tests); null for
     * the real one.
     */
    static int launch(String[] args, PrintStream out, PrintStream err,
            Function<SimulatorOptions, TerminalChannel.Opener> brokers) {
        SimulatorOptions options;
        try {
            options = SimulatorOptions.parse(args);
        } catch (InvalidOptionsException e) {
            err.println("simulator: " + e.getMessage() + " (--help lists the options)");
            return EXIT_BAD_OPTIONS;
        }
        if (options.help()) {
            out.print(SimulatorOptions.usage());
            return 0;
        }
        Simulator simulator = brokers == null ? new Simulator(options, out, err)
                : new Simulator(options, brokers.apply(options), out, err);
        CountDownLatch reported = new CountDownLatch(1);
        Thread interrupted = new Thread(() -> {
            simulator.stop();
            awaitQuietly(reported, options.timeout().plusSeconds(5));
        }, "simulator-shutdown");
        Runtime.getRuntime().addShutdownHook(interrupted);
        try {
            SimulationReport report = simulator.run();
            out.print(report.toText());
            out.println(report.summaryLine());
            out.flush();
            return 0;
        } catch (BrokerUnreachableException e) {
            err.println("simulator: " + e.getMessage());
            return EXIT_BROKER_UNREACHABLE;
        } catch (IllegalArgumentException e) {
            err.println("simulator: " + e.getMessage());
            return EXIT_BAD_OPTIONS;
        } catch (IOException | UncheckedIOException e) {
            err.println("simulator: " + e.getMessage());
            return EXIT_BAD_OPTIONS;
        } finally {
            reported.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(interrupted);
            } catch (IllegalStateException e) {
                // shutting down already (Ctrl-C); the hook is running
            }
        }
    }

    /**
     * Connects all sessions, runs the load, prints progress lines while running, and returns the report.
     *
     * @throws BrokerUnreachableException if a session cannot connect at the start
     * @throws IOException if the events log cannot be opened
     * @throws IllegalArgumentException if the terminals and cards given can perform none of the mix
     */
    public SimulationReport run() throws BrokerUnreachableException, IOException {
        LoadPlan plan = new LoadPlan(options.terminals(), options.cards(), options.mix(), options.duplicatesPercent(),
                options.malformedPercent(), options.timeout(), options.retries(), options.reconnectFor());
        plan.warnings().forEach(warning -> err.println("simulator: " + warning));
        List<TerminalChannel> channels = connect();
        RunStatistics stats = new RunStatistics();
        EventFactory events = new EventFactory(Clock.systemDefaultZone());
        try (EventsLog log = options.eventsLog() == null ? EventsLog.none()
                : EventsLog.appendingTo(options.eventsLog())) {
            LoadSchedule load = LoadSchedule.startingNow(options.warmup(), options.duration(), options.count(),
                    options.rate());
            schedule = load;
            if (stopRequested) {
                load.stop();
            }
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < channels.size(); i++) {
                Random random = options.seed() == null ? new Random() : new Random(options.seed() * 31 + i);
                TerminalSession session = new TerminalSession(i + 1, channels.get(i), plan, load, broker, events,
                        stats, log, random, System::nanoTime, err);
                threads.add(new Thread(session, "terminal-session-" + (i + 1)));
            }
            ScheduledExecutorService progress = progressPrinter(load, stats);
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                joinUninterruptibly(thread);
            }
            progress.shutdownNow();
            double elapsed = Math.max(0, System.nanoTime() - load.countedFromNanos()) / 1e9;
            return SimulationReport.of(broker.address(), options.queue(), options.threads(), loadDescription(),
                    elapsed, stats.counts(), stats.latency().total());
        }
    }

    /** Ends the run early: no new operations; the sessions finish the one they are in. */
    public void stop() {
        stopRequested = true;
        LoadSchedule load = schedule;
        if (load != null) {
            load.stop();
        }
    }

    private List<TerminalChannel> connect() throws BrokerUnreachableException {
        List<TerminalChannel> channels = new ArrayList<>();
        try {
            for (int i = 0; i < options.threads(); i++) {
                channels.add(broker.open());
            }
            return channels;
        } catch (ChannelException e) {
            channels.forEach(TerminalChannel::close);
            String reason = e.describe();
            throw new BrokerUnreachableException(reason.contains(broker.address()) ? reason
                    : "cannot use the OpenMQ broker at " + broker.address() + ": " + reason, e);
        }
    }

    private ScheduledExecutorService progressPrinter(LoadSchedule load, RunStatistics stats) {
        ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "simulator-progress");
            thread.setDaemon(true);
            return thread;
        });
        Duration every = options.reportEvery();
        if (!every.isZero() && !every.isNegative()) {
            long millis = every.toMillis();
            printer.scheduleAtFixedRate(() -> out.println(SimulationReport.progress(
                    (System.nanoTime() - load.countedFromNanos()) / 1e9, stats.counts(), stats.latency().interval(),
                    millis / 1000.0)), options.warmup().toMillis() + millis, millis, TimeUnit.MILLISECONDS);
        }
        return printer;
    }

    private String loadDescription() {
        StringBuilder load = new StringBuilder(options.rate() > 0
                ? String.format(Locale.ROOT, "open loop at %s operations/s", options.rate())
                : "closed loop");
        if (options.duration() != null) {
            load.append(" for ").append(options.duration().toMillis() / 1000.0).append(" s");
        }
        if (!options.warmup().isZero()) {
            load.append(" after a warm-up of ").append(options.warmup().toMillis() / 1000.0).append(" s");
        }
        if (options.count() > 0) {
            load.append(options.duration() != null ? " or " : " for ").append(options.count()).append(" operations");
        }
        return load.toString();
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(CountDownLatch latch, Duration timeout) {
        try {
            latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
