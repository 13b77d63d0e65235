import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Run by the launcher before anything starts: proves the configured PostgreSQL answers, so a wrong
 * URL or password gives one clear line instead of a half-started server.
 */
public class DatabaseCheck {
    public static void main(String[] args) {
        DriverManager.setLoginTimeout(5);
        try (var connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            connection.isValid(5);
        } catch (SQLException e) {
            System.out.println(e.getMessage().lines().findFirst().orElse(e.toString()));
            System.exit(1);
        }
    }
}
