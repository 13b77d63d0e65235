/**
 * The terminal simulator: plays fuel POS, canteen POS, turnstile, bus validator and cash kiosk against a running
 * Cardhub over Payara's OpenMQ broker, as {@code docs/terminal-protocol.md} (v1) says, and reports replies,
 * timeouts, latency percentiles, duplicate and malformed-message handling.
 *
 * <p>Run it against a running Cardhub from the module's jar and its dependencies ({@code mvn package} leaves them in
 * {@code tools/target}), with the OpenMQ client of the Payara runtime that {@code server-config} unpacks:
 *
 * <pre>
 * java -cp "tools/target/cardhub-tools.jar:tools/target/lib/*:server-config/target/runtime/payara6/mq/lib/imq.jar" \
 *     org.cardhub.tools.simulator.Simulator --duration 30s --threads 8 --duplicates 2
 * </pre>
 *
 * <p>{@link org.cardhub.tools.simulator.BenchmarkData} writes a benchmark's cards and terminals
 * ({@code server-config/benchmark}), {@link org.cardhub.tools.simulator.CrashCheck} holds the events log of a crash
 * test up against the database ({@code server-config/crash-test}).
 *
 * <p>Whole-application tests can run it in-process with
 * {@code new Simulator(SimulatorOptions.parse(...), out, err).run()}, which returns a {@link
 * org.cardhub.tools.simulator.SimulationReport}; they need {@code imq.jar} on their class path. The {@code --events-log}
 * file (see {@link org.cardhub.tools.simulator.EventsLog}) has one JSON line per message sent and its reply, for proving
 * that every eventId took effect exactly once.
 *
 * <p>{@link org.cardhub.tools.simulator.TerminalSession} picks the operations and {@link
 * org.cardhub.tools.simulator.MessageExchange} does the talking over a {@link
 * org.cardhub.tools.simulator.TerminalChannel} ({@link org.cardhub.tools.simulator.JmsTerminalChannel} in real runs, an
 * in-memory stand-in in the unit tests); {@link org.cardhub.tools.simulator.EventFactory} and {@link
 * org.cardhub.tools.simulator.MalformedMessageFactory} build the messages, {@link org.cardhub.tools.simulator.Signature} signs
 * them, {@link org.cardhub.tools.simulator.LoadSchedule} paces them, {@link org.cardhub.tools.simulator.RunStatistics} and
 * {@link org.cardhub.tools.simulator.LatencyReport} count what happened.
 */
package org.cardhub.tools.simulator;
