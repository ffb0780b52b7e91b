package dev.portcullis.scanner.scan;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs a piece of scan work again once PostgreSQL answers, when the database went away under it (a restart, a
 * fail-over): each piece writes in one transaction, so a piece cut short wrote nothing and can simply run again.
 */
@ApplicationScoped
public class DatabaseOutages {

    private static final Logger LOG = Logger.getLogger(DatabaseOutages.class);
    /** How long a piece waits for the database before giving up (and leaving its trigger to recovery). */
    static final Duration PATIENCE = Duration.ofMinutes(10);
    private static final int MAX_OUTAGES = 5;

    private final AgroalDataSource dataSource;

    public DatabaseOutages(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work}, and again after each database outage it meets (at most a few times). */
    <T> T retrying(String what, Supplier<T> work) {
        for (int outages = 0; ; outages++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!isOutage(e) || outages >= MAX_OUTAGES) {
                    throw e;
                }
                LOG.warnf("The database went away during %s (%s): running it again once it answers", what,
                        rootMessage(e));
                awaitDatabase();
            }
        }
    }

    /** Whether the failure is the database being unreachable (SQL state class 08, or 57P0x: shut down). */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (t instanceof java.net.ConnectException || t instanceof java.io.EOFException) {
                return true;
            }
        }
        return false;
    }

    private void awaitDatabase() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection connection = dataSource.getConnection()) {
                if (connection.isValid(2)) {
                    return;
                }
            } catch (SQLException stillDown) {
                // not yet
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the database", e);
            }
        }
        throw new IllegalStateException("the database did not come back within " + PATIENCE);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
