package org.syncscope.topology.tests;

import static org.syncscope.topology.tests.ProblemAssertions.assertProblem;
import static org.syncscope.topology.tests.ProblemAssertions.assertValid;

import org.junit.jupiter.api.Test;
import org.syncscope.topology.ConflictPolicy;
import org.syncscope.topology.FieldRule;
import org.syncscope.topology.FieldRuleType;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyFactory;
import org.syncscope.topology.validation.TopologyProblem;

/** A link's field rules: dotted paths with a type, none inside another, in effect with FIELD_RULES only. */
class FieldRulesValidationTest {

	private final Topology topology = Topologies.twoRegions();
	private final SyncLink link = Topologies.euToUs(topology);

	@Test
	void rulesOnDistinctFieldsWithTheFieldRulesPolicyAreValid() {
		link.setConflictPolicy(ConflictPolicy.FIELD_RULES);
		rule("stock.count", FieldRuleType.COUNTER);
		rule("tags", FieldRuleType.SET);
		rule("stock.bin", FieldRuleType.LWW);
		assertValid(topology);
	}

	@Test
	void aRulePathMustBeADottedFieldPath() {
		link.setConflictPolicy(ConflictPolicy.FIELD_RULES);
		FieldRule bad = rule("stock..count", FieldRuleType.COUNTER);
		assertProblem(topology, TopologyProblem.ILLEGAL_FIELD_RULE_PATH, bad,
				"Field rule 'stock..count' of link 'EU to US' is not a dotted field path such as stock.count.");
		bad.setPath("items.*.qty");
		assertProblem(topology, TopologyProblem.ILLEGAL_FIELD_RULE_PATH, bad,
				"Field rule 'items.*.qty' of link 'EU to US' is not a dotted field path such as stock.count.");
	}

	@Test
	void aFieldHasOneRuleForItselfAndWhatIsInsideIt() {
		link.setConflictPolicy(ConflictPolicy.FIELD_RULES);
		rule("stock", FieldRuleType.LWW);
		FieldRule inner = rule("stock.count", FieldRuleType.COUNTER);
		assertProblem(topology, TopologyProblem.OVERLAPPING_FIELD_RULES, inner,
				"Field rules 'stock' and 'stock.count' of link 'EU to US' overlap: a field, and everything inside it, has one rule.");
	}

	@Test
	void theFieldRulesPolicyWithoutRulesAndRulesWithAnotherPolicyAreWarnings() {
		link.setConflictPolicy(ConflictPolicy.FIELD_RULES);
		assertProblem(topology, TopologyProblem.FIELD_RULES_POLICY_WITHOUT_RULES, link,
				"Link 'EU to US' resolves conflicts by FIELD_RULES but has no field rule; only changes that do not overlap merge.");
		link.setConflictPolicy(ConflictPolicy.LAST_WRITER_WINS);
		rule("tags", FieldRuleType.SET);
		assertProblem(topology, TopologyProblem.UNUSED_FIELD_RULES, link,
				"Link 'EU to US' has field rules, but its conflict policy is LAST_WRITER_WINS; the rules apply only with FIELD_RULES.");
	}

	@Test
	void aRuleMayNameASensitiveField() {
		link.setConflictPolicy(ConflictPolicy.FIELD_RULES);
		link.getSensitiveFields().add("loyalty.points");
		rule("loyalty.points", FieldRuleType.COUNTER);
		assertValid(topology);
	}

	private FieldRule rule(String path, FieldRuleType type) {
		FieldRule rule = TopologyFactory.eINSTANCE.createFieldRule();
		rule.setPath(path);
		rule.setType(type);
		link.getFieldRules().add(rule);
		return rule;
	}
}
