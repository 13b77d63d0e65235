package org.cardhub.documents.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.cardhub.documents.entity.Party;
import org.cardhub.documents.entity.Signer;
import org.cardhub.organizations.entity.OrganizationForm;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * The operator of the card programme, who sells the fuel and signs the documents: its requisites, address, signer and
 * identifier at the EDI operator, from MicroProfile Config ({@code cardhub.documents.seller.*}); the defaults are the
 * demo installation's.
 */
@ApplicationScoped
public class Seller {

    @Inject
    @ConfigProperty(name = "cardhub.documents.seller.name", defaultValue = "ООО «Кардхаб»")
    String name;

    @Inject
    @ConfigProperty(name = "cardhub.documents.seller.inn", defaultValue = "7709123453")
    String inn;

    @Inject
    @ConfigProperty(name = "cardhub.documents.seller.kpp", defaultValue = "770901001")
    String kpp;

    @Inject
    @ConfigProperty(name = "cardhub.documents.seller.ogrn", defaultValue = "1027700000010")
    String ogrn;

    @Inject
    @ConfigProperty(name = "cardhub.documents.seller.address", defaultValue = "105005, г. Москва, ул. Бауманская, д. 7")
    String address;

    @Inject
    @ConfigProperty(name = "cardhub.documents.seller.signer-position", defaultValue = "Генеральный директор")
    String position;

    @Inject
    @ConfigProperty(name = "cardhub.documents.seller.signer", defaultValue = "Петров Алексей Сергеевич")
    String signer;

    /** The seller's identifier at the EDI operator; its INN and KPP when it has none configured. */
    @Inject
    @ConfigProperty(name = "cardhub.documents.seller.edo-id")
    Optional<String> edoId;

    public Party party() {
        return new Party(OrganizationForm.LEGAL_ENTITY, name, inn, kpp, ogrn, address);
    }

    public Signer signer() {
        String[] names = signer.strip().split("\\s+", 3);
        return new Signer(position, names[0], names.length > 1 ? names[1] : "-", names.length > 2 ? names[2] : "");
    }

    public String edoId() {
        return edoId.map(String::strip).filter(id -> !id.isEmpty()).orElse(inn + kpp);
    }
}
