package org.cardhub.tools.school;

import org.cardhub.tools.fleet.CabinetSession;
import org.cardhub.tools.options.CommandLine;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The school staff's pages timed as the demo staff fetch them from the running Cardhub, on the school of
 * {@link SchoolBenchmarkData} (the staff attached to it for the run): the teacher's attendance of their class for a
 * week, the director's dashboard for a month and for the whole year, the canteen supplier's sales for a month and
 * settlement of a month — a different week or month of the year each time. Each is timed from the request to the
 * response's last byte on the loopback, after a warm-up: the server's time and the page's rendering, without a
 * browser's.
 *
 * <pre>
 * SchoolPagesBenchmark --school ID --class ID --from yyyy-MM-dd --to yyyy-MM-dd [--app http://localhost:8080/cardhub]
 *                      [--password Demo-pass-1] [--runs 50] [--warmup 10]
 * </pre>
 * One line a measurement: {@code SCHOOL-BENCHMARK name n=… p50=… p95=… p99=… max=… ms}.
 */
public final class SchoolPagesBenchmark {

    static final String ATTENDANCE = "/cabinet/teacher/attendance.xhtml";
    static final String DASHBOARD = "/cabinet/director/index.xhtml";
    static final String SALES = "/cabinet/canteen/sales.xhtml";
    static final String SETTLEMENTS = "/cabinet/canteen/settlements.xhtml";

    private static final CommandLine COMMAND_LINE = new CommandLine(Map.of(
            "app", "URL         the running Cardhub [http://localhost:8080/cardhub]",
            "password", "SECRET      the demo staff's password [Demo-pass-1]",
            "school", "ID          the benchmark school (its organisation's id)",
            "class", "ID          the class the teacher leads for the run",
            "from", "DATE        the first day with events (yyyy-MM-dd)",
            "to", "DATE        the last day with events",
            "runs", "N           timed requests of each page [50]",
            "warmup", "N           untimed requests first [10]"), Set.of());

    private SchoolPagesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = COMMAND_LINE.valuesOrExit("school-pages-benchmark", args, "school", "class", "from", "to");
        String app = options.getOrDefault("app", "http://localhost:8080/cardhub");
        String password = options.getOrDefault("password", "Demo-pass-1");
        String school = options.get("school");
        String schoolClass = options.get("class");
        LocalDate from = LocalDate.parse(options.get("from"));
        LocalDate to = LocalDate.parse(options.get("to"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "50"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        List<LocalDate> mondays = weeks(from, to);
        List<YearMonth> months = months(from, to);
        Random chance = new Random(22);

        CabinetSession teacher = CabinetSession.signIn(app, "teacher", password, ATTENDANCE + "?class=" + schoolClass);
        time("teacher-attendance-week", runs, warmup, run -> {
            LocalDate monday = mondays.get(chance.nextInt(mondays.size()));
            expect(teacher.get(ATTENDANCE + "?class=" + schoolClass + "&from=" + monday + "&to=" + monday.plusDays(4)));
        });
        CabinetSession director = CabinetSession.signIn(app, "director", password, DASHBOARD + "?school=" + school);
        time("director-dashboard-month", runs, warmup, run -> {
            YearMonth month = months.get(chance.nextInt(months.size()));
            expect(director.get(DASHBOARD + "?school=" + school + "&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth()));
        });
        time("director-dashboard-year", runs, warmup,
                run -> expect(director.get(DASHBOARD + "?school=" + school + "&from=" + from + "&to=" + to)));
        CabinetSession canteen = CabinetSession.signIn(app, "canteen", password, SALES + "?school=" + school);
        time("canteen-sales-month", runs, warmup, run -> {
            YearMonth month = months.get(chance.nextInt(months.size()));
            expect(canteen.get(SALES + "?school=" + school + "&from=" + month.atDay(1) + "&to=" + month.atEndOfMonth()));
        });
        time("canteen-settlements-month", runs, warmup, run -> {
            YearMonth month = months.get(chance.nextInt(months.size()));
            expect(canteen.get(SETTLEMENTS + "?school=" + school + "&month=" + month));
        });
    }

    /** The Mondays of the school weeks wholly between the two days. */
    static List<LocalDate> weeks(LocalDate from, LocalDate to) {
        LocalDate first = from.getDayOfWeek() == DayOfWeek.MONDAY ? from : from.plusDays(8 - from.getDayOfWeek().getValue());
        return first.datesUntil(to.minusDays(3), java.time.Period.ofWeeks(1))
                .filter(monday -> monday.datesUntil(monday.plusDays(5)).anyMatch(SchoolCalendar::isSchoolDay)).toList();
    }

    /** The months wholly between the two days that have school days. */
    static List<YearMonth> months(LocalDate from, LocalDate to) {
        YearMonth first = from.getDayOfMonth() == 1 ? YearMonth.from(from) : YearMonth.from(from).plusMonths(1);
        YearMonth last = to.equals(YearMonth.from(to).atEndOfMonth()) ? YearMonth.from(to) : YearMonth.from(to).minusMonths(1);
        return first.atDay(1).datesUntil(last.plusMonths(1).atDay(1), java.time.Period.ofMonths(1)).map(YearMonth::from)
                .filter(month -> month.atDay(1).datesUntil(month.plusMonths(1).atDay(1)).anyMatch(SchoolCalendar::isSchoolDay))
                .toList();
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
        System.out.printf("SCHOOL-BENCHMARK %s n=%d p50=%d p95=%d p99=%d max=%d ms%n", name, runs, percentile(millis, 50),
                percentile(millis, 95), percentile(millis, 99), millis[runs - 1]);
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The page itself answered — no error, no sign-in page, no other page it was sent on to — and was read whole. */
    private static void expect(HttpResponse<String> response) throws IOException {
        String asked = response.request().uri().getPath();
        if (response.statusCode() != 200 || !response.uri().getPath().equals(asked) || !response.body().contains("</html>")) {
            String body = response.body();
            throw new IOException(response.request().uri() + " answered " + response.statusCode() + " at " + response.uri()
                    + ": " + body.substring(0, Math.min(300, body.length())));
        }
    }
}
