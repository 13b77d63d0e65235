package org.cardhub.meals.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.meals.control.Canteens;
import org.cardhub.meals.control.MenuBook;
import org.cardhub.meals.entity.Menu;
import org.cardhub.meals.entity.MenuProduct;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A school's published menu as its canteen terminals sell it: the dishes of the day's published menu, each a product
 * under its code at its price, and the school's clock that says which day it is. Only what parents see anyway; read by
 * the terminals' price lists and purchases, which run without a signed-in person.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MenuBoard {

    @Inject
    Canteens canteens;

    @Inject
    MenuBook book;

    /** The time zone of the school's days (its contract's). */
    public ZoneId zoneOf(long schoolId) {
        return book.zoneOf(schoolId);
    }

    /** The dishes of the school's menu published for {@code date}, in the menu's order; none without one. */
    public List<MenuProduct> published(long schoolId, LocalDate date) {
        return canteens.publishedMenu(schoolId, date).map(Menu::dishes).orElse(List.of()).stream().map(MenuProduct::of).toList();
    }
}
