package nl.schakel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** What every web integration test needs: the port, the movable clock, the database and a fresh {@link Browser}. */
@WebIT
public abstract class WebITSupport {

    @LocalServerPort
    protected int port;

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected JdbcTemplate jdbc;

    /** A browser with its own cookie jar, as a new person at another computer. */
    protected Browser browser() {
        return new Browser(port, clock, jdbc);
    }
}
