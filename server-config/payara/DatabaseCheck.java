import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Run by the launcher before anything starts: proves the configured PostgreSQL answers, so a wrong
 * URL or password gives one clear line instead of a half-started server (exit 1). A server that
 * answers but will slow Cardhub down is named on a line of its own (exit 0).
 */
public class DatabaseCheck {
    public static void main(String[] args) {
        DriverManager.setLoginTimeout(5);
        try (var connection = DriverManager.getConnection(args[0], args[1], args[2]);
             var autovacuum = connection.createStatement().executeQuery("SHOW autovacuum")) {
            if (autovacuum.next() && "off".equals(autovacuum.getString(1))) {
                // seen on the benchmark: a plan prepared while a table was nearly empty stays a full scan of it
                System.out.println("PostgreSQL's autovacuum is off: without fresh statistics the statements Cardhub"
                        + " prepared while its tables were small go on scanning them whole as they grow; turn it on"
                        + " (autovacuum = on in postgresql.conf) or run VACUUM ANALYZE on the database regularly");
            }
        } catch (SQLException e) {
            System.out.println(e.getMessage().lines().findFirst().orElse(e.toString()));
            System.exit(1);
        }
    }
}
