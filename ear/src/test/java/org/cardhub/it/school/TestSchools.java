package org.cardhub.it.school;

import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.it.core.BackOffice;
import org.cardhub.it.core.Fixtures;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Schools of the tests' own: an organisation with an active school contract (through the real boundaries, as the back
 * office), its staff written in SQL as the demo data writes them (no page makes staff yet), and what the tests read
 * back from the database.
 */
final class TestSchools {

    static final String DIRECTOR = "import-director";
    static final String OTHER_DIRECTOR = "import-director2";
    static final String TEACHER = "import-teacher";

    private final BackOffice backOffice;
    private final Fixtures fixtures;
    private final Contracts contracts;
    private final DataSource dataSource;

    TestSchools(BackOffice backOffice, Fixtures fixtures, Contracts contracts, DataSource dataSource) {
        this.backOffice = backOffice;
        this.fixtures = fixtures;
        this.contracts = contracts;
        this.dataSource = dataSource;
    }

    /** A school: its organisation (the school's id in the staff's boundaries) and its contract. */
    record School(long id, Contract contract) {
        long contractId() {
            return contract.id();
        }
    }

    /** A new school in Vladivostok's zone, its director {@value #DIRECTOR} and teacher {@value #TEACHER}. */
    School withDirectorAndTeacher() throws SQLException {
        School school = school();
        staff(school.id(), DIRECTOR, "DIRECTOR", "Директор Импортова");
        staff(school.id(), TEACHER, "TEACHER", "Учитель Импортов");
        return school;
    }

    /** A new school whose director is {@value #OTHER_DIRECTOR}. */
    School ofTheOtherDirector() throws SQLException {
        School school = school();
        staff(school.id(), OTHER_DIRECTOR, "DIRECTOR", "Директор Другой");
        return school;
    }

    private School school() {
        long organization = backOffice.call(() -> fixtures.company("Asia/Vladivostok"));
        Contract contract = backOffice.call(() -> contracts.activate(contracts.openSchool(organization).id(), "signed"));
        return new School(organization, contract);
    }

    void staff(long schoolId, String subject, String role, String fullName) throws SQLException {
        update("INSERT INTO school_staff (organization_id, subject, role, full_name) VALUES (?, ?, ?, ?)",
                schoolId, subject, role, fullName);
    }

    void update(String sql, Object... parameters) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    /** The first column of each row, as text. */
    List<String> rows(String sql, Object... parameters) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    long count(String sql, Object... parameters) throws SQLException {
        return Long.parseLong(rows(sql, parameters).get(0));
    }
}
