package org.cardhub.acquiring.control;

/**
 * The acquirer answered with an error object ({@code invalid_request}, {@code invalid_credentials}, {@code not_found}…):
 * it did nothing, and the same request would be refused again.
 */
public class AcquirerRefusedException extends AcquirerException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String parameter;

    public AcquirerRefusedException(int status, String code, String description, String parameter) {
        super("The acquirer refused (" + status + " " + code + "): " + description
                + (parameter == null ? "" : " [" + parameter + "]"), null);
        this.status = status;
        this.code = code;
        this.parameter = parameter;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String parameter() {
        return parameter;
    }

    public boolean isNotFound() {
        return status == 404;
    }
}
