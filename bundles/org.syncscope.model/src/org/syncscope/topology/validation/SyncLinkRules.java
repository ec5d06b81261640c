package org.syncscope.topology.validation;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.InternalEObject;
import org.syncscope.topology.CdcLinks;
import org.syncscope.topology.ConflictPolicy;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.FieldRule;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyPackage.Literals;

/**
 * Rules for sync links: what the monitor, the applier and replay need to find the link's data on Kafka, and
 * the warning that a multi-master cycle left on MANUAL conflict resolution will stall on every conflict.
 */
public final class SyncLinkRules {

	private static final Pattern FIELD_PATH = Pattern.compile("(\\*|[A-Za-z0-9_$-]+)(\\.(\\*|[A-Za-z0-9_$-]+))*");
	private static final Pattern RULE_PATH = Pattern.compile("[A-Za-z0-9_$-]+(\\.[A-Za-z0-9_$-]+)*");

	private SyncLinkRules() {
	}

	/** Every link has an id that is safe to refer to. */
	public static boolean legalId(SyncLink link, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return Ids.check(link, link.getId(), diagnostics);
	}

	/** A link has a source and a target, and they differ. */
	public static boolean distinctEndpoints(SyncLink link, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean valid = true;
		if (link.getSource() == null) {
			valid = Problems.report(diagnostics, TopologyProblem.MISSING_ENDPOINT, link, Literals.SYNC_LINK__SOURCE,
					Problems.label(link), "source");
		}
		if (link.getTarget() == null) {
			valid = Problems.report(diagnostics, TopologyProblem.MISSING_ENDPOINT, link, Literals.SYNC_LINK__TARGET,
					Problems.label(link), "target");
		}
		if (valid && link.getSource() == link.getTarget()) {
			valid = Problems.report(diagnostics, TopologyProblem.SOURCE_IS_TARGET, link, Literals.SYNC_LINK__TARGET,
					Problems.label(link), Problems.label(link.getSource()));
		}
		return valid;
	}

	/** The carrying cluster is one of the Kafka clusters of the link's own topology. */
	public static boolean clusterInTopology(SyncLink link, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		KafkaCluster cluster = link.getCluster();
		if (cluster == null) {
			return Problems.report(diagnostics, TopologyProblem.MISSING_CLUSTER, link, Literals.SYNC_LINK__CLUSTER,
					Problems.label(link));
		}
		if (cluster.eIsProxy() || link.eContainer() instanceof Topology topology
				&& !topology.getEndpoints().contains(cluster)) {
			String name = cluster.eIsProxy() ? ((InternalEObject) cluster).eProxyURI().toString()
					: Problems.label(cluster);
			return Problems.report(diagnostics, TopologyProblem.FOREIGN_CLUSTER, link, Literals.SYNC_LINK__CLUSTER,
					Problems.label(link), name);
		}
		return true;
	}

	/** The change-log topic and every replay target are names Kafka accepts. */
	public static boolean legalTopicNames(SyncLink link, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean valid = true;
		String topic = link.getChangeLogTopic();
		if (Problems.isBlank(topic)) {
			valid = Problems.report(diagnostics, TopologyProblem.MISSING_TOPIC, link,
					Literals.SYNC_LINK__CHANGE_LOG_TOPIC, Problems.label(link));
		} else if (!KafkaNames.isLegalName(topic)) {
			valid = Problems.report(diagnostics, TopologyProblem.ILLEGAL_TOPIC, link,
					Literals.SYNC_LINK__CHANGE_LOG_TOPIC, Problems.label(link), "Change-log topic", topic);
		}
		for (String replayTarget : link.getReplayTargetTopics()) {
			if (!KafkaNames.isLegalName(replayTarget)) {
				valid = Problems.report(diagnostics, TopologyProblem.ILLEGAL_TOPIC, link,
						Literals.SYNC_LINK__REPLAY_TARGET_TOPICS, Problems.label(link), "Replay target topic",
						replayTarget);
			}
		}
		return valid;
	}

	/** The applier's consumer group id (for a CDC link, its sink connector's group) is a name Kafka accepts. */
	public static boolean legalApplierGroup(SyncLink link, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		String group = CdcLinks.effectiveApplierGroup(link);
		if (Problems.isBlank(group)) {
			return Problems.report(diagnostics, TopologyProblem.MISSING_APPLIER_GROUP, link,
					Literals.SYNC_LINK__APPLIER_GROUP, Problems.label(link));
		}
		if (!KafkaNames.isLegalName(group)) {
			return Problems.report(diagnostics, TopologyProblem.ILLEGAL_APPLIER_GROUP, link,
					Literals.SYNC_LINK__APPLIER_GROUP, Problems.label(link), group);
		}
		return true;
	}

