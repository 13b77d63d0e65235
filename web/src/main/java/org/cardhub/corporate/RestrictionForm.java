package org.cardhub.corporate;

import org.cardhub.fleet.entity.CardRestrictions;

import java.io.Serializable;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A card's restrictions as a form edits them; empty lists and no hours mean no restriction of that kind. */
public class RestrictionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private List<String> allowed = new ArrayList<>();
    private List<String> forbidden = new ArrayList<>();
    private LocalTime from;
    private LocalTime to;
    private List<String> stations = new ArrayList<>();
    private List<String> regions = new ArrayList<>();

    static RestrictionForm of(CardRestrictions restrictions) {
        RestrictionForm form = new RestrictionForm();
        form.allowed = new ArrayList<>(restrictions.allowedCategories());
        form.forbidden = new ArrayList<>(restrictions.forbiddenCategories());
        form.from = restrictions.from();
        form.to = restrictions.to();
        form.stations = new ArrayList<>(restrictions.stations());
        form.regions = new ArrayList<>(restrictions.regions());
        return form;
    }

    private static List<String> copy(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(values);
    }

    public List<String> getAllowed() {
        return allowed;
    }

    public void setAllowed(List<String> allowed) {
        this.allowed = copy(allowed);
    }

    public List<String> getForbidden() {
        return forbidden;
    }

    public void setForbidden(List<String> forbidden) {
        this.forbidden = copy(forbidden);
    }

    public LocalTime getFrom() {
        return from;
    }

    public void setFrom(LocalTime from) {
        this.from = from;
    }

    public LocalTime getTo() {
        return to;
    }

    public void setTo(LocalTime to) {
        this.to = to;
    }

    public List<String> getStations() {
        return stations;
    }

    public void setStations(List<String> stations) {
        this.stations = copy(stations);
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = copy(regions);
    }
}
