package org.egovarchive.infra.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The database {@code egov} and its two login roles, created idempotently on every start: the owner runs
 * migrations, the application role gets nothing here because the migrations grant what it needs.
 */
final class PostgresRoles {

    static final String DATABASE = "egov";
    static final String OWNER = "egov_owner";
    static final String APP = "egov_app";

    private PostgresRoles() {
    }

    static boolean ping(int port, Secrets secrets) throws SQLException {
        try (Connection c = connect(port, "postgres", "postgres", secrets.superuser())) {
            return c.isValid(2);
        }
    }

    static void ensure(int port, Secrets secrets) throws SQLException {
        try (Connection c = connect(port, "postgres", "postgres", secrets.superuser())) {
            ensureRole(c, OWNER, secrets.owner());
            ensureRole(c, APP, secrets.app());
            if (!exists(c, "select 1 from pg_database where datname = ?", DATABASE)) {
                execute(c, "create database " + DATABASE + " owner " + OWNER + " encoding 'UTF8'");
            }
        }
        try (Connection c = connect(port, DATABASE, "postgres", secrets.superuser())) {
            // only the owner creates objects; the app role may use what migrations grant it
            execute(c, "alter schema public owner to " + OWNER);
            execute(c, "revoke create on schema public from public");
            execute(c, "grant all on schema public to " + OWNER);
            execute(c, "grant usage on schema public to " + APP);
        }
    }

    /** Creates the role, or resets its password so that it always matches the secrets file. */
    private static void ensureRole(Connection c, String role, String password) throws SQLException {
        String verb = exists(c, "select 1 from pg_roles where rolname = ?", role) ? "alter" : "create";
        // DDL takes no bind parameters: let the server quote the password literal
        try (PreparedStatement quote = c.prepareStatement("select format('%s role %I login password %L', ?, ?, ?)")) {
            quote.setString(1, verb);
            quote.setString(2, role);
            quote.setString(3, password);
            try (ResultSet rs = quote.executeQuery()) {
                rs.next();
                execute(c, rs.getString(1));
            }
        }
    }

    private static boolean exists(Connection c, String query, String name) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    static Connection connect(int port, String database, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        // a health probe must not hang on a server that is still starting
        properties.setProperty("connectTimeout", "2");
        properties.setProperty("socketTimeout", "30");
        return DriverManager.getConnection(jdbcUrl(port, database), properties);
    }

    static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }
}
