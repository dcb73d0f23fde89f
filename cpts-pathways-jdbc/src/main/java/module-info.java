/**
 * cptskit pathways on PostgreSQL: an {@code EventStore} over a plain JDBC {@code DataSource}, with its
 * schema migrations.
 */
module io.github.cptskit.pathways.jdbc {
    requires transitive io.github.cptskit.pathways;
    requires transitive java.sql;

    exports io.github.cptskit.pathways.jdbc;
}
