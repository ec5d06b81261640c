package org.syncscope.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncscope.ui.quarantine.RecordText;

/** Quarantined bytes as an operator reads them: text or hex, sensitive members masked even in broken JSON. */
class RecordTextTest {

	private static final String M = RecordText.MASK;

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void textWithSensitiveMembersMasked() {
		assertEquals("{\"payload\":{\"email\":\"" + M + "\",\"n\":1}}",
				RecordText.of(utf8("{\"payload\":{\"email\":\"ada@example.org\",\"n\":1}}"), List.of("customer.email")));
		assertEquals("{\"v\":1,\"payload\":{\"email\": \"" + M + "\"",
				RecordText.of(utf8("{\"v\":1,\"payload\":{\"email\": \"ada@exa"), List.of("email")),
				"a value cut off by broken JSON is masked too");
		assertEquals("{\"pin\":\"" + M + "\"}", RecordText.of(utf8("{\"pin\":1234}"), List.of("pin")));
	}

	@Test
	void binaryAsHexAndAbsentAsNone() {
		assertEquals("hex: 00 01 ff", RecordText.of(new byte[] { 0, 1, (byte) 0xff }, List.of()));
		assertEquals("(none)", RecordText.of(null, List.of()));
	}
}
