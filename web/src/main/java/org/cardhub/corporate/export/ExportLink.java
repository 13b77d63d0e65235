package org.cardhub.corporate.export;

import org.cardhub.fleet.entity.TransactionFilter;
import org.cardhub.fleet.entity.TransactionType;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
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
        StringJoiner query = new StringJoiner("&", contextPath + PATH + "?", "");
        parameters.forEach((name, value) -> {
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** The filter of a request's parameters; a malformed date or type is left out rather than refused. */
    public static TransactionFilter filterOf(Function<String, String> parameter) {
        return new TransactionFilter(date(parameter.apply("from")), date(parameter.apply("to")), parameter.apply("card"),
                parameter.apply("station"), parameter.apply("region"), parameter.apply("product"),
                Arrays.stream(TransactionType.values()).filter(type -> type.name().equals(parameter.apply("type")))
                        .findFirst().orElse(null));
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }
}
