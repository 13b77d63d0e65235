package org.cardhub.api.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.cardhub.access.boundary.AccessDeniedException;
import org.cardhub.cards.entity.InvalidCardIdentifierException;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.ledger.entity.InvalidAmountException;
import org.cardhub.payments.entity.InvalidOperationException;

/**
 * The refusals of the domain and of this adapter, each answered as its problem ({@link Problems}).
 * JAX-RS picks a mapper by the exception's own type, hence one small mapper per type.
 */
public final class RefusalMappers {

    private RefusalMappers() {
    }

    static Response answer(RuntimeException refusal, HttpServletRequest request) {
        return Problems.response(Problems.ofRefusal(refusal, request.getRequestURI()).orElseThrow());
    }

    @Provider
    public static class InvalidOperation implements ExceptionMapper<InvalidOperationException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(InvalidOperationException refusal) {
            return answer(refusal, request);
        }
    }

    @Provider
    public static class InvalidAmount implements ExceptionMapper<InvalidAmountException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(InvalidAmountException refusal) {
            return answer(refusal, request);
        }
    }

    @Provider
    public static class InvalidCardIdentifier implements ExceptionMapper<InvalidCardIdentifierException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(InvalidCardIdentifierException refusal) {
            return answer(refusal, request);
        }
    }

    @Provider
    public static class InvalidCardOperation implements ExceptionMapper<InvalidCardOperationException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(InvalidCardOperationException refusal) {
            return answer(refusal, request);
        }
    }

    @Provider
    public static class InvalidContract implements ExceptionMapper<InvalidContractException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(InvalidContractException refusal) {
            return answer(refusal, request);
        }
    }

    @Provider
    public static class AccessDenied implements ExceptionMapper<AccessDeniedException> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(AccessDeniedException refusal) {
            return answer(refusal, request);
        }
    }

    @Provider
    public static class Api implements ExceptionMapper<ApiProblem> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(ApiProblem refusal) {
            return answer(refusal, request);
        }
    }
}
