package org.syncscope.streams;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How one instance of the streams detector runs: the application id that all its instances share (it names
 * their consumer group, internal topics and output topics), where it keeps its state stores, and how many
 * standby copies of each store other instances keep warm for a fast take-over.
 */
public record DetectorSettings(String applicationId, Path stateDir, int standbyReplicas) {

	public DetectorSettings {
		Objects.requireNonNull(applicationId, "applicationId");
		Objects.requireNonNull(stateDir, "stateDir");
		if (!applicationId.matches("[A-Za-z0-9._-]+")) {
			throw new IllegalArgumentException("An application id is letters, digits, '.', '_' and '-': " + applicationId);
		}
		if (standbyReplicas < 0) {
			throw new IllegalArgumentException("standbyReplicas must not be negative");
		}
	}

	/** The topic the detector publishes conflicts to, keyed by conflict id. */
	public String conflictsTopic() {
		return "syncscope." + applicationId + ".conflicts";
	}

	/** The topic the detector publishes what did not decode to, with the reason in a header. */
	public String quarantineTopic() {
		return "syncscope." + applicationId + ".quarantine";
	}
}
