package org.cardhub.tools.fleet;

import org.cardhub.tools.options.CommandLine;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The corporate cabinet's pages timed as a signed-in fleet manager fetches them from the running Cardhub, on the
 * benchmark company of {@link FleetBenchmarkData} (the first contract of the person signed in): the cards page with
 * its first page of cards, the transactions page with this month's totals and first rows, and the same page narrowed
 * to one card and one month (a Faces partial request, as the page's "Show" button sends it, a different card each
 * time). Each is timed from the request to the response's last byte on the loopback, after a warm-up; the figures
 * are the server's time and the page's rendering, without a browser's. With {@code --step export} it downloads the
 * statement of a period instead, as XLSX and as PDF, and times each.
 *
 * <pre>
 * FleetPagesBenchmark --app http://localhost:8080/cardhub --user fleet --password Demo-pass-1 --cards FILE
 *                     [--month 2026-11] [--runs 50] [--warmup 10]
 * FleetPagesBenchmark --step export --contract ID --from 2026-10-01 --to 2026-11-07 [--formats xlsx,pdf] …
 * </pre>
 * One line a measurement: {@code FLEET-BENCHMARK name n=… p50=… p95=… max=… ms}.
 */
public final class FleetPagesBenchmark {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private static final CommandLine COMMAND_LINE = new CommandLine(Map.ofEntries(
            Map.entry("app", "URL         the running Cardhub [http://localhost:8080/cardhub]"),
            Map.entry("user", "NAME        a member of the benchmark company [fleet]"),
            Map.entry("password", "SECRET      their password [Demo-pass-1]"),
            Map.entry("step", "pages|export  what to time [pages]"),
            Map.entry("cards", "FILE        last four digits of the company's cards, one a line (pages)"),
            Map.entry("month", "YYYY-MM     the month the card filter asks for [the last one]"),
            Map.entry("runs", "N           timed requests of each page [50]"),
            Map.entry("warmup", "N           untimed requests first [10]"),
            Map.entry("contract", "ID          the benchmark contract (export)"),
            Map.entry("from", "DATE        the statement's first day (export)"),
            Map.entry("to", "DATE        its last day (export)"),
            Map.entry("formats", "LIST        xlsx, csv, pdf [xlsx,pdf]")), Set.of());

    private FleetPagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = COMMAND_LINE.valuesOrExit("fleet-pages-benchmark", args);
        CabinetSession session = CabinetSession.signIn(options.getOrDefault("app", "http://localhost:8080/cardhub"),
                options.getOrDefault("user", "fleet"), options.getOrDefault("password", "Demo-pass-1"));
        if ("export".equals(options.getOrDefault("step", "pages"))) {
            exports(session, options);
        } else {
            pages(session, options);
        }
    }

    private static void pages(CabinetSession session, Map<String, String> options) throws Exception {
        int runs = Integer.parseInt(options.getOrDefault("runs", "50"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        List<String> cards = Files.readAllLines(Path.of(options.get("cards"))).stream().map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
        YearMonth month = options.containsKey("month") ? YearMonth.parse(options.get("month")) : YearMonth.now().minusMonths(1);

        time("cards-first-page", runs, warmup, run -> expect(session.get("/cabinet/corporate/cards.xhtml"), FleetBenchmarkData.CONTRACT));
        time("transactions-month-totals", runs, warmup,
                run -> expect(session.get("/cabinet/corporate/transactions.xhtml"), "total-count"));
        String page = session.get("/cabinet/corporate/transactions.xhtml").body();
        String viewState = CabinetSession.viewState(page);
        String nonce = CabinetSession.cspNonce(page);
        time("transactions-card-and-month", runs, warmup, run -> expect(session.postPartial(
                "/cabinet/corporate/transactions.xhtml", viewState, "transactions", "transactions:apply", Map.of(
                        "transactions:from_input", DAY.format(month.atDay(1)),
                        "transactions:to_input", DAY.format(month.atEndOfMonth()),
                        "transactions:card", cards.get(run % cards.size()), "transactions:contract_input",
                        options.get("contract"), "primefaces.nonce", nonce)), "total-count"));
    }

    private static void exports(CabinetSession session, Map<String, String> options) throws Exception {
        LocalDate from = LocalDate.parse(options.get("from"));
        LocalDate to = LocalDate.parse(options.get("to"));
        for (String format : options.getOrDefault("formats", "xlsx,pdf").split(",")) {
            String path = "/cabinet/corporate/transactions/export?contract=" + options.get("contract") + "&format="
                    + format.strip() + "&from=" + from + "&to=" + to;
            long started = System.nanoTime();
            HttpResponse<Long> file = session.download(path);
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (file.statusCode() != 200) {
                throw new IOException(path + " answered " + file.statusCode());
            }
            System.out.printf("FLEET-BENCHMARK export-%s from=%s to=%s bytes=%d time=%d ms%n", format.strip(), from, to,
                    file.body(), millis);
        }
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
        System.out.printf("FLEET-BENCHMARK %s n=%d p50=%d p95=%d max=%d ms%n", name, runs, percentile(millis, 50),
                percentile(millis, 95), millis[runs - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void expect(HttpResponse<String> response, String text) throws IOException {
        if (response.statusCode() != 200 || !response.body().contains(text)) {
            throw new IOException(response.uri() + " answered " + response.statusCode() + " without '" + text + "'");
        }
    }
}
