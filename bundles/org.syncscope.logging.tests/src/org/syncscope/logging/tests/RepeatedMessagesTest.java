package org.syncscope.logging.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.syncscope.logging.RepeatedMessages;

class RepeatedMessagesTest {

	private static final long WINDOW = RepeatedMessages.WINDOW.toNanos();

	private final AtomicLong now = new AtomicLong(1_000);
	private final RepeatedMessages repeats = new RepeatedMessages(now::get);

	@Test
	void letsTheFirstOfAKindThroughAndHoldsBackItsRepeatsForAWindow() {
		assertEquals(OptionalInt.of(0), repeats.admit("connection refused"));
		now.addAndGet(WINDOW - 1);
		assertEquals(OptionalInt.empty(), repeats.admit("connection refused"));
		assertEquals(OptionalInt.of(0), repeats.admit("another kind"), "kinds are held back apart");
	}

	@Test
	void countsWhatItHeldBackWhenTheNextOneIsLetThrough() {
		repeats.admit("connection refused");
		repeats.admit("connection refused");
		repeats.admit("connection refused");
		now.addAndGet(WINDOW);
		assertEquals(OptionalInt.of(2), repeats.admit("connection refused"));
		now.addAndGet(WINDOW);
		assertEquals(OptionalInt.of(0), repeats.admit("connection refused"), "nothing held back since");
	}
}
