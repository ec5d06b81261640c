package org.syncscope.core.tests.merge;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.syncscope.core.tests.Events.upsert;
import static org.syncscope.core.tests.Events.vv;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.merge.FieldRule;
import org.syncscope.core.merge.FieldType;
import org.syncscope.core.policy.ConflictPolicy;
import org.syncscope.core.policy.ConflictResolver;
import org.syncscope.core.policy.Resolution;
import org.syncscope.core.policy.ResolutionContext;
import org.syncscope.core.policy.ResolutionRequest;
import org.syncscope.testing.bench.Benchmark;
import org.syncscope.testing.bench.BenchmarkReport;

/**
 * Automatic merges per second by the FIELD_RULES policy on one thread: conflicts of two versions and their
 * ancestor, an order record of eight fields (nested customer, a stock counter, a tag set, a status written
 * last-writer-wins), each resolved to a published event. Reported, never asserted.
 */
@Tag(Benchmark.TAG)
class FieldRulesMergeBenchmark {

	private static final int CONFLICTS = 20_000;

	@Test
	void automaticMergesPerSecond() throws Exception {
		ConflictResolver resolver = ConflictResolver.forPolicy(ConflictPolicy.FIELD_RULES,
				new ResolutionContext("eu-west", "us-east", "syncscope-console", Clock.systemUTC(),
						List.of(FieldRule.of("stock.count", FieldType.COUNTER), FieldRule.of("tags", FieldType.SET),
								FieldRule.of("status", FieldType.LWW))));
		List<ResolutionRequest> requests = conflicts(new Random(42));
		BenchmarkReport.note(String.format(Locale.ROOT, "field rules: %,d conflicts of 2 versions and an ancestor, %s",
				CONFLICTS, Runtime.version()));
		Benchmark.Result result = Benchmark.throughput("automatic merges by field rules (counter, set, LWW)", 3, 5,
				() -> {
					for (ResolutionRequest request : requests) {
						assertInstanceOf(Resolution.Resolved.class, resolver.resolve(request));
					}
					return requests.size();
				});
		assertTrue(result.mean() > 0);
	}

	private static List<ResolutionRequest> conflicts(Random random) {
		return IntStream.range(0, CONFLICTS).mapToObj(i -> {
			String key = "order-" + i;
			int count = 100 + random.nextInt(100);
			ChangeEvent ancestor = upsert(key, "eu-west", vv("eu-west", 1), order(i, count, "\"a\"", "NEW"), 1);
			ChangeEvent eu = upsert(key, "eu-west", vv("eu-west", 2),
					order(i, count - 1 - random.nextInt(5), "\"a\",\"eu\"", "PAID"), 2);
			ChangeEvent us = upsert(key, "us-east", vv("eu-west", 1, "us-east", 1),
					order(i, count + random.nextInt(5), "\"us\"", "PACKED"), 3);
			return new ResolutionRequest(List.of(eu, us), Optional.of(ancestor));
		}).toList();
	}

	private static String order(int key, int count, String tags, String status) {
		return String.format(Locale.ROOT, "{\"orderId\":%d,\"status\":\"%s\",\"amountCents\":%d,\"customer\":"
				+ "{\"email\":\"customer%d@example.com\",\"phone\":\"+44 20 7946 %04d\"},\"stock\":{\"count\":%d,"
				+ "\"bin\":\"B4\"},\"tags\":[%s]}", key, status, 500 + key % 1000, key, key % 10_000, count, tags);
	}
}
