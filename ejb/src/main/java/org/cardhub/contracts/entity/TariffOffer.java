package org.cardhub.contracts.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import static org.cardhub.contracts.entity.InvalidTariffException.Code.OPTION_NOT_OFFERED;
import static org.cardhub.contracts.entity.InvalidTariffException.Code.OPTION_REQUIRED;
import static org.cardhub.contracts.entity.InvalidTariffException.Code.STATIONS_REQUIRED;

/**
 * A tariff family a new client may choose — Regional, Regional+ (three chosen stations), Transit (Optimal or
 * Optimal+), Fuel Online — with its options and how many stations the client names. {@link #choose} holds its rules.
 *
 * @param options the family's tariffs; one with a null option when the family has no options
 */
public record TariffOffer(String family, int chosenStations, List<TariffOption> options) implements Serializable {

    public TariffOffer {
        options = List.copyOf(options);
    }

    public boolean hasOptions() {
        return options.stream().anyMatch(option -> option.option() != null);
    }

    /**
     * The tariff for this option and these stations, or refused: an option the family has not (or one at all for a
     * family without options), no option where one is needed, not exactly as many different stations as the family
     * has a client choose. Stations are compared and kept in capitals, blanks dropped.
     */
    public TariffChoice choose(String option, List<String> stations) {
        String wanted = option == null || option.isBlank() ? null : option.strip().toUpperCase(Locale.ROOT);
        if (wanted == null && hasOptions()) {
            throw new InvalidTariffException(OPTION_REQUIRED, "Tariff " + family + " needs one of its options");
        }
        TariffOption chosen = options.stream().filter(candidate -> Objects.equals(candidate.option(), wanted))
                .findFirst().orElseThrow(() -> new InvalidTariffException(OPTION_NOT_OFFERED,
                        "Tariff " + family + " has no option " + option));
        List<String> named = stations == null ? List.of() : stations.stream().filter(Objects::nonNull).map(String::strip)
                .filter(station -> !station.isEmpty()).map(station -> station.toUpperCase(Locale.ROOT)).distinct().toList();
        if (named.size() != chosenStations) {
            throw new InvalidTariffException(STATIONS_REQUIRED, "Tariff " + family + " needs " + chosenStations
                    + " different station(s), " + named.size() + " given");
        }
        return new TariffChoice(chosen.tariffCode(), named);
    }
}
