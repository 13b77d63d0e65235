package org.cardhub.terminals.entity;

import java.io.Serializable;

/**
 * Where something stands on the Earth, in WGS 84 degrees, and how far it is from another place along the surface
 * (the haversine formula on a sphere of the Earth's mean radius: within half a percent of the ellipsoid's distance,
 * plenty to tell a station in Moscow from one in Tver).
 */
public record GeoPoint(double latitude, double longitude) implements Serializable {

    /** The Earth's mean radius (IUGG), in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new InvalidTerminalException(InvalidTerminalException.Code.POSITION_RANGE,
                    "A latitude is within ±90 degrees and a longitude within ±180: " + latitude + ", " + longitude);
        }
    }

    /** A place from two nullable columns: null unless both are there. */
    public static GeoPoint ofNullable(Double latitude, Double longitude) {
        return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
    }

    public double kilometresTo(GeoPoint other) {
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(haversine(other)));
    }

    /**
     * The haversine of the central angle between the two places, {@code sin²(Δφ/2) + cos φ1 · cos φ2 · sin²(Δλ/2)},
     * written with cosines only, {@code sin²(x/2) = (1 − cos x) / 2}, as the database computes it too.
     */
    public double haversine(GeoPoint other) {
        double latitudes = Math.toRadians(other.latitude - latitude);
        double longitudes = Math.toRadians(other.longitude - longitude);
        return (1 - Math.cos(latitudes)) / 2
                + Math.cos(Math.toRadians(latitude)) * Math.cos(Math.toRadians(other.latitude)) * (1 - Math.cos(longitudes)) / 2;
    }

    /**
     * The haversine two places farther apart than {@code kilometres} exceed, {@code sin²(d / 2R)}: comparing with it
     * asks "farther than d?" without an arc sine or a square root per pair.
     */
    public static double haversineOf(double kilometres) {
        double half = Math.sin(kilometres / (2 * EARTH_RADIUS_KM));
        return half * half;
    }
}
