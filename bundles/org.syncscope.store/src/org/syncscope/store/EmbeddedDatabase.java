package org.syncscope.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import org.apache.derby.jdbc.EmbeddedDriver;

/**
 * One embedded Apache Derby database in a folder of the workspace. Inside OSGi {@code DriverManager} does
 * not see Derby's driver, so connections come from the embedded driver directly. {@link #close()} shuts the
 * database down cleanly, so that the next start needs no recovery.
 */
public final class EmbeddedDatabase implements AutoCloseable {

	/** SQLState Derby reports for a successful shutdown of a single database. */
	static final String SHUTDOWN_OK = "08006";

	private final Path directory;
	private final EmbeddedDriver driver;
	private volatile boolean open = true;

	private EmbeddedDatabase(Path directory, EmbeddedDriver driver) {
		this.directory = directory;
		this.driver = driver;
	}

	/** Opens the database in {@code directory}, creating it if it does not exist yet. */
	public static EmbeddedDatabase open(Path directory) throws SQLException {
		Path absolute = directory.toAbsolutePath();
		createParent(absolute);
		if (System.getProperty("derby.stream.error.file") == null) {
			// before the driver boots Derby, or it writes derby.log into the working directory
			System.setProperty("derby.stream.error.file",
					absolute.resolveSibling(absolute.getFileName() + "-derby.log").toString());
		}
		EmbeddedDatabase database = new EmbeddedDatabase(absolute, new EmbeddedDriver());
		try (Connection first = database.connect(";create=true")) {
			first.isValid(1);
		}
		return database;
	}

	private static void createParent(Path directory) throws SQLException {
		try {
			Files.createDirectories(directory.getParent());
		} catch (IOException e) {
			throw new SQLException("Cannot create " + directory.getParent() + ": " + e.getMessage(), e);
		}
	}

	/** A new connection; the caller closes it. */
	public Connection connect() throws SQLException {
		return connect("");
	}

	private Connection connect(String attributes) throws SQLException {
		if (!open) {
			throw new SQLException("The database in " + directory + " is closed");
		}
		Connection connection = driver.connect("jdbc:derby:" + directory + attributes, new Properties());
		if (connection == null) {
			throw new SQLException("Derby's embedded driver refused the URL for " + directory);
		}
		return connection;
	}

	/** The folder holding the database. */
	public Path directory() {
		return directory;
	}

	/** Shuts the database down; idempotent. */
	@Override
	public void close() throws SQLException {
		if (!open) {
			return;
		}
		open = false;
		try {
			driver.connect("jdbc:derby:" + directory + ";shutdown=true", new Properties());
		} catch (SQLException expected) {
			if (!SHUTDOWN_OK.equals(expected.getSQLState())) {
				throw expected;
			}
			return;
		}
		throw new SQLException("Derby did not confirm the shutdown of " + directory);
	}
}
