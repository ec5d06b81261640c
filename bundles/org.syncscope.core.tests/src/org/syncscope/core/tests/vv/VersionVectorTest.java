package org.syncscope.core.tests.vv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.syncscope.core.tests.Events.vv;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.syncscope.core.vv.Causality;
import org.syncscope.core.vv.VersionVector;

class VersionVectorTest {

	@Test
	void comparesAllFourWays() {
		assertEquals(Causality.BEFORE, vv("a", 1).compare(vv("a", 2)));
		assertEquals(Causality.AFTER, vv("a", 2, "b", 1).compare(vv("a", 2)));
		assertEquals(Causality.EQUAL, vv("a", 2, "b", 1).compare(vv("b", 1, "a", 2)));
		assertEquals(Causality.CONCURRENT, vv("a", 2).compare(vv("b", 1)));
		assertEquals(Causality.CONCURRENT, vv("a", 2, "b", 1).compare(vv("a", 1, "b", 2)));
	}

	@Test
	void emptyVectorIsBeforeEveryWrite() {
		assertEquals(Causality.BEFORE, VersionVector.empty().compare(vv("z", 1)));
		assertEquals(Causality.EQUAL, VersionVector.empty().compare(vv()));
	}

	@Test
	void incrementRaisesOnlyThatReplica() {
		VersionVector next = vv("a", 1, "b", 4).increment("a");
		assertEquals(vv("a", 2, "b", 4), next);
		assertEquals(1, vv("b", 4).increment("c").counter("c"));
		assertEquals(Causality.AFTER, next.compare(vv("a", 1, "b", 4)));
	}

	@Test
	void mergeIsPointwiseMaximum() {
		assertEquals(vv("a", 3, "b", 2, "c", 1), vv("a", 3, "b", 1).merge(vv("b", 2, "c", 1)));
	}

	@Test
	void zeroCountersAreAbsent() {
		VersionVector withZero = vv("a", 0, "b", 1);
		assertEquals(vv("b", 1), withZero);
		assertEquals(1, withZero.size());
		assertEquals(Map.of("b", 1L), withZero.asMap());
	}

	@Test
	void emptyBuilderGivesTheSharedEmptyVector() {
		assertSame(VersionVector.empty(), VersionVector.builder().build());
	}

	@Test
	void rejectsNegativeCountersAndBlankIds() {
		assertThrows(IllegalArgumentException.class, () -> vv("a", -1));
		assertThrows(IllegalArgumentException.class, () -> vv(" ", 1));
		assertThrows(IllegalArgumentException.class, () -> VersionVector.of("a"));
	}

	@Test
	void dominatesOrEqualsExcludesOlderAndConcurrent() {
		assertTrue(vv("a", 2).dominatesOrEquals(vv("a", 1)));
		assertTrue(vv("a", 2).dominatesOrEquals(vv("a", 2)));
		assertFalse(vv("a", 2).dominatesOrEquals(vv("b", 1)));
		assertFalse(vv("a", 1).dominatesOrEquals(vv("a", 2)));
	}

	@Test
	void exposesSortedEntries() {
		VersionVector vector = vv("c", 3, "a", 1);
		assertEquals("a", vector.replicaAt(0));
		assertEquals(3, vector.counterAt(1));
		assertEquals("{a=1, c=3}", vector.toString());
	}
}
