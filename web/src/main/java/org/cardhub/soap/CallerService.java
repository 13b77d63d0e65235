package org.cardhub.soap;

import jakarta.annotation.Resource;
import jakarta.jws.WebMethod;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;

/** Lets a SOAP partner check its credentials: answers with the calling client's name. */
@WebService(serviceName = "CallerService", portName = "CallerPort", targetNamespace = CallerService.NAMESPACE)
public class CallerService {

    public static final String NAMESPACE = "urn:cardhub:soap:v1";

    @Resource
    WebServiceContext context;

    @WebMethod
    @WebResult(name = "caller")
    public String whoAmI() {
        return context.getUserPrincipal().getName();
    }
}
