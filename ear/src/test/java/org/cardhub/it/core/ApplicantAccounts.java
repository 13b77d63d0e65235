package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.fleet.control.KeycloakAccounts;
import org.cardhub.organizations.entity.Invitation;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

/**
 * Real Keycloak accounts for the applicants the tests approve. The tests' applicants act through run-as beans whose
 * names Keycloak does not know; an approval gives a real account the role {@code corporate}, so the application a
 * run-as applicant submitted is handed to a fresh account (its applicant's id rewritten in SQL) before it is approved.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ApplicantAccounts {

    @Inject
    KeycloakAccounts keycloak;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    /** A new enabled Keycloak account for the address (as if registered on Keycloak's page); its id. */
    public String register(String email) {
        return keycloak.create(new Invitation(email, "Анна", "Заявителева"));
    }

    public boolean holdsCorporate(String subject) {
        return keycloak.heldOf(subject, Set.of("corporate")).contains("corporate");
    }

    public void delete(String subject) {
        keycloak.delete(subject);
    }

    /** The application is now the account's, as if it had submitted it. */
    public void handOver(long applicationId, String subject, String email) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE application SET applicant_subject = ?, "
                     + "applicant_email = ?, offer_accepted_by = ? WHERE id = ?")) {
            update.setString(1, subject);
            update.setString(2, email);
            update.setString(3, subject);
            update.setLong(4, applicationId);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No application " + applicationId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
