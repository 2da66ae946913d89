package nl.schakel.shared.database;

import java.nio.file.Path;

/**
 * Started as a separate JVM by {@link EmbeddedPostgresServerIT}: starts the embedded PostgreSQL on the folder given
 * as argument, prints {@code READY} and waits until its standard input closes (the test ends) or it is killed.
 */
public final class EmbeddedPostgresChild {

    public static final String READY = "READY";

    private EmbeddedPostgresChild() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]));
        System.out.println(READY + " " + server.jdbcUrl());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to go away
        }
        server.close();
    }
}
