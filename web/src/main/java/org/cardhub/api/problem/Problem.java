package org.cardhub.api.problem;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Locale;

/**
 * An error answer as RFC 9457 describes it ({@code application/problem+json}), plus {@code code}, the
 * stable name a partner's program branches on, and for invalid fields the list of what is wrong.
 * The type is derived from the code, so each code is one problem type.
 */
@Schema(name = "Problem", description = "RFC 9457 problem details with Cardhub's stable code")
public record Problem(
        @Schema(description = "Identifies the problem type; one per code", example = "urn:cardhub:problem:amount-scale")
        String type,
        @Schema(description = "Short summary of the problem type", example = "Bad Request")
        String title,
        @Schema(description = "The HTTP status code", example = "400")
        int status,
        @Schema(description = "What went wrong with this request, for people")
        String detail,
        @Schema(description = "The path of the request that had the problem", example = "/cardhub/api/v1/top-ups")
        String instance,
        @Schema(description = "Stable code for programs: a domain code (AMOUNT_SCALE, WALLET_CAP, NOT_FOUND, ...) "
                + "or a protocol code (VALIDATION_FAILED, MALFORMED_BODY, IDEMPOTENCY_KEY_REUSED, RATE_LIMITED, ...)",
                example = "AMOUNT_SCALE")
        String code,
        @Schema(description = "Only for VALIDATION_FAILED: each field and what is wrong with it",
                type = SchemaType.ARRAY, implementation = Violation.class)
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:cardhub:problem:";

    @Schema(name = "Violation")
    public record Violation(@Schema(description = "The field, e.g. amount") String field,
                            @Schema(description = "What is wrong with it") String message) {
    }

    public static Problem of(int status, String code, String detail, String instance) {
        return new Problem(TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-'), titleOf(status), status,
                detail, instance, code, null);
    }

    public static Problem invalid(List<Violation> violations, String instance) {
        Problem problem = of(400, "VALIDATION_FAILED", "Some fields of the request are missing or invalid", instance);
        return new Problem(problem.type, problem.title, problem.status, problem.detail, problem.instance, problem.code,
                violations);
    }

    static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "HTTP " + status;
        };
    }
}
