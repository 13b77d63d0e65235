package org.cardhub.cabinet.guard;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ExpiredViewHandler} in front of the Faces implementation's own handler (faces-config.xml). */
public class ExpiredViewHandlerFactory extends ExceptionHandlerFactory {

    public ExpiredViewHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExpiredViewHandler(getWrapped().getExceptionHandler());
    }
}
