package org.cardhub.onboarding.control;

import org.cardhub.onboarding.entity.Offer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The offer's texts are resources of the module, by version and language; the one in force is named in its index. */
class OfferLibraryTest {

    private final OfferLibrary library = new OfferLibrary();

    @Test
    void theOfferInForceIsReadInRussianAndInEnglishAndOtherwiseInRussian() {
        Offer russian = library.current("ru");
        Offer english = library.current("en");

        assertThat(russian.version()).isEqualTo("2026.1").isEqualTo(english.version());
        assertThat(russian.text()).startsWith("ПУБЛИЧНАЯ ОФЕРТА").contains("SHA-256");
        assertThat(english.text()).startsWith("PUBLIC OFFER");
        assertThat(library.current("de")).isEqualTo(russian);
    }

    @Test
    void anAcceptanceOfTheOfferInForceIsFoundInTheLanguageItWasRead() {
        Offer english = library.current("en");

        assertThat(library.inForce("2026.1", english.sha256())).contains(english);
        assertThat(library.inForce("2026.1", Offer.sha256(english.text() + " "))).isEmpty();
        assertThat(library.inForce("2025.9", english.sha256())).isEmpty();
        assertThat(library.inForce(null, null)).isEmpty();
    }

    @Test
    void aVersionWithoutTextsOrNamedOddlyHasNone() {
        assertThat(library.find("2020.1", library.current("ru").sha256())).isEmpty();
        assertThat(library.find("../offers", library.current("ru").sha256())).isEmpty();
    }
}
