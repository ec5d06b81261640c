package org.syncscope.simulator;

import org.syncscope.core.vv.VersionVector;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The newest version of every key of the shared keyspace as a writer knows it. An ordinary write starts from
 * it, so it dominates everything written before; a concurrent write pair starts both sides from the same
 * version, and the key then rests for a cool-down so that the detector sees the pair before a later write
 * (which merges both) closes it. Used by the writer thread only.
 */
final class KeyKnowledge {

	private final VersionVector[] versions;
	private final ObjectNode[] payloads;
	private final long[] restingUntil;

	KeyKnowledge(int keys) {
		versions = new VersionVector[keys];
		payloads = new ObjectNode[keys];
		restingUntil = new long[keys];
	}

	static String keyName(int key) {
		return "order-" + key;
	}

	VersionVector version(int key) {
		VersionVector version = versions[key];
		return version == null ? VersionVector.empty() : version;
	}

	ObjectNode payload(int key) {
		return payloads[key];
	}

	boolean isResting(int key, long nowMillis) {
		return restingUntil[key] > nowMillis;
	}

	void written(int key, VersionVector version, ObjectNode payload) {
		versions[key] = version(key).merge(version);
		payloads[key] = payload;
	}

	void rest(int key, long untilMillis) {
		restingUntil[key] = untilMillis;
	}
}
