package org.syncscope.core.tests.vv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.syncscope.core.vv.Causality;
import org.syncscope.core.vv.VersionVector;

/**
 * Property-based checks of the algebra the detector relies on: merge is a join (commutative, associative,
 * idempotent, an upper bound) and compare is antisymmetric. Each seed generates vectors over a small
 * replica set, so that equal, ordered and concurrent pairs all occur.
 */
class VersionVectorLawsTest {

	private static final String[] REPLICAS = { "eu", "us", "ap", "sa" };

	static LongStream seeds() {
		return LongStream.range(0, 300);
	}

	private static VersionVector random(Random random) {
		VersionVector.Builder builder = VersionVector.builder();
		for (String replica : REPLICAS) {
			if (random.nextInt(3) > 0) {
				builder.put(replica, random.nextInt(4));
			}
		}
		return builder.build();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void mergeIsCommutative(long seed) {
		Random random = new Random(seed);
		VersionVector a = random(random);
		VersionVector b = random(random);
		assertEquals(a.merge(b), b.merge(a));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void mergeIsAssociative(long seed) {
		Random random = new Random(seed);
		VersionVector a = random(random);
		VersionVector b = random(random);
		VersionVector c = random(random);
		assertEquals(a.merge(b).merge(c), a.merge(b.merge(c)));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void mergeIsIdempotent(long seed) {
		VersionVector a = random(new Random(seed));
		assertEquals(a, a.merge(a));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void mergeIsTheLeastUpperBound(long seed) {
		Random random = new Random(seed);
		VersionVector a = random(random);
		VersionVector b = random(random);
		VersionVector join = a.merge(b);
		assertTrue(join.dominatesOrEquals(a));
		assertTrue(join.dominatesOrEquals(b));
		for (String replica : REPLICAS) {
			assertEquals(Math.max(a.counter(replica), b.counter(replica)), join.counter(replica));
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void compareIsAntisymmetric(long seed) {
		Random random = new Random(seed);
		VersionVector a = random(random);
		VersionVector b = random(random);
		Causality forward = a.compare(b);
		assertEquals(forward.inverse(), b.compare(a));
		assertEquals(forward == Causality.EQUAL, a.equals(b));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void incrementAfterMergeDominatesBothStrictly(long seed) {
		Random random = new Random(seed);
		VersionVector a = random(random);
		VersionVector b = random(random);
		VersionVector resolved = a.merge(b).increment(REPLICAS[random.nextInt(REPLICAS.length)]);
		assertEquals(Causality.AFTER, resolved.compare(a));
		assertEquals(Causality.AFTER, resolved.compare(b));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void compareIsTransitiveForOrderedTriples(long seed) {
		Random random = new Random(seed);
		VersionVector a = random(random);
		VersionVector b = a.merge(random(random));
		VersionVector c = b.merge(random(random));
		assertTrue(c.dominatesOrEquals(a));
		assertEquals(c.compare(a) == Causality.EQUAL, a.equals(b) && b.equals(c));
	}
}
