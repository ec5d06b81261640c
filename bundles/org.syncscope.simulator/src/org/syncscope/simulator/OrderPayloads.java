package org.syncscope.simulator;

import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Payloads of the simulated orders service: an order with a status, an amount, and a customer whose e-mail
 * and phone are sensitive fields in the sample topology.
 */
final class OrderPayloads {

	private static final List<String> STATUSES = List.of("NEW", "PAID", "PACKED", "SHIPPED", "DELIVERED", "RETURNED");
	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final Random random;

	OrderPayloads(Random random) {
		this.random = random;
	}

	ObjectNode create(int key) {
		ObjectNode order = JSON.objectNode();
		order.put("orderId", key);
		order.put("status", STATUSES.get(0));
		order.put("amountCents", 500 + random.nextInt(50_000));
		ObjectNode customer = order.putObject("customer");
		customer.put("email", "customer" + key + "@example.com");
		customer.put("phone", String.format("+44 20 7946 %04d", key % 10_000));
		return order;
	}

	/** A copy with a new status (what most writes change). */
	ObjectNode withNewStatus(ObjectNode order) {
		ObjectNode changed = order.deepCopy();
		String current = order.path("status").asText();
		String next;
		do {
			next = STATUSES.get(random.nextInt(STATUSES.size()));
		} while (next.equals(current));
		changed.put("status", next);
		return changed;
	}

	/** A copy with a new amount (a field that status changes do not touch). */
	ObjectNode withNewAmount(ObjectNode order) {
		ObjectNode changed = order.deepCopy();
		changed.put("amountCents", order.path("amountCents").asInt() + 1 + random.nextInt(1_000));
		return changed;
	}
}
