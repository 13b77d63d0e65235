package org.cardhub.api.problem;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A request body that cannot be read as the operation's JSON (not JSON, a wrong type, an unknown
 * property, nothing at all) is the caller's mistake: 400, not the 500 an unmapped reader error becomes.
 * Jersey reports an empty body as a BadRequestException caused by NoContentException. Before binding,
 * a JSON body must be a single object without repeated property names ({@link JsonBodyShape}); the body
 * is at most 64 KiB (the gate's RequestSizeLimit), so it is read into memory for that.
 */
@Provider
public class RequestBodyReading implements ReaderInterceptor {

    private static final int MAX_DETAIL = 300;
    /** Yasson names Java classes in its messages ("class class org.cardhub.api.TopUpRequest"); the simple name will do. */
    private static final Pattern QUALIFIED_CLASS = Pattern.compile("(?:class )+(?:[\\w$]+\\.)+([\\w$]+)");

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            byte[] body = context.getInputStream().readAllBytes();
            if (!new String(body, StandardCharsets.UTF_8).isBlank()) {
                JsonBodyShape.requireSingleObject(body);
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        try {
            return context.proceed();
        } catch (NoContentException | BadRequestException e) {
            if (e instanceof BadRequestException && !(e.getCause() instanceof NoContentException)) {
                throw (BadRequestException) e;
            }
            throw ApiProblem.badRequest("BODY_REQUIRED", "This operation takes a JSON body");
        } catch (JsonbException | JsonException | ProcessingException e) {
            throw ApiProblem.badRequest("MALFORMED_BODY", "The body is not the JSON this operation takes: " + reason(e));
        }
    }

    /** The innermost message says what the parser tripped over (the property, the position). */
    private static String reason(Throwable e) {
        Throwable innermost = e;
        while (innermost.getCause() != null && innermost.getCause() != innermost) {
            innermost = innermost.getCause();
        }
        String message = innermost.getMessage() == null ? innermost.getClass().getSimpleName() : innermost.getMessage();
        message = QUALIFIED_CLASS.matcher(message).replaceAll("$1");
        return message.length() > MAX_DETAIL ? message.substring(0, MAX_DETAIL) + "…" : message;
    }
}
