package org.syncscope.core.policy;

/**
 * How a link resolves conflicts; mirrors the policy attribute of a sync link in the model, so that the model
 * bundle does not have to be a dependency of the engine.
 */
public enum ConflictPolicy {
	/** No automatic resolution: the conflict waits in the console's queue. */
	MANUAL,
	/** The version written last (source timestamp) wins; ties are broken by origin, then event id. */
	LAST_WRITER_WINS,
	/** The version written at the link's source replica wins. */
	SOURCE_WINS,
	/** The version written at the link's target replica wins. */
	TARGET_WINS,
	/** Field changes made by different sides are combined; the same field changed differently needs a human. */
	MERGE_DISJOINT_FIELDS,
	/**
	 * Fields with a rule of the link merge by what they mean (counters, sets, registers), the others as
	 * {@link #MERGE_DISJOINT_FIELDS}; a field no rule or law decides needs a human.
	 */
	FIELD_RULES
}
