package org.syncscope.kafka.tests.quarantine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One change-log record for every reason of quarantine that {@code docs/event-format.md} lists, as a
 * producer with a bug would write them, and one good event; {@code null} stands for a tombstone.
 */
final class BadRecords {

	static final String ID = "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
	static final String VALID = """
			{"v":1,"id":"%s","key":"customer/42","op":"UPSERT","origin":"eu","vv":{"eu":3,"us":2},\
			"ts":1764100000000,"payload":{"name":"Ada","email":"ada@example.org"}}""".formatted(ID);

	private BadRecords() {
	}

	/** Reason code to the record's value, in the order they are written. */
	static Map<String, String> byReason() {
		Map<String, String> records = new LinkedHashMap<>();
		records.put("MALFORMED_JSON", "{\"v\":1,");
		records.put("NOT_AN_OBJECT", "[1,2]");
		records.put("MISSING_FIELD", VALID.replace("\"key\":\"customer/42\",", ""));
		records.put("WRONG_TYPE", VALID.replace("1764100000000", "\"1764100000000\""));
		records.put("DUPLICATE_FIELD", VALID.replace("\"v\":1,", "\"v\":1,\"key\":\"a\","));
		records.put("UNKNOWN_FIELD", VALID.replace("\"v\":1,", "\"v\":1,\"extra\":true,"));
		records.put("UNSUPPORTED_VERSION", VALID.replace("\"v\":1", "\"v\":2"));
		records.put("UNKNOWN_OPERATION", VALID.replace("UPSERT", "MERGE"));
		records.put("INVALID_VALUE", VALID.replace(ID, "event-1"));
		records.put("TOMBSTONE", null);
		return records;
	}
}
