package org.syncscope.core.event;

/**
 * Why a record could not be decoded, precise enough to show in a quarantine view and to count by reason.
 *
 * @param reason the category of the problem
 * @param field the offending field, or empty when the problem is not about one field
 * @param detail a human-readable explanation
 */
public record DecodeError(Reason reason, String field, String detail) {

	/** Categories of malformed records. */
	public enum Reason {
		/** The bytes are not well-formed JSON (or are empty, or have trailing content). */
		MALFORMED_JSON,
		/** The document is JSON but not an object. */
		NOT_AN_OBJECT,
		/** A required field is absent. */
		MISSING_FIELD,
		/** A field has the wrong JSON type. */
		WRONG_TYPE,
		/** A field appears twice. */
		DUPLICATE_FIELD,
		/** A field the format does not define. */
		UNKNOWN_FIELD,
		/** The format version is not one this codec reads. */
		UNSUPPORTED_VERSION,
		/** The operation is not UPSERT or DELETE. */
		UNKNOWN_OPERATION,
		/** A field has the right type but a value outside its range (negative counter, empty key, bad id). */
		INVALID_VALUE
	}

	@Override
	public String toString() {
		return reason + (field.isEmpty() ? "" : " [" + field + "]") + ": " + detail;
	}
}
