package org.faultline.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Properties;

/**
 * A PostgreSQL database named the way people write it: {@code postgresql://user[:password]@host[:port]/db},
 * {@code postgres://...} (libpq's forms) or the driver's own {@code jdbc:postgresql://host[:port]/db?user=...}.
 * Gives the driver's URL with user and password moved into connection properties (the driver
 * does not read them from the authority), and a form without password for messages.
 *
 * @param jdbcUrl    what the driver connects to, without user information
 * @param user       login, or null for the driver's default (the OS user)
 * @param password   password, or null (then ~/.pgpass or trust authentication)
 * @param display    the URL for messages and logs: never contains the password or query options
 */
record PostgresUrl(String jdbcUrl, String user, String password, String display) {
    /** True when {@code location} names a PostgreSQL database rather than a file. */
    static boolean matches(String location) {
        String s = location.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("postgresql://") || s.startsWith("postgres://") || s.startsWith("jdbc:postgresql:");
    }

    /**
     * Parses a PostgreSQL URL.
     *
     * @throws IllegalArgumentException naming the URL (without password) when it is malformed or names no database
     */
    static PostgresUrl parse(String location) {
        String raw = location.strip();
        String rest = raw.replaceFirst("(?i)^jdbc:", "").replaceFirst("(?i)^postgres(ql)?://", "");
        URI uri;
        try {
            uri = new URI("postgresql://" + rest);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("malformed PostgreSQL URL '" + withoutPassword(raw) + "': " + e.getReason(), e);
        }
        String hostPort = uri.getRawAuthority() == null ? "" : uri.getRawAuthority().replaceFirst("^.*@", "");
        if (hostPort.isEmpty())
            throw new IllegalArgumentException("PostgreSQL URL '" + withoutPassword(raw) + "' names no host; "
                    + "write postgresql://user@host:5432/database");
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.length() <= 1)
            throw new IllegalArgumentException("PostgreSQL URL '" + withoutPassword(raw) + "' names no database; "
                    + "write postgresql://user@" + hostPort + "/database");
        String user = null;
        String password = null;
        if (uri.getUserInfo() != null) {
            String info = uri.getUserInfo();
            int colon = info.indexOf(':');
            user = colon < 0 ? info : info.substring(0, colon);
            password = colon < 0 ? null : info.substring(colon + 1);
        }
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String jdbc = "jdbc:postgresql://" + hostPort + path + query;
        String display = "postgresql://" + (user == null || user.isEmpty() ? "" : user + "@") + hostPort + path;
        return new PostgresUrl(jdbc, blankToNull(user), password, display);
    }

    /** Connection properties: user and password when given, and a connect timeout so a dead host fails fast. */
    Properties properties() {
        Properties p = new Properties();
        if (user != null) p.setProperty("user", user);
        if (password != null) p.setProperty("password", password);
        if (!jdbcUrl.contains("connectTimeout=")) p.setProperty("connectTimeout", "10");
        if (!jdbcUrl.contains("ApplicationName=")) p.setProperty("ApplicationName", "faultline");
        return p;
    }

    @Override
    public String toString() { return display; } // a record's default would print the password

    private static String withoutPassword(String url) {
        return url.replaceFirst("://([^:/@]*):[^@/]*@", "://$1@").replaceFirst("(?i)([?&]password=)[^&]*", "$1***");
    }

    private static String blankToNull(String s) { return s == null || s.isEmpty() ? null : s; }
}
