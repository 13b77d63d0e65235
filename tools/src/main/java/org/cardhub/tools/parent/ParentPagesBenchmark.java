package org.cardhub.tools.parent;

import org.cardhub.tools.fleet.CabinetSession;
import org.cardhub.tools.options.CommandLine;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The parent's cabinet timed as a signed-in parent fetches it from the running Cardhub, on the three pupils of
 * {@link ParentBenchmarkData} (linked to the parent for the run): the home page (a panel per child with the balances,
 * what can still be spent today under the limits, and today's summary), a school day in full (a different child and
 * a different day of the last year each time) and the list by days (a month, its first page). Each is timed from the
 * request to the response's last byte on the loopback, after a warm-up: the server's time and the page's rendering,
 * without a browser's.
 *
 * <pre>
 * ParentPagesBenchmark --app http://localhost:8080/cardhub --user parent2 --password Demo-pass-1 --cards 12,13,14
 *                      [--days 365] [--runs 100] [--warmup 20]
 * </pre>
 * One line a measurement: {@code PARENT-BENCHMARK name n=… p50=… p95=… p99=… max=… ms}.
 */
public final class ParentPagesBenchmark {

    private static final String HOME = "/cabinet/parent/index.xhtml";
    private static final String DAY = "/cabinet/parent/day.xhtml";

    private static final CommandLine COMMAND_LINE = new CommandLine(Map.of(
            "app", "URL         the running Cardhub [http://localhost:8080/cardhub]",
            "user", "NAME        the parent the benchmark pupils are linked to [parent2]",
            "password", "SECRET      their password [Demo-pass-1]",
            "cards", "IDS         the benchmark pupils' card ids, comma-separated",
            "days", "N           how far back a day page may be [365]",
            "runs", "N           timed requests of each page [100]",
            "warmup", "N           untimed requests first [20]"), Set.of());

    private ParentPagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = COMMAND_LINE.valuesOrExit("parent-pages-benchmark", args, "cards");
        List<String> cards = Arrays.stream(options.get("cards").split(",")).map(String::strip).filter(id -> !id.isEmpty()).toList();
        int days = Integer.parseInt(options.getOrDefault("days", "365"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "100"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
        CabinetSession session = CabinetSession.signIn(options.getOrDefault("app", "http://localhost:8080/cardhub"),
                options.getOrDefault("user", "parent2"), options.getOrDefault("password", "Demo-pass-1"), HOME);
        LocalDate today = LocalDate.now(ZoneId.of(ParentBenchmarkData.ZONE));
        Random chance = new Random(21);

        time("home", runs, warmup, run -> expect(session.get(HOME), "data-card=\"", cards.size()));
        time("day", runs, warmup, run -> expect(session.get(DAY + "?card=" + cards.get(run % cards.size()) + "&date="
                + today.minusDays(chance.nextInt(days))), "day-summary", 1));
        time("days-month", runs, warmup, run -> {
            LocalDate last = today.minusDays(chance.nextInt(days));
            expect(session.get(DAY + "?card=" + cards.get(run % cards.size()) + "&view=days&from=" + last.minusDays(29)
                    + "&to=" + last), "days:table", 1);
        });
    }

    private interface Request {
        void run(int index) throws Exception;
    }

    private static void time(String name, int runs, int warmup, Request request) throws Exception {
        for (int run = 0; run < warmup; run++) {
            request.run(run);
        }
        long[] millis = new long[runs];
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            request.run(warmup + run);
            millis[run] = (System.nanoTime() - started) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("PARENT-BENCHMARK %s n=%d p50=%d p95=%d p99=%d max=%d ms%n", name, runs, percentile(millis, 50),
                percentile(millis, 95), percentile(millis, 99), millis[runs - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The page answered, and shows {@code text} at least {@code times} times (a panel per child). */
    private static void expect(HttpResponse<String> response, String text, int times) throws IOException {
        int found = 0;
        for (int at = response.body().indexOf(text); at >= 0; at = response.body().indexOf(text, at + text.length())) {
            found++;
        }
        if (response.statusCode() != 200 || found < times) {
            throw new IOException(response.uri() + " answered " + response.statusCode() + " with '" + text + "' " + found
                    + " times, not " + times);
        }
    }
}
