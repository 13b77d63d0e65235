package org.cardhub.tools.fleet;

import org.cardhub.tools.options.CommandLine;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Issues a closed month's closing documents through the back office's script endpoint
 * ({@code POST /cabinet/backoffice/documents/generate}) as a signed-in back-office person, and prints how long it took:
 * on the server (its own measure, from the boundary's call to its return) and at the client (the request to the
 * response's last byte). Run by server-config/documents-benchmark, which seeds the month and watches Payara's heap.
 *
 * <pre>
 * DocumentsBenchmark --contract F-90000000 --month 2026-11 [--reason TEXT] [--app URL] [--user admin] [--password …]
 * </pre>
 * One line: {@code DOCUMENTS-BENCHMARK issued contract=… month=… version=… files=… bytes=… millis=… client-millis=…}.
 */
public final class DocumentsBenchmark {

    private static final CommandLine COMMAND_LINE = new CommandLine(Map.ofEntries(
            Map.entry("app", "URL         the running Cardhub [http://localhost:8080/cardhub]"),
            Map.entry("user", "NAME        a back-office person [admin]"),
            Map.entry("password", "SECRET      their password [Demo-pass-1]"),
            Map.entry("contract", "NUMBER      the contract whose documents are issued"),
            Map.entry("month", "YYYY-MM     its closed month"),
            Map.entry("reason", "TEXT        issue a new version for this reason [the first version]")), Set.of());

    private DocumentsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = COMMAND_LINE.valuesOrExit("documents-benchmark", args, "contract", "month");
        CabinetSession session = CabinetSession.signIn(options.getOrDefault("app", "http://localhost:8080/cardhub"),
                options.getOrDefault("user", "admin"), options.getOrDefault("password", "Demo-pass-1"),
                "/cabinet/backoffice/index.xhtml");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contract", options.get("contract"));
        fields.put("month", options.get("month"));
        if (options.containsKey("reason")) {
            fields.put("reason", options.get("reason"));
        }
        long started = System.nanoTime();
        HttpResponse<String> issued = session.postForm("/cabinet/backoffice/documents/generate", fields);
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (issued.statusCode() != 200) {
            System.err.println("documents-benchmark: HTTP " + issued.statusCode() + ": " + issued.body());
            System.exit(1);
        }
        System.out.println("DOCUMENTS-BENCHMARK " + issued.body().strip() + " client-millis=" + millis);
    }
}
