package org.syncscope.topology.resource;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A topology file that cannot be opened, with the file and, for malformed XML, the line and column, so that
 * an operator can fix the file rather than guess.
 */
public class TopologyLoadException extends IOException {

	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final int line;
	private final int column;

	TopologyLoadException(Path file, String cause, int line, int column, Throwable error) {
		super(message(file, cause, line, column), error);
		this.file = file;
		this.line = line;
		this.column = column;
	}

	/** The file that failed to load. */
	public Path file() {
		return file;
	}

	/** The 1-based line of the problem, or 0 when the problem has no position. */
	public int line() {
		return line;
	}

	/** The 1-based column of the problem, or 0 when the problem has no position. */
	public int column() {
		return column;
	}

	private static String message(Path file, String cause, int line, int column) {
		String where = line > 0 ? " at line " + line + ", column " + column : "";
		return "Cannot open topology " + file + where + ": " + cause;
	}
}
