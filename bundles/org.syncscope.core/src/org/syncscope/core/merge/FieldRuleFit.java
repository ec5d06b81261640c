package org.syncscope.core.merge;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a link's field rules fit the values its records hold: a value its rule's law cannot merge (a counter
 * holding text, a set that is not an array) means the rule, or the writer, is wrong, and every conflict on that
 * field will wait for a person.
 */
public final class FieldRuleFit {

	private FieldRuleFit() {
	}

	/** A rule and why a record's value does not fit it. */
	public record Misfit(FieldRule rule, String reason) {
	}

	/** The rules of {@code rules} that {@code document}'s values do not fit, in the rules' order. */
	public static List<Misfit> misfits(List<FieldRule> rules, JsonNode document) {
		List<Misfit> misfits = new ArrayList<>();
		for (FieldRule rule : rules) {
			JsonNode value = rule.path().valueIn(document);
			if (!rule.type().fits(value)) {
				misfits.add(new Misfit(rule, value + " is not " + rule.type().expected()));
			}
		}
		return misfits;
	}
}
