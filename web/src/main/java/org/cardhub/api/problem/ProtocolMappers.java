package org.cardhub.api.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a refusal of the domain, as problems too: invalid fields, HTTP-level errors
 * (unknown path, wrong method or media type), a role the caller lacks, and, last, whatever went wrong
 * on our side: logged with an incident id the partner can quote, never with a stack trace in the answer.
 */
public final class ProtocolMappers {

    private static final Logger LOG = Logger.getLogger(ProtocolMappers.class.getName());

    private ProtocolMappers() {
    }

    @Provider
    public static class InvalidFields implements ExceptionMapper<ConstraintViolationException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(ConstraintViolationException invalid) {
            List<Problem.Violation> violations = invalid.getConstraintViolations().stream()
                    .map(violation -> new Problem.Violation(fieldOf(violation), violation.getMessage()))
                    .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                    .toList();
            return Problems.response(Problem.invalid(violations, request.getRequestURI()));
        }

        /** The property path inside the request body ("amount"), or "body" when the body itself is missing. */
        private static String fieldOf(ConstraintViolation<?> violation) {
            List<String> names = new ArrayList<>();
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                    names.add(node.getName());
                }
            }
            return names.isEmpty() ? "body" : String.join(".", names);
        }
    }

    @Provider
    public static class MissingRole implements ExceptionMapper<EJBAccessException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(EJBAccessException denied) {
            return Problems.response(Problem.of(403, "FORBIDDEN", "The caller's role does not allow this operation",
                    request.getRequestURI()));
        }
    }

    @Provider
    public static class Http implements ExceptionMapper<WebApplicationException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(WebApplicationException error) {
            Response original = error.getResponse();
            int status = original.getStatus();
            if (status >= 500) {
                return Unexpected.incident(error, request);
            }
            Response.ResponseBuilder answer = Response.fromResponse(
                    Problems.response(Problems.ofStatus(status, request.getRequestURI())));
            for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, HttpHeaders.RETRY_AFTER)) {
                String value = original.getHeaderString(header);
                if (value != null) {
                    answer.header(header, value);
                }
            }
            return answer.build();
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Context
        HttpServletRequest request;

        /** A refusal by the domain or by this adapter is its problem; anything else is an incident. */
        @Override
        public Response toResponse(Throwable failure) {
            return Problems.ofRefusal(failure, request.getRequestURI()).map(Problems::response)
                    .orElseGet(() -> incident(failure, request));
        }

        static Response incident(Throwable failure, HttpServletRequest request) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident + " on " + request.getMethod() + " " + request.getRequestURI(), failure);
            return Problems.response(Problem.of(500, "INTERNAL_ERROR",
                    "Something went wrong on our side; quote incident " + incident + " when you report it",
                    request.getRequestURI()));
        }
    }
}
