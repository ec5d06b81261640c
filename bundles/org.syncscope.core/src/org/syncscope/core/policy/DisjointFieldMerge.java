package org.syncscope.core.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.syncscope.core.event.ChangeEvent;
import org.syncscope.core.event.Operation;
import org.syncscope.core.event.Payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Combines concurrent upserts field by field. With the common ancestor, a field counts as changed by a
 * sibling when its value (or absence) differs from the ancestor's; the merge takes each field from the one
 * sibling that changed it, and asks for a human when siblings changed the same field to different values.
 * Without an ancestor only agreement can be seen: a field is kept when every sibling that has it holds the
 * same value, and a field present with different values is a conflict. Deletes are never merged: whether a
 * delete should win over a concurrent edit is a business decision.
 */
final class DisjointFieldMerge implements ConflictResolver {

	private final ResolutionContext context;

	DisjointFieldMerge(ResolutionContext context) {
		this.context = context;
	}

	@Override
	public Resolution resolve(ResolutionRequest request) {
		if (request.siblings().stream().anyMatch(e -> e.operation() == Operation.DELETE)) {
			return manual("a sibling deletes the key");
		}
		Optional<Payload> ancestor = request.ancestor().filter(e -> e.operation() == Operation.UPSERT)
				.map(ChangeEvent::payload);
		ObjectNode merged = ancestor.map(Payload::toObjectNode)
				.orElseGet(() -> request.siblings().get(0).payload().toObjectNode());
		List<String> clashes = new ArrayList<>();
		for (String field : fieldNames(request, ancestor)) {
			Optional<JsonNode> chosen = Optional.empty();
			ChangeEvent chooser = null;
			for (ChangeEvent sibling : request.siblings()) {
				boolean changed = ancestor.map(base -> !base.sameField(field, sibling.payload()))
						.orElse(sibling.payload().field(field).isPresent());
				if (!changed) {
					continue;
				}
				if (chooser != null && !chooser.payload().sameField(field, sibling.payload())) {
					clashes.add(field);
					break;
				}
				chooser = sibling;
				chosen = sibling.payload().field(field);
			}
			if (chooser != null) {
				chosen.ifPresentOrElse(value -> merged.set(field, value), () -> merged.remove(field));
			}
		}
		if (!clashes.isEmpty()) {
			return manual("fields changed on several sides: " + String.join(", ", clashes));
		}
		ChangeEvent resolved = ResolvedEvents.create(request, ConflictPolicy.MERGE_DISJOINT_FIELDS,
				Operation.UPSERT, Payload.of(merged), context);
		return new Resolution.Resolved(resolved, ConflictPolicy.MERGE_DISJOINT_FIELDS,
				ancestor.isPresent() ? "merged disjoint field changes against the common ancestor"
						: "merged fields without an ancestor: no field had different values");
	}

	private static Set<String> fieldNames(ResolutionRequest request, Optional<Payload> ancestor) {
		Set<String> names = new LinkedHashSet<>();
		ancestor.ifPresent(base -> names.addAll(base.fieldNames()));
		request.siblings().forEach(sibling -> names.addAll(sibling.payload().fieldNames()));
		return names;
	}

	private static Resolution manual(String reason) {
		return new Resolution.Manual(ConflictPolicy.MERGE_DISJOINT_FIELDS, reason);
	}
}
