package org.cardhub.api.problem;

/**
 * A refusal the REST adapter itself decides (a missing header, a parameter that is not a number, a body
 * that is not JSON); mapped to its problem like the domain's own refusals.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;

    public ApiProblem(int status, String code, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
    }

    public static ApiProblem badRequest(String code, String detail) {
        return new ApiProblem(400, code, detail);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
