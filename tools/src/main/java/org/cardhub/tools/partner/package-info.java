/**
 * The partner load tool: top-ups over the REST API ({@code POST /api/v1/top-ups}) or the payment-agent protocol
 * ({@code GET /agent?command=pay}) against a running Cardhub, with a Keycloak client-credentials token, in a closed
 * loop or at an offered rate, optionally replaying earlier requests; it reports throughput, latency percentiles and
 * the answers by HTTP status and result; and the check of its requests against the database after a failover test.
 *
 * <pre>
 * java -cp "tools/target/cardhub-tools.jar:tools/target/lib/*" org.cardhub.tools.partner.PartnerLoad \
 *     --target rest --clients 16 --duration 30
 * </pre>
 *
 * <p>{@link org.cardhub.tools.partner.PartnerLoad} runs the clients, {@link
 * org.cardhub.tools.partner.CallSource} makes the calls (fresh keys, replays), {@link
 * org.cardhub.tools.partner.Target} turns them into HTTP requests and reads the answers, {@link
 * org.cardhub.tools.partner.TokenSource} keeps the bearer token fresh, {@link
 * org.cardhub.tools.partner.LoadStatistics} counts and {@link org.cardhub.tools.partner.LoadReport} reports.
 * {@link org.cardhub.tools.partner.CallSender} sends each call, again on a failure that decided nothing for sure
 * ({@code --retries}), and {@link org.cardhub.tools.partner.RequestsLog} keeps each call's last answer
 * ({@code --requests-log}, lines of {@link org.cardhub.tools.partner.LoggedRequest}).
 * {@link org.cardhub.tools.partner.PartnerCheck} holds that log up against the database after a failover test:
 * {@link org.cardhub.tools.partner.PartnerBooks} reads the idempotency records, journal entries and purses into
 * {@link org.cardhub.tools.partner.Books}, {@link org.cardhub.tools.partner.PartnerVerdict} judges.
 * {@link org.cardhub.tools.partner.PartnerBenchmarkData} writes the pupils' cards of the benchmark's spread
 * scenario ({@code server-config/benchmark --scenario partners}).
 */
package org.cardhub.tools.partner;