	/** Lag thresholds are positive and a warning comes before the critical state. */
	public static boolean orderedLagThresholds(SyncLink link, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		int warning = link.getLagWarningSeconds();
		int critical = link.getLagCriticalSeconds();
		if (warning <= 0 || critical <= 0) {
			return Problems.report(diagnostics, TopologyProblem.NON_POSITIVE_LAG_THRESHOLD, link,
					warning <= 0 ? Literals.SYNC_LINK__LAG_WARNING_SECONDS : Literals.SYNC_LINK__LAG_CRITICAL_SECONDS,
					Problems.label(link), warning, critical);
		}
		if (warning >= critical) {
			return Problems.report(diagnostics, TopologyProblem.UNORDERED_LAG_THRESHOLDS, link,
					Literals.SYNC_LINK__LAG_WARNING_SECONDS, Problems.label(link), warning, critical);
		}
		return true;
	}

	/** Sensitive fields are dotted payload paths, so that masking can find them. */
	public static boolean legalSensitiveFields(SyncLink link, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		boolean valid = true;
		for (String field : link.getSensitiveFields()) {
			if (field == null || !FIELD_PATH.matcher(field).matches()) {
				valid = Problems.report(diagnostics, TopologyProblem.ILLEGAL_SENSITIVE_FIELD, link,
						Literals.SYNC_LINK__SENSITIVE_FIELDS, Problems.label(link), field);
			}
		}
		return valid;
	}

	/**
	 * Field rules name dotted payload paths (no wildcard: a rule is about one field), no two overlapping; they
	 * take effect only with the FIELD_RULES policy, which without them merges only changes that do not overlap.
	 * A rule may name a sensitive field: the merge works on the values, the console still masks them.
	 */
	public static boolean legalFieldRules(SyncLink link, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = true;
		List<FieldRule> rules = link.getFieldRules();
		for (FieldRule rule : rules) {
			if (rule.getPath() == null || !RULE_PATH.matcher(rule.getPath()).matches()) {
				valid = Problems.report(diagnostics, TopologyProblem.ILLEGAL_FIELD_RULE_PATH, rule,
						Literals.FIELD_RULE__PATH, Problems.label(link), rule.getPath());
			}
		}
		for (int i = 0; i < rules.size(); i++) {
			for (int j = i + 1; j < rules.size(); j++) {
				String first = rules.get(i).getPath();
				String second = rules.get(j).getPath();
				if (first != null && second != null && (within(first, second) || within(second, first))) {
					valid = Problems.report(diagnostics, TopologyProblem.OVERLAPPING_FIELD_RULES, rules.get(j),
							Literals.FIELD_RULE__PATH, Problems.label(link), first, second);
				}
			}
		}
		if (link.getConflictPolicy() == ConflictPolicy.FIELD_RULES && rules.isEmpty()) {
			valid &= Problems.report(diagnostics, TopologyProblem.FIELD_RULES_POLICY_WITHOUT_RULES, link,
					Literals.SYNC_LINK__FIELD_RULES, Problems.label(link));
		} else if (link.getConflictPolicy() != ConflictPolicy.FIELD_RULES && !rules.isEmpty()) {
			valid &= Problems.report(diagnostics, TopologyProblem.UNUSED_FIELD_RULES, link,
					Literals.SYNC_LINK__CONFLICT_POLICY, Problems.label(link), link.getConflictPolicy());
		}
		return valid;
	}

	private static boolean within(String path, String outer) {
		return path.equals(outer) || path.startsWith(outer + ".");
	}

	/** Warns when a link on a multi-master cycle leaves every conflict to an operator. */
	public static boolean automaticPolicyInCycle(SyncLink link, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (link.getConflictPolicy() != ConflictPolicy.MANUAL) {
			return true;
		}
		return MultiMasterCycles.shortestCycleThrough(link).map(cycle -> Problems.report(diagnostics,
				TopologyProblem.MANUAL_POLICY_IN_CYCLE, link, Literals.SYNC_LINK__CONFLICT_POLICY,
				Problems.label(link), describe(cycle))).orElse(Boolean.TRUE);
	}

	private static String describe(List<Endpoint> cycle) {
		return cycle.stream().map(Problems::label).collect(Collectors.joining(" \u2192 "));
	}
}
