package org.cardhub.corporate.export;

import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionStatus;
import org.cardhub.fleet.entity.TransactionType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/** The address of an export: the contract, the format and the filter as query parameters, and back. */
public final class ExportLink {

    public static final String PATH = "/cabinet/corporate/transactions/export";

    private ExportLink() {
    }

    public static String of(String contextPath, long contractId, TransactionFilter filter, ExportFormat format) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("contract", contractId);
        parameters.put("format", format.name().toLowerCase());
        parameters.put("from", filter.from());
        parameters.put("to", filter.to());
        parameters.put("card", filter.lastDigits());
        parameters.put("station", filter.station());
        parameters.put("region", filter.region());
        parameters.put("product", filter.product());
        parameters.put("type", filter.type());
        parameters.put("group", filter.groupId());
        parameters.put("vehicle", filter.vehicle());
        parameters.put("status", filter.status());
        parameters.put("suspicious", filter.suspiciousOnly() ? "true" : null);
        StringJoiner query = new StringJoiner("&", contextPath + PATH + "?", "");
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** The filter of a request's parameters; a malformed date, group, type or status is left out rather than refused. */
    public static TransactionFilter filterOf(Function<String, String> parameter) {
        return new TransactionFilter(date(parameter.apply("from")), date(parameter.apply("to")), parameter.apply("card"),
                parameter.apply("station"), parameter.apply("region"), parameter.apply("product"),
                choice(TransactionType.values(), parameter.apply("type")), number(parameter.apply("group")),
                parameter.apply("vehicle"), choice(TransactionStatus.values(), parameter.apply("status")),
                "true".equals(parameter.apply("suspicious")));
    }

    /** The contract's id of a request, if it is a number. */
    public static Optional<Long> contractOf(String id) {
        return Optional.ofNullable(number(id));
    }

    private static <E extends Enum<E>> E choice(E[] values, String name) {
        return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst().orElse(null);
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException malformed) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
