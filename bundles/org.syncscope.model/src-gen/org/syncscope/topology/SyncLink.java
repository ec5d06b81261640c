/**
 */
package org.syncscope.topology;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sync Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A directed replication channel: changes of the source are published to the change-log topic on the cluster and applied to the target by the applier consumer group.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.syncscope.topology.SyncLink#getId <em>Id</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getName <em>Name</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getDescription <em>Description</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getSource <em>Source</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getTarget <em>Target</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getCluster <em>Cluster</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getChangeLogTopic <em>Change Log Topic</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getApplierGroup <em>Applier Group</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getLagWarningSeconds <em>Lag Warning Seconds</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getLagCriticalSeconds <em>Lag Critical Seconds</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getConflictPolicy <em>Conflict Policy</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getFieldRules <em>Field Rules</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getSensitiveFields <em>Sensitive Fields</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getReplayTargetTopics <em>Replay Target Topics</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getEventFormat <em>Event Format</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getConnectCluster <em>Connect Cluster</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getSourceConnector <em>Source Connector</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getSinkConnector <em>Sink Connector</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getTables <em>Tables</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getPayloadRetentionDays <em>Payload Retention Days</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getKeyColumns <em>Key Columns</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getVersionColumn <em>Version Column</em>}</li>
 *   <li>{@link org.syncscope.topology.SyncLink#getOriginColumn <em>Origin Column</em>}</li>
 * </ul>
 *
 * @see org.syncscope.topology.TopologyPackage#getSyncLink()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='legalId distinctEndpoints clusterInTopology legalTopicNames legalApplierGroup orderedLagThresholds legalSensitiveFields legalFieldRules automaticPolicyInCycle cdcTablesAndKeys legalCdcColumns cdcConnectorsNamed connectClusterInTopology sinkApplierGroup cdcBetweenDatabases unusedCdcSettings'"
 * @generated
 */
public interface SyncLink extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_Id()
	 * @model id="true"
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Endpoint)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_Source()
	 * @model
	 * @generated
	 */
	Endpoint getSource();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Endpoint value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Endpoint)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_Target()
	 * @model
	 * @generated
	 */
	Endpoint getTarget();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Endpoint value);

	/**
	 * Returns the value of the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Kafka cluster that carries the change-log topic.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cluster</em>' reference.
	 * @see #setCluster(KafkaCluster)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_Cluster()
	 * @model
	 * @generated
	 */
	KafkaCluster getCluster();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getCluster <em>Cluster</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster</em>' reference.
	 * @see #getCluster()
	 * @generated
	 */
	void setCluster(KafkaCluster value);

	/**
	 * Returns the value of the '<em><b>Change Log Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Change Log Topic</em>' attribute.
	 * @see #setChangeLogTopic(String)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_ChangeLogTopic()
	 * @model
	 * @generated
	 */
	String getChangeLogTopic();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getChangeLogTopic <em>Change Log Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change Log Topic</em>' attribute.
	 * @see #getChangeLogTopic()
	 * @generated
	 */
	void setChangeLogTopic(String value);

	/**
	 * Returns the value of the '<em><b>Applier Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Kafka consumer group id of the applier that writes changes into the target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Applier Group</em>' attribute.
	 * @see #setApplierGroup(String)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_ApplierGroup()
	 * @model
	 * @generated
	 */
	String getApplierGroup();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getApplierGroup <em>Applier Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Applier Group</em>' attribute.
	 * @see #getApplierGroup()
	 * @generated
	 */
	void setApplierGroup(String value);

	/**
	 * Returns the value of the '<em><b>Lag Warning Seconds</b></em>' attribute.
	 * The default value is <code>"30"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lag Warning Seconds</em>' attribute.
	 * @see #setLagWarningSeconds(int)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_LagWarningSeconds()
	 * @model default="30"
	 * @generated
	 */
	int getLagWarningSeconds();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getLagWarningSeconds <em>Lag Warning Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lag Warning Seconds</em>' attribute.
	 * @see #getLagWarningSeconds()
	 * @generated
	 */
	void setLagWarningSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Lag Critical Seconds</b></em>' attribute.
	 * The default value is <code>"300"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lag Critical Seconds</em>' attribute.
	 * @see #setLagCriticalSeconds(int)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_LagCriticalSeconds()
	 * @model default="300"
	 * @generated
	 */
	int getLagCriticalSeconds();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getLagCriticalSeconds <em>Lag Critical Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lag Critical Seconds</em>' attribute.
	 * @see #getLagCriticalSeconds()
	 * @generated
	 */
	void setLagCriticalSeconds(int value);

	/**
	 * Returns the value of the '<em><b>Conflict Policy</b></em>' attribute.
	 * The literals are from the enumeration {@link org.syncscope.topology.ConflictPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conflict Policy</em>' attribute.
	 * @see org.syncscope.topology.ConflictPolicy
	 * @see #setConflictPolicy(ConflictPolicy)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_ConflictPolicy()
	 * @model
	 * @generated
	 */
	ConflictPolicy getConflictPolicy();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getConflictPolicy <em>Conflict Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Conflict Policy</em>' attribute.
	 * @see org.syncscope.topology.ConflictPolicy
	 * @see #getConflictPolicy()
	 * @generated
	 */
	void setConflictPolicy(ConflictPolicy value);

	/**
	 * Returns the value of the '<em><b>Field Rules</b></em>' containment reference list.
	 * The list contents are of type {@link org.syncscope.topology.FieldRule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What payload fields mean (counters, sets, registers), so that the FIELD_RULES policy merges their concurrent changes without a person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Field Rules</em>' containment reference list.
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_FieldRules()
	 * @model containment="true"
	 * @generated
	 */
	EList<FieldRule> getFieldRules();

	/**
	 * Returns the value of the '<em><b>Sensitive Fields</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Dotted paths of payload fields (for example customer.email) masked wherever events are shown or exported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sensitive Fields</em>' attribute list.
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_SensitiveFields()
	 * @model
	 * @generated
	 */
	EList<String> getSensitiveFields();

	/**
	 * Returns the value of the '<em><b>Replay Target Topics</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Topics besides the change log that a replay of this link may publish to.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replay Target Topics</em>' attribute list.
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_ReplayTargetTopics()
	 * @model
	 * @generated
	 */
	EList<String> getReplayTargetTopics();

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

	/**
	 * Returns the value of the '<em><b>Event Format</b></em>' attribute.
	 * The default value is <code>"syncscope"</code>.
	 * The literals are from the enumeration {@link org.syncscope.topology.EventFormat}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the change events on the change-log topic are encoded: SyncScope's own envelope, or Debezium's JSON change events (a CDC link run by Kafka Connect).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Event Format</em>' attribute.
	 * @see org.syncscope.topology.EventFormat
	 * @see #setEventFormat(EventFormat)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_EventFormat()
	 * @model default="syncscope"
	 * @generated
	 */
	EventFormat getEventFormat();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getEventFormat <em>Event Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Event Format</em>' attribute.
	 * @see org.syncscope.topology.EventFormat
	 * @see #getEventFormat()
	 * @generated
	 */
	void setEventFormat(EventFormat value);

	/**
	 * Returns the value of the '<em><b>Connect Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Kafka Connect cluster running the link's source and sink connectors (debezium-json links only).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Connect Cluster</em>' reference.
	 * @see #setConnectCluster(KafkaConnectCluster)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_ConnectCluster()
	 * @model
	 * @generated
	 */
	KafkaConnectCluster getConnectCluster();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getConnectCluster <em>Connect Cluster</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Connect Cluster</em>' reference.
	 * @see #getConnectCluster()
	 * @generated
	 */
	void setConnectCluster(KafkaConnectCluster value);

	/**
	 * Returns the value of the '<em><b>Source Connector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the Debezium source connector that writes the link's change log from the source database.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Connector</em>' attribute.
	 * @see #setSourceConnector(String)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_SourceConnector()
	 * @model
	 * @generated
	 */
	String getSourceConnector();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getSourceConnector <em>Source Connector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Connector</em>' attribute.
	 * @see #getSourceConnector()
	 * @generated
	 */
	void setSourceConnector(String value);

	/**
	 * Returns the value of the '<em><b>Sink Connector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name of the sink connector that applies the change log to the target database; its consumer group is connect-<sinkConnector>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sink Connector</em>' attribute.
	 * @see #setSinkConnector(String)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_SinkConnector()
	 * @model
	 * @generated
	 */
	String getSinkConnector();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getSinkConnector <em>Sink Connector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sink Connector</em>' attribute.
	 * @see #getSinkConnector()
	 * @generated
	 */
	void setSinkConnector(String value);

	/**
	 * Returns the value of the '<em><b>Tables</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Schema-qualified tables the link carries, for example public.customers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tables</em>' attribute list.
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_Tables()
	 * @model
	 * @generated
	 */
	EList<String> getTables();

	/**
	 * Returns the value of the '<em><b>Payload Retention Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days after which the captured events of this link's closed conflicts (their versions, resolution and sent outbox record) are purged from SyncScope's store; the audit rows stay. 0 keeps them until a key is forgotten.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Payload Retention Days</em>' attribute.
	 * @see #setPayloadRetentionDays(int)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_PayloadRetentionDays()
	 * @model
	 * @generated
	 */
	int getPayloadRetentionDays();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getPayloadRetentionDays <em>Payload Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Payload Retention Days</em>' attribute.
	 * @see #getPayloadRetentionDays()
	 * @generated
	 */
	void setPayloadRetentionDays(int value);

	/**
	 * Returns the value of the '<em><b>Key Columns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Columns of the row key shared by the carried tables, in key order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key Columns</em>' attribute list.
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_KeyColumns()
	 * @model
	 * @generated
	 */
	EList<String> getKeyColumns();

	/**
	 * Returns the value of the '<em><b>Version Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional integer column incremented on every write; without it conflicts are detected by comparing before-images.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Version Column</em>' attribute.
	 * @see #setVersionColumn(String)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_VersionColumn()
	 * @model
	 * @generated
	 */
	String getVersionColumn();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getVersionColumn <em>Version Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version Column</em>' attribute.
	 * @see #getVersionColumn()
	 * @generated
	 */
	void setVersionColumn(String value);

	/**
	 * Returns the value of the '<em><b>Origin Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional column naming the region that wrote the row; used to stop replication loops and as the event's origin.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Origin Column</em>' attribute.
	 * @see #setOriginColumn(String)
	 * @see org.syncscope.topology.TopologyPackage#getSyncLink_OriginColumn()
	 * @model
	 * @generated
	 */
	String getOriginColumn();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.SyncLink#getOriginColumn <em>Origin Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin Column</em>' attribute.
	 * @see #getOriginColumn()
	 * @generated
	 */
	void setOriginColumn(String value);

} // SyncLink
