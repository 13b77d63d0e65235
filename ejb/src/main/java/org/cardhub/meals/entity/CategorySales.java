package org.cardhub.meals.entity;

import org.cardhub.school.entity.PupilCategory;

import java.io.Serializable;

/** What the canteen sold to one category of its customers: paying pupils, free-meal beneficiaries, staff. */
public record CategorySales(PupilCategory category, SalesFigures figures) implements Serializable {
}
