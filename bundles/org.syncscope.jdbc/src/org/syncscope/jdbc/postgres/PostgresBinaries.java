package org.syncscope.jdbc.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the PostgreSQL server programs are: Debian's {@code postgresql} package puts them in
 * {@code /usr/lib/postgresql/<major>/bin}, off the PATH; the newest major there is taken, or the folder
 * named by the system property {@value #PROPERTY}.
 */
public record PostgresBinaries(Path folder) {

	/** System property naming the folder of {@code initdb} and {@code pg_ctl}, when not Debian's. */
	public static final String PROPERTY = "syncscope.postgres.bin";

	private static final Path DEBIAN = Path.of("/usr/lib/postgresql");

	/** The installed server programs, or an exception saying how to install them. */
	public static PostgresBinaries find() throws PostgresException {
		String configured = System.getProperty(PROPERTY);
		Optional<Path> folder = configured != null ? Optional.of(Path.of(configured)) : newestDebianMajor();
		if (folder.isEmpty() || !Files.isExecutable(folder.get().resolve("initdb"))
				|| !Files.isExecutable(folder.get().resolve("pg_ctl"))) {
			throw new PostgresException("PostgreSQL server programs (initdb, pg_ctl) not found"
					+ folder.map(f -> " in " + f).orElse(" under " + DEBIAN)
					+ ": install them (Debian: apt-get install postgresql) or set -D" + PROPERTY + "=<bin folder>");
		}
		return new PostgresBinaries(folder.get());
	}

	private static Optional<Path> newestDebianMajor() {
		if (!Files.isDirectory(DEBIAN)) {
			return Optional.empty();
		}
		try (Stream<Path> majors = Files.list(DEBIAN)) {
			return majors.filter(major -> major.getFileName().toString().matches("\\d+"))
					.max(Comparator.comparingInt(major -> Integer.parseInt(major.getFileName().toString())))
					.map(major -> major.resolve("bin"));
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** The program {@code name} of this installation. */
	public String program(String name) {
		return folder.resolve(name).toString();
	}
}
