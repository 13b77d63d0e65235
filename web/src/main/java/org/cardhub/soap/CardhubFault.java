package org.cardhub.soap;

import jakarta.ejb.EJBAccessException;
import jakarta.xml.ws.WebFault;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.refusal.Refusal;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A request the service refuses, as a SOAP fault whose detail carries a stable code: {@code NOT_FOUND}
 * (nothing of that id for this partner), {@code FORBIDDEN} (the partner's role may not do this),
 * {@code FIELD_REQUIRED}, {@code UNAVAILABLE} (a technical failure; try again), or the code of the
 * boundary's own refusal ({@code REASON_REQUIRED}, {@code RANGE_INVALID}, {@code CURSOR_INVALID},
 * {@code STATUS_TRANSITION}, …).
 */
@WebFault(name = "cardhubFault", targetNamespace = CardhubFault.NAMESPACE)
public class CardhubFault extends Exception {

    public static final String NAMESPACE = "urn:cardhub:soap:fault:v1";
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(CardhubFault.class.getName());

    private final FaultInfo faultInfo;

    public CardhubFault(String message, FaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    static CardhubFault of(String code, String message) {
        return new CardhubFault(code + ": " + message, new FaultInfo(code, message));
    }

    public FaultInfo getFaultInfo() {
        return faultInfo;
    }

    /**
     * Runs a call on a boundary, turning its refusals into faults with their own code (what the partner may not
     * reach says no more than {@code NOT_FOUND}); a guard of the books that fired is a technical failure like any
     * other. Nothing else reaches Metro's fault writer.
     */
    static <T> T reporting(Supplier<T> call) throws CardhubFault {
        try {
            return call.get();
        } catch (AccessDeniedException e) {
            throw of("NOT_FOUND", "Nothing of that id for this partner");
        } catch (EJBAccessException e) {
            throw of("FORBIDDEN", "This partner may not do this");
        } catch (RuntimeException e) {
            if (e instanceof Refusal refused && refused.code().kind() != Refusal.Kind.GUARD) {
                throw of(refused.code().name(), refused.getMessage());
            }
            LOG.log(Level.WARNING, "A SOAP call failed for a technical reason", e);
            throw of("UNAVAILABLE", "Temporary failure, try again later");
        }
    }
}
