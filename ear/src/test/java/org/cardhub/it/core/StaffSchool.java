package org.cardhub.it.core;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.HolderKind;
import org.cardhub.contracts.boundary.Contracts;
import org.cardhub.contracts.entity.Contract;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A test's own school with its structure, for the staff cabinets: classes with pupils (live cards placed in them),
 * staff rows and a canteen supplier whose organisation has the given member. Run through {@link BackOffice}. The
 * people are subjects: the run-as principals of {@link AsTeacher} and the others ("teacher", "director", "canteen" …),
 * or the demo users' Keycloak subjects for browser tests — who must be {@link #release released} afterwards, so the
 * demo school stays theirs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StaffSchool {

    @EJB
    Fixtures fixtures;

    @EJB
    Contracts contracts;

    @Resource(lookup = "jdbc/cardhub")
    DataSource dataSource;

    /** A school, its active school contract, its classes and each class's pupils (live cards of the contract). */
    public record School(long id, Contract contract, Map<String, Long> classes, Map<String, List<Card>> pupils) {

        public long classId(String name) {
            return classes.get(name);
        }

        public Card pupil(String className, int index) {
            return pupils.get(className).get(index);
        }
    }

    /** A school in {@code zone} with {@code perClass} pupils in each named class ("5А", "5Б" …). */
    public School school(String zone, int perClass, String... classNames) {
        long organization = fixtures.company(zone);
        Contract contract = contracts.activate(contracts.openSchool(organization).id(), "signed");
        Map<String, Long> classes = new LinkedHashMap<>();
        Map<String, List<Card>> pupils = new LinkedHashMap<>();
        for (String name : classNames) {
            long classId = insertClass(organization, name);
            classes.put(name, classId);
            List<Card> cards = fixtures.activeCards(contract.id(), HolderKind.PUPIL, perClass);
            for (Card card : cards) {
                update("UPDATE card SET class_id = ? WHERE id = ?", classId, card.id());
            }
            pupils.put(name, cards);
        }
        return new School(organization, contract, classes, pupils);
    }

    /** A member of the school's staff in a role (DIRECTOR, TEACHER, ADMINISTRATOR). */
    public void staff(long schoolId, String subject, String role, String fullName) {
        update("INSERT INTO school_staff (organization_id, subject, role, full_name) VALUES (?, ?, ?, ?)",
                schoolId, subject, role, fullName);
    }

    /** The class's class teacher, who is also put on the school's staff as a teacher. */
    public void classTeacher(long schoolId, long classId, String subject, String fullName) {
        staff(schoolId, subject, "TEACHER", fullName);
        update("UPDATE school_class SET teacher_subject = ? WHERE id = ?", subject, classId);
    }

    /**
     * The school's canteen supplier: a company of its own with an active supplier contract (whose main account
     * receives the supplier's share), {@code commissionBp} kept by the programme, and {@code member} one of
     * its people. Returns the supplier's organisation id.
     */
    public long supplier(long schoolId, String member, int commissionBp) {
        long supplier = fixtures.company("Europe/Moscow");
        Contract contract = contracts.activate(contracts.openSupplier(supplier).id(), "signed");
        update("INSERT INTO canteen_supplier (school_id, supplier_id, contract_id, commission_bp, since) VALUES (?, ?, ?, ?, ?)",
                schoolId, supplier, contract.id(), commissionBp, Date.valueOf(LocalDate.now().minusDays(60)));
        update("INSERT INTO organization_member (organization_id, subject) VALUES (?, ?)", supplier, member);
        return supplier;
    }

    /** The lessons' hours of the school. */
    public void hours(long schoolId, String start, String end) {
        update("INSERT INTO school_hours (organization_id, lessons_start, lessons_end) VALUES (?, CAST(? AS TIME), CAST(? AS TIME))",
                schoolId, start, end);
    }

    /** Takes a person off every test school's staff and supplier; the demo's own rows stay. */
    public void release(String subject, long... schoolIds) {
        for (long school : schoolIds) {
            update("DELETE FROM school_staff WHERE organization_id = ? AND subject = ?", school, subject);
            update("UPDATE school_class SET teacher_subject = NULL WHERE organization_id = ? AND teacher_subject = ?",
                    school, subject);
            update("DELETE FROM organization_member WHERE subject = ? AND organization_id IN "
                    + "(SELECT supplier_id FROM canteen_supplier WHERE school_id = ?)", subject, school);
        }
    }

    private long insertClass(long organization, String name) {
        int grade = Integer.parseInt(name.replaceAll("\\D", ""));
        String letter = name.replaceAll("\\d", "");
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO school_class (organization_id, grade, letter, name) "
                     + "VALUES (?, ?, ?, ?)", new String[]{"id"})) {
            insert.setLong(1, organization);
            insert.setInt(2, grade);
            insert.setString(3, letter);
            insert.setString(4, name);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... values) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The live pupils' card ids of a class, as the database has them. */
    public List<Long> cardsOf(long classId) {
        List<Long> ids = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT id FROM card WHERE class_id = ? ORDER BY id")) {
            query.setLong(1, classId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
