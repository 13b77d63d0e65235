package org.cardhub.backoffice;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.cardhub.operations.entity.LedgerCheckRun;
import org.cardhub.operations.entity.MinuteFigures;
import org.cardhub.operations.entity.OperationsPicture;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The operations page's charts as the Chart.js configurations PrimeFaces' {@code p:chart} draws (as the director's
 * dashboard builds them): terminal messages per minute by result, the reply latency's percentiles, the dead letters,
 * the outbox's lag, the partner requests by class of status, and the ledger check's problems run by run. Minutes and runs
 * are labelled in Moscow time, as the back office reads times.
 */
public final class OperationsCharts implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd.MM HH:mm").withZone(ZoneId.of("Europe/Moscow"));
    private static final String GREEN = "#2e7d32";
    private static final String RED = "#c62828";
    private static final String BLUE = "#1f6feb";
    private static final String AMBER = "#f9a825";
    private static final String GREY = "#57606a";
    private static final String PURPLE = "#8250df";

    private final String terminal;
    private final String latency;
    private final String deadLetters;
    private final String outboxLag;
    private final String partners;
    private final String ledger;

    /** {@code text} reads the cabinet's bundle in the page's language. */
    OperationsCharts(OperationsPicture picture, Locale locale, Function<String, String> text) {
        List<MinuteFigures> minutes = picture.minutes();
        JsonArrayBuilder labels = labels(minutes.stream().map(MinuteFigures::minute).toList());
        this.terminal = chart("bar", true, labels, locale, text.apply("ops.chart.perMinute"),
                series(text.apply("ops.result.approved"), minutes, m -> m.traffic().approved(), GREEN),
                series(text.apply("ops.result.declined"), minutes, m -> m.traffic().declined(), RED),
                series(text.apply("ops.result.accepted"), minutes, m -> m.traffic().accepted(), BLUE));
        this.latency = chart("line", false, labels(minutes.stream().map(MinuteFigures::minute).toList()), locale,
                text.apply("ops.chart.milliseconds"),
                series("p50", minutes, m -> m.latency().p50Micros() / 1000.0, BLUE),
                series("p95", minutes, m -> m.latency().p95Micros() / 1000.0, AMBER),
                series("p99", minutes, m -> m.latency().p99Micros() / 1000.0, RED));
        this.deadLetters = chart("line", false, labels(minutes.stream().map(MinuteFigures::minute).toList()), locale,
                text.apply("ops.chart.messages"), series(text.apply("ops.deadLetters"), minutes, MinuteFigures::deadLetters, RED));
        this.outboxLag = chart("line", false, labels(minutes.stream().map(MinuteFigures::minute).toList()), locale,
                text.apply("ops.chart.seconds"), series(text.apply("ops.outboxLag"), minutes, MinuteFigures::outboxLagSeconds, PURPLE));
        this.partners = chart("bar", true, labels(minutes.stream().map(MinuteFigures::minute).toList()), locale,
                text.apply("ops.chart.perMinute"),
                series(text.apply("ops.partner.success"), minutes, m -> m.traffic().partnerSuccess(), GREEN),
                series(text.apply("ops.partner.refused"), minutes, m -> m.traffic().partnerRefused(), AMBER),
                series(text.apply("ops.partner.rateLimited"), minutes, m -> m.traffic().partnerRateLimited(), GREY),
                series(text.apply("ops.partner.failed"), minutes, m -> m.traffic().partnerFailed(), RED));
        List<LedgerCheckRun> runs = picture.runs().stream().sorted(Comparator.comparing(LedgerCheckRun::id)).toList();
        this.ledger = chart("bar", false, labels(runs.stream().map(LedgerCheckRun::finishedAt).toList()), locale,
                text.apply("ops.chart.problems"), series(text.apply("ops.ledger.problems"), runs, LedgerCheckRun::problemsFound, RED));
    }

    public String terminal() {
        return terminal;
    }

    public String latency() {
        return latency;
    }

    public String deadLetters() {
        return deadLetters;
    }

    public String outboxLag() {
        return outboxLag;
    }

    public String partners() {
        return partners;
    }

    public String ledger() {
        return ledger;
    }

    static String label(Instant instant) {
        return MINUTE.format(instant);
    }

    private static JsonArrayBuilder labels(List<Instant> instants) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        instants.forEach(instant -> labels.add(label(instant)));
        return labels;
    }

    private static <T> JsonObjectBuilder series(String label, List<T> points, ToDoubleFunction<T> value, String colour) {
        JsonArrayBuilder values = Json.createArrayBuilder();
        points.forEach(point -> values.add(value.applyAsDouble(point)));
        return Json.createObjectBuilder().add("label", label).add("data", values).add("borderColor", colour)
                .add("backgroundColor", colour).add("borderWidth", 1).add("pointRadius", 0).add("fill", false);
    }

    private static String chart(String type, boolean stacked, JsonArrayBuilder labels, Locale locale, String unit,
                                JsonObjectBuilder... datasets) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (JsonObjectBuilder dataset : datasets) {
            all.add(dataset);
        }
        JsonObjectBuilder values = Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", unit));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("locale", locale.toLanguageTag())
                .add("interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false))
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", stacked)
                                .add("ticks", Json.createObjectBuilder().add("maxTicksLimit", 8).add("autoSkip", true)))
                        .add("y", values));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", all))
                .add("options", options).build().toString();
    }
}
