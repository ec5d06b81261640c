package org.syncscope.core.tests.lag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.syncscope.core.lag.SampleWindow;

class SampleWindowTest {

	@Test
	void keepsTheMostRecentSamplesOldestFirst() {
		SampleWindow<Integer> window = new SampleWindow<>(3);
		assertTrue(window.latest().isEmpty());
		for (int i = 1; i <= 5; i++) {
			window.add(i);
		}
		assertEquals(List.of(3, 4, 5), window.snapshot());
		assertEquals(5, window.latest().orElseThrow());
	}

	@Test
	void partiallyFilledAndCleared() {
		SampleWindow<String> window = new SampleWindow<>(4);
		window.add("a");
		window.add("b");
		assertEquals(List.of("a", "b"), window.snapshot());
		window.clear();
		assertEquals(List.of(), window.snapshot());
		window.add("c");
		assertEquals(List.of("c"), window.snapshot());
	}

	@Test
	void needsRoom() {
		assertThrows(IllegalArgumentException.class, () -> new SampleWindow<>(0));
	}
}
