/**
 */
package org.syncscope.topology.util;

import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import org.syncscope.topology.*;
import org.syncscope.topology.validation.CdcLinkRules;
import org.syncscope.topology.validation.EndpointRules;
import org.syncscope.topology.validation.KafkaClusterRules;
import org.syncscope.topology.validation.KafkaConnectClusterRules;
import org.syncscope.topology.validation.SyncLinkRules;
import org.syncscope.topology.validation.TopologyRules;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.syncscope.topology.TopologyPackage
 * @generated
 */
public class TopologyValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final TopologyValidator INSTANCE = new TopologyValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.syncscope.topology";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TopologyValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return TopologyPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case TopologyPackage.TOPOLOGY:
				return validateTopology((Topology)value, diagnostics, context);
			case TopologyPackage.ENDPOINT:
				return validateEndpoint((Endpoint)value, diagnostics, context);
			case TopologyPackage.KAFKA_CLUSTER:
				return validateKafkaCluster((KafkaCluster)value, diagnostics, context);
			case TopologyPackage.DATABASE:
				return validateDatabase((Database)value, diagnostics, context);
			case TopologyPackage.SERVICE_REPLICA:
				return validateServiceReplica((ServiceReplica)value, diagnostics, context);
			case TopologyPackage.KAFKA_CONNECT_CLUSTER:
				return validateKafkaConnectCluster((KafkaConnectCluster)value, diagnostics, context);
			case TopologyPackage.PROPERTY:
				return validateProperty((Property)value, diagnostics, context);
			case TopologyPackage.FIELD_RULE:
				return validateFieldRule((FieldRule)value, diagnostics, context);
			case TopologyPackage.SYNC_LINK:
				return validateSyncLink((SyncLink)value, diagnostics, context);
			case TopologyPackage.SECURITY_PROTOCOL:
				return validateSecurityProtocol((SecurityProtocol)value, diagnostics, context);
			case TopologyPackage.CONFLICT_POLICY:
				return validateConflictPolicy((ConflictPolicy)value, diagnostics, context);
			case TopologyPackage.FIELD_RULE_TYPE:
				return validateFieldRuleType((FieldRuleType)value, diagnostics, context);
			case TopologyPackage.DATABASE_VENDOR:
				return validateDatabaseVendor((DatabaseVendor)value, diagnostics, context);
			case TopologyPackage.EVENT_FORMAT:
				return validateEventFormat((EventFormat)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateTopology(Topology topology, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(topology, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(topology, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(topology, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(topology, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(topology, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(topology, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(topology, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(topology, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(topology, diagnostics, context);
		if (result || diagnostics != null) result &= validateTopology_uniqueIds(topology, diagnostics, context);
		if (result || diagnostics != null) result &= validateTopology_uniqueNames(topology, diagnostics, context);
		if (result || diagnostics != null) result &= validateTopology_uniqueReplicaIds(topology, diagnostics, context);
		if (result || diagnostics != null) result &= validateTopology_uniqueApplierGroups(topology, diagnostics, context);
		return result;
	}

	/**
	 * Validates the uniqueIds constraint of '<em>Topology</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link TopologyRules#uniqueIds}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTopology_uniqueIds(Topology topology, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return TopologyRules.uniqueIds(topology, diagnostics, context);
	}

	/**
	 * Validates the uniqueNames constraint of '<em>Topology</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link TopologyRules#uniqueNames}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTopology_uniqueNames(Topology topology, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return TopologyRules.uniqueNames(topology, diagnostics, context);
	}

	/**
	 * Validates the uniqueReplicaIds constraint of '<em>Topology</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link TopologyRules#uniqueReplicaIds}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTopology_uniqueReplicaIds(Topology topology, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return TopologyRules.uniqueReplicaIds(topology, diagnostics, context);
	}

	/**
	 * Validates the uniqueApplierGroups constraint of '<em>Topology</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link TopologyRules#uniqueApplierGroups}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateTopology_uniqueApplierGroups(Topology topology, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return TopologyRules.uniqueApplierGroups(topology, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEndpoint(Endpoint endpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(endpoint, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(endpoint, diagnostics, context);
		if (result || diagnostics != null) result &= validateEndpoint_legalId(endpoint, diagnostics, context);
		return result;
	}

	/**
	 * Validates the legalId constraint of '<em>Endpoint</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link EndpointRules#legalId}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateEndpoint_legalId(Endpoint endpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return EndpointRules.legalId(endpoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKafkaCluster(KafkaCluster kafkaCluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(kafkaCluster, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(kafkaCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(kafkaCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(kafkaCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(kafkaCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(kafkaCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(kafkaCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(kafkaCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(kafkaCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validateEndpoint_legalId(kafkaCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validateKafkaCluster_wellFormedBootstrapServers(kafkaCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validateKafkaCluster_saslSettings(kafkaCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validateKafkaCluster_noSecretsInProperties(kafkaCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validateKafkaCluster_wellFormedClientProperties(kafkaCluster, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormedBootstrapServers constraint of '<em>Kafka Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link KafkaClusterRules#wellFormedBootstrapServers}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateKafkaCluster_wellFormedBootstrapServers(KafkaCluster kafkaCluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return KafkaClusterRules.wellFormedBootstrapServers(kafkaCluster, diagnostics, context);
	}

	/**
	 * Validates the saslSettings constraint of '<em>Kafka Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link KafkaClusterRules#saslSettings}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateKafkaCluster_saslSettings(KafkaCluster kafkaCluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return KafkaClusterRules.saslSettings(kafkaCluster, diagnostics, context);
	}

	/**
	 * Validates the noSecretsInProperties constraint of '<em>Kafka Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link KafkaClusterRules#noSecretsInProperties}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateKafkaCluster_noSecretsInProperties(KafkaCluster kafkaCluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return KafkaClusterRules.noSecretsInProperties(kafkaCluster, diagnostics, context);
	}

	/**
	 * Validates the wellFormedClientProperties constraint of '<em>Kafka Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link KafkaClusterRules#wellFormedClientProperties}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateKafkaCluster_wellFormedClientProperties(KafkaCluster kafkaCluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return KafkaClusterRules.wellFormedClientProperties(kafkaCluster, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDatabase(Database database, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(database, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(database, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(database, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(database, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(database, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(database, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(database, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(database, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(database, diagnostics, context);
		if (result || diagnostics != null) result &= validateEndpoint_legalId(database, diagnostics, context);
		if (result || diagnostics != null) result &= validateDatabase_wellFormedJdbcUrl(database, diagnostics, context);
		if (result || diagnostics != null) result &= validateDatabase_noPasswordInJdbcUrl(database, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormedJdbcUrl constraint of '<em>Database</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link EndpointRules#wellFormedJdbcUrl}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDatabase_wellFormedJdbcUrl(Database database, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return EndpointRules.wellFormedJdbcUrl(database, diagnostics, context);
	}

	/**
	 * Validates the noPasswordInJdbcUrl constraint of '<em>Database</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateDatabase_noPasswordInJdbcUrl(Database database, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return EndpointRules.noPasswordInJdbcUrl(database, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServiceReplica(ServiceReplica serviceReplica, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(serviceReplica, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(serviceReplica, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(serviceReplica, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(serviceReplica, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(serviceReplica, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(serviceReplica, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(serviceReplica, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(serviceReplica, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(serviceReplica, diagnostics, context);
		if (result || diagnostics != null) result &= validateEndpoint_legalId(serviceReplica, diagnostics, context);
		if (result || diagnostics != null) result &= validateServiceReplica_legalReplicaId(serviceReplica, diagnostics, context);
		return result;
	}

	/**
	 * Validates the legalReplicaId constraint of '<em>Service Replica</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link EndpointRules#legalReplicaId}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateServiceReplica_legalReplicaId(ServiceReplica serviceReplica, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return EndpointRules.legalReplicaId(serviceReplica, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKafkaConnectCluster(KafkaConnectCluster kafkaConnectCluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(kafkaConnectCluster, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(kafkaConnectCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(kafkaConnectCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(kafkaConnectCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(kafkaConnectCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(kafkaConnectCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(kafkaConnectCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(kafkaConnectCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(kafkaConnectCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validateEndpoint_legalId(kafkaConnectCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validateKafkaConnectCluster_wellFormedRestUrl(kafkaConnectCluster, diagnostics, context);
		if (result || diagnostics != null) result &= validateKafkaConnectCluster_noCredentialsInRestUrl(kafkaConnectCluster, diagnostics, context);
		return result;
	}

	/**
	 * Validates the wellFormedRestUrl constraint of '<em>Kafka Connect Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateKafkaConnectCluster_wellFormedRestUrl(KafkaConnectCluster kafkaConnectCluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return KafkaConnectClusterRules.wellFormedRestUrl(kafkaConnectCluster, diagnostics, context);
	}

	/**
	 * Validates the noCredentialsInRestUrl constraint of '<em>Kafka Connect Cluster</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateKafkaConnectCluster_noCredentialsInRestUrl(KafkaConnectCluster kafkaConnectCluster, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return KafkaConnectClusterRules.noCredentialsInRestUrl(kafkaConnectCluster, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProperty(Property property, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(property, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFieldRule(FieldRule fieldRule, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(fieldRule, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSyncLink(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(syncLink, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_legalId(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_distinctEndpoints(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_clusterInTopology(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_legalTopicNames(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_legalApplierGroup(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_orderedLagThresholds(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_legalSensitiveFields(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_legalFieldRules(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_automaticPolicyInCycle(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_cdcTablesAndKeys(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_legalCdcColumns(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_cdcConnectorsNamed(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_connectClusterInTopology(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_sinkApplierGroup(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_cdcBetweenDatabases(syncLink, diagnostics, context);
		if (result || diagnostics != null) result &= validateSyncLink_unusedCdcSettings(syncLink, diagnostics, context);
		return result;
	}

	/**
	 * Validates the legalId constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link SyncLinkRules#legalId}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_legalId(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return SyncLinkRules.legalId(syncLink, diagnostics, context);
	}

	/**
	 * Validates the distinctEndpoints constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link SyncLinkRules#distinctEndpoints}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_distinctEndpoints(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return SyncLinkRules.distinctEndpoints(syncLink, diagnostics, context);
	}

	/**
	 * Validates the clusterInTopology constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link SyncLinkRules#clusterInTopology}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_clusterInTopology(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return SyncLinkRules.clusterInTopology(syncLink, diagnostics, context);
	}

	/**
	 * Validates the legalTopicNames constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link SyncLinkRules#legalTopicNames}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_legalTopicNames(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return SyncLinkRules.legalTopicNames(syncLink, diagnostics, context);
	}

	/**
	 * Validates the legalApplierGroup constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link SyncLinkRules#legalApplierGroup}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_legalApplierGroup(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return SyncLinkRules.legalApplierGroup(syncLink, diagnostics, context);
	}

	/**
	 * Validates the orderedLagThresholds constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link SyncLinkRules#orderedLagThresholds}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_orderedLagThresholds(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return SyncLinkRules.orderedLagThresholds(syncLink, diagnostics, context);
	}

	/**
	 * Validates the legalSensitiveFields constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link SyncLinkRules#legalSensitiveFields}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_legalSensitiveFields(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return SyncLinkRules.legalSensitiveFields(syncLink, diagnostics, context);
	}

	/**
	 * Validates the legalFieldRules constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link SyncLinkRules#legalFieldRules}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_legalFieldRules(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return SyncLinkRules.legalFieldRules(syncLink, diagnostics, context);
	}

	/**
	 * Validates the automaticPolicyInCycle constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * The rule is hand-written in {@link SyncLinkRules#automaticPolicyInCycle}.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_automaticPolicyInCycle(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return SyncLinkRules.automaticPolicyInCycle(syncLink, diagnostics, context);
	}

	/**
	 * Validates the cdcTablesAndKeys constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_cdcTablesAndKeys(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return CdcLinkRules.cdcTablesAndKeys(syncLink, diagnostics, context);
	}

	/**
	 * Validates the legalCdcColumns constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_legalCdcColumns(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return CdcLinkRules.legalCdcColumns(syncLink, diagnostics, context);
	}

	/**
	 * Validates the cdcConnectorsNamed constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_cdcConnectorsNamed(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return CdcLinkRules.cdcConnectorsNamed(syncLink, diagnostics, context);
	}

	/**
	 * Validates the connectClusterInTopology constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_connectClusterInTopology(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return CdcLinkRules.connectClusterInTopology(syncLink, diagnostics, context);
	}

	/**
	 * Validates the sinkApplierGroup constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_sinkApplierGroup(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return CdcLinkRules.sinkApplierGroup(syncLink, diagnostics, context);
	}

	/**
	 * Validates the cdcBetweenDatabases constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_cdcBetweenDatabases(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return CdcLinkRules.cdcBetweenDatabases(syncLink, diagnostics, context);
	}

	/**
	 * Validates the unusedCdcSettings constraint of '<em>Sync Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public boolean validateSyncLink_unusedCdcSettings(SyncLink syncLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return CdcLinkRules.unusedCdcSettings(syncLink, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSecurityProtocol(SecurityProtocol securityProtocol, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConflictPolicy(ConflictPolicy conflictPolicy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFieldRuleType(FieldRuleType fieldRuleType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDatabaseVendor(DatabaseVendor databaseVendor, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateEventFormat(EventFormat eventFormat, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //TopologyValidator
