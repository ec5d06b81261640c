package org.syncscope.core.event;

/**
 * The outcome of decoding one record: either an event or an error, so that a consumer loop handles both
 * with a switch instead of a try/catch.
 */
public sealed interface DecodeResult {

	/** A well-formed record. */
	record Decoded(ChangeEvent event) implements DecodeResult {
	}

	/** A malformed record and the reason. */
	record Failed(DecodeError error) implements DecodeResult {
	}
}
