package org.cardhub.terminals.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.Role;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where terminals stand, as the back office registered them («Школа № 7, Владивосток, столовая», «Автобус, маршрут
 * 42»): what a school day says about where a meal was bought, a trip made or the turnstile passed. Places are not
 * secrets; keys and everything else of a terminal stay with the back office.
 */
@Stateless
@RolesAllowed({Role.Names.PARENT, Role.Names.PUPIL, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class TerminalPlaces {

    /** At most this many terminals a call: a day's events name a few. */
    static final int MOST = 200;

    @PersistenceContext
    EntityManager em;

    /** The location of each of these terminals that exists, by terminal id. */
    public Map<String, String> of(Collection<String> terminalIds) {
        Map<String, String> places = new HashMap<>();
        List<String> ids = terminalIds.stream().filter(id -> id != null && !id.isBlank()).distinct().limit(MOST).toList();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT t.id, t.location FROM Terminal t WHERE t.id IN :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> places.put((String) row[0], (String) row[1]));
        }
        return places;
    }
}
