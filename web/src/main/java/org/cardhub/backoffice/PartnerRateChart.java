package org.cardhub.backoffice;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.cardhub.partners.boundary.PartnerDesk;
import org.cardhub.partners.entity.RequestCount;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A partner's write requests as the Chart.js configuration PrimeFaces' {@code p:chart} draws (as the director's
 * dashboard does): a bar per hour of the last day or per day of the last month, every hour or day shown even without
 * requests, stacked by the HTTP status the partner got — success green, refusals amber, failures red.
 */
final class PartnerRateChart {

    private static final DateTimeFormatter HOUR_KEY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH");
    private static final DateTimeFormatter DAY_KEY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter HOUR_LABEL = DateTimeFormatter.ofPattern("dd.MM HH:00");
    private static final DateTimeFormatter DAY_LABEL = DateTimeFormatter.ofPattern("dd.MM");
    private static final String[] GREENS = {"#2e7d32", "#66bb6a", "#1b5e20"};
    private static final String[] AMBERS = {"#f9a825", "#ef6c00", "#fbc02d", "#8d6e63"};
    private static final String[] REDS = {"#c62828", "#ad1457", "#6a1b9a"};
    private static final String GREY = "#57606a";

    private PartnerRateChart() {
    }

    /** {@code now} in Moscow; {@code text} reads the cabinet's bundle in the page's language. */
    static String of(List<RequestCount> counts, PartnerDesk.Span span, ZonedDateTime now, Locale locale,
                     Function<String, String> text) {
        boolean hours = span == PartnerDesk.Span.HOURS;
        List<String> periods = new ArrayList<>();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        int steps = hours ? 24 : 30;
        ZonedDateTime last = now.truncatedTo(hours ? ChronoUnit.HOURS : ChronoUnit.DAYS);
        for (int step = steps - 1; step >= 0; step--) {
            ZonedDateTime period = hours ? last.minusHours(step) : last.minusDays(step);
            periods.add((hours ? HOUR_KEY : DAY_KEY).format(period));
            labels.add((hours ? HOUR_LABEL : DAY_LABEL).format(period));
        }
        Map<Integer, Map<String, Long>> byStatus = new TreeMap<>();
        counts.forEach(count -> byStatus.computeIfAbsent(count.status(), status -> new TreeMap<>())
                .merge(count.period(), count.count(), Long::sum));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int[] shades = new int[3];
        for (int status : new TreeSet<>(byStatus.keySet())) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            periods.forEach(period -> values.add(byStatus.get(status).getOrDefault(period, 0L)));
            String colour = colour(status, shades);
            datasets.add(Json.createObjectBuilder().add("label", label(status, text)).add("data", values)
                    .add("backgroundColor", colour).add("borderColor", colour).add("borderWidth", 1));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false).add("locale", locale.toLanguageTag())
                .add("interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false))
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder().add("stacked", true))
                        .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", text.apply("partners.chart.requests")))));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    /** "Success (200)", "Refused (422)", "Failed (500)", "In progress". */
    static String label(int status, Function<String, String> text) {
        if (status == 0) {
            return text.apply("partners.status.inFlight");
        }
        String kind = status < 400 ? "partners.status.ok" : status < 500 ? "partners.status.refused" : "partners.status.failed";
        return text.apply(kind) + " (" + status + ")";
    }

    private static String colour(int status, int[] shades) {
        if (status == 0) {
            return GREY;
        }
        String[] palette = status < 400 ? GREENS : status < 500 ? AMBERS : REDS;
        int group = status < 400 ? 0 : status < 500 ? 1 : 2;
        return palette[shades[group]++ % palette.length];
    }
}
