package org.syncscope.metrics.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.syncscope.metrics.ListenAddress;

/** How a metrics address is read: on the loopback unless a host is named. */
class ListenAddressTest {

	@Test
	void aBarePortListensOnTheLoopback() {
		assertEquals(new ListenAddress("127.0.0.1", 9464), ListenAddress.parse("9464"));
		assertEquals(new ListenAddress("127.0.0.1", 9464), ListenAddress.parse(":9464"));
	}

	@Test
	void aNamedHostIsKept() {
		assertEquals(new ListenAddress("0.0.0.0", 9100), ListenAddress.parse("0.0.0.0:9100"));
		assertEquals(new ListenAddress("::1", 9100), ListenAddress.parse("[::1]:9100"));
		assertEquals("http://[::1]:9100/metrics", ListenAddress.parse("[::1]:9100").metricsUrl());
	}

	@Test
	void nonsenseIsRefusedWithTheExpectedForm() {
		IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
				() -> ListenAddress.parse("localhost:http"));
		assertTrue(error.getMessage().contains("HOST:PORT or PORT"), error::getMessage);
		assertThrows(IllegalArgumentException.class, () -> ListenAddress.parse("70000"));
		assertThrows(IllegalArgumentException.class, () -> ListenAddress.parse(""));
	}
}
