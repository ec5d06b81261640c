package org.syncscope.core.conflict;

/**
 * The hash by which key-indexed tables find a record key (the detector's key index, the monitor's event
 * window): the string's hash multiplied by the golden-ratio constant, its high bits folded into the low ones,
 * so that keys differing only in their last characters still spread over a power-of-two table.
 */
public final class KeyHash {

	private KeyHash() {
	}

	public static int of(String key) {
		int h = key.hashCode() * 0x9E3779B9;
		return h ^ (h >>> 16);
	}
}
