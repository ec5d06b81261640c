/**
 */
package org.syncscope.topology.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.notify.NotificationChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;
import org.syncscope.topology.ConflictPolicy;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.EventFormat;
import org.syncscope.topology.FieldRule;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.TopologyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sync Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getCluster <em>Cluster</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getChangeLogTopic <em>Change Log Topic</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getApplierGroup <em>Applier Group</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getLagWarningSeconds <em>Lag Warning Seconds</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getLagCriticalSeconds <em>Lag Critical Seconds</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getConflictPolicy <em>Conflict Policy</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getFieldRules <em>Field Rules</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getSensitiveFields <em>Sensitive Fields</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getReplayTargetTopics <em>Replay Target Topics</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#isEnabled <em>Enabled</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getEventFormat <em>Event Format</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getConnectCluster <em>Connect Cluster</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getSourceConnector <em>Source Connector</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getSinkConnector <em>Sink Connector</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getTables <em>Tables</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getPayloadRetentionDays <em>Payload Retention Days</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getKeyColumns <em>Key Columns</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getVersionColumn <em>Version Column</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.SyncLinkImpl#getOriginColumn <em>Origin Column</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SyncLinkImpl extends MinimalEObjectImpl.Container implements SyncLink {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected Endpoint source;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected Endpoint target;

	/**
	 * The cached value of the '{@link #getCluster() <em>Cluster</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCluster()
	 * @generated
	 * @ordered
	 */
	protected KafkaCluster cluster;

	/**
	 * The default value of the '{@link #getChangeLogTopic() <em>Change Log Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeLogTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String CHANGE_LOG_TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChangeLogTopic() <em>Change Log Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChangeLogTopic()
	 * @generated
	 * @ordered
	 */
	protected String changeLogTopic = CHANGE_LOG_TOPIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getApplierGroup() <em>Applier Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplierGroup()
	 * @generated
	 * @ordered
	 */
	protected static final String APPLIER_GROUP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getApplierGroup() <em>Applier Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplierGroup()
	 * @generated
	 * @ordered
	 */
	protected String applierGroup = APPLIER_GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getLagWarningSeconds() <em>Lag Warning Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLagWarningSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int LAG_WARNING_SECONDS_EDEFAULT = 30;

	/**
	 * The cached value of the '{@link #getLagWarningSeconds() <em>Lag Warning Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLagWarningSeconds()
	 * @generated
	 * @ordered
	 */
	protected int lagWarningSeconds = LAG_WARNING_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getLagCriticalSeconds() <em>Lag Critical Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLagCriticalSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int LAG_CRITICAL_SECONDS_EDEFAULT = 300;

	/**
	 * The cached value of the '{@link #getLagCriticalSeconds() <em>Lag Critical Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLagCriticalSeconds()
	 * @generated
	 * @ordered
	 */
	protected int lagCriticalSeconds = LAG_CRITICAL_SECONDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getConflictPolicy() <em>Conflict Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConflictPolicy()
	 * @generated
	 * @ordered
	 */
	protected static final ConflictPolicy CONFLICT_POLICY_EDEFAULT = ConflictPolicy.MANUAL;

	/**
	 * The cached value of the '{@link #getConflictPolicy() <em>Conflict Policy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConflictPolicy()
	 * @generated
	 * @ordered
	 */
	protected ConflictPolicy conflictPolicy = CONFLICT_POLICY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFieldRules() <em>Field Rules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFieldRules()
	 * @generated
	 * @ordered
	 */
	protected EList<FieldRule> fieldRules;

	/**
	 * The cached value of the '{@link #getSensitiveFields() <em>Sensitive Fields</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSensitiveFields()
	 * @generated
	 * @ordered
	 */
	protected EList<String> sensitiveFields;

	/**
	 * The cached value of the '{@link #getReplayTargetTopics() <em>Replay Target Topics</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReplayTargetTopics()
	 * @generated
	 * @ordered
	 */
	protected EList<String> replayTargetTopics;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * The default value of the '{@link #getEventFormat() <em>Event Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventFormat()
	 * @generated
	 * @ordered
	 */
	protected static final EventFormat EVENT_FORMAT_EDEFAULT = EventFormat.SYNCSCOPE;

	/**
	 * The cached value of the '{@link #getEventFormat() <em>Event Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEventFormat()
	 * @generated
	 * @ordered
	 */
	protected EventFormat eventFormat = EVENT_FORMAT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConnectCluster() <em>Connect Cluster</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConnectCluster()
	 * @generated
	 * @ordered
	 */
	protected KafkaConnectCluster connectCluster;

	/**
	 * The default value of the '{@link #getSourceConnector() <em>Source Connector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceConnector()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_CONNECTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSourceConnector() <em>Source Connector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceConnector()
	 * @generated
	 * @ordered
	 */
	protected String sourceConnector = SOURCE_CONNECTOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getSinkConnector() <em>Sink Connector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSinkConnector()
	 * @generated
	 * @ordered
	 */
	protected static final String SINK_CONNECTOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSinkConnector() <em>Sink Connector</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSinkConnector()
	 * @generated
	 * @ordered
	 */
	protected String sinkConnector = SINK_CONNECTOR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTables() <em>Tables</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTables()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tables;

	/**
	 * The default value of the '{@link #getPayloadRetentionDays() <em>Payload Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayloadRetentionDays()
	 * @generated
	 * @ordered
	 */
	protected static final int PAYLOAD_RETENTION_DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getPayloadRetentionDays() <em>Payload Retention Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPayloadRetentionDays()
	 * @generated
	 * @ordered
	 */
	protected int payloadRetentionDays = PAYLOAD_RETENTION_DAYS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKeyColumns() <em>Key Columns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKeyColumns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> keyColumns;

	/**
	 * The default value of the '{@link #getVersionColumn() <em>Version Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersionColumn() <em>Version Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersionColumn()
	 * @generated
	 * @ordered
	 */
	protected String versionColumn = VERSION_COLUMN_EDEFAULT;

	/**
	 * The default value of the '{@link #getOriginColumn() <em>Origin Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginColumn()
	 * @generated
	 * @ordered
	 */
	protected static final String ORIGIN_COLUMN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginColumn() <em>Origin Column</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginColumn()
	 * @generated
	 * @ordered
	 */
	protected String originColumn = ORIGIN_COLUMN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SyncLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.SYNC_LINK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Endpoint getSource() {
		if (source != null && source.eIsProxy()) {
			InternalEObject oldSource = (InternalEObject)source;
			source = (Endpoint)eResolveProxy(oldSource);
			if (source != oldSource) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.SYNC_LINK__SOURCE, oldSource, source));
			}
		}
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Endpoint basicGetSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(Endpoint newSource) {
		Endpoint oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Endpoint getTarget() {
		if (target != null && target.eIsProxy()) {
			InternalEObject oldTarget = (InternalEObject)target;
			target = (Endpoint)eResolveProxy(oldTarget);
			if (target != oldTarget) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.SYNC_LINK__TARGET, oldTarget, target));
			}
		}
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Endpoint basicGetTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(Endpoint newTarget) {
		Endpoint oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KafkaCluster getCluster() {
		if (cluster != null && cluster.eIsProxy()) {
			InternalEObject oldCluster = (InternalEObject)cluster;
			cluster = (KafkaCluster)eResolveProxy(oldCluster);
			if (cluster != oldCluster) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.SYNC_LINK__CLUSTER, oldCluster, cluster));
			}
		}
		return cluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KafkaCluster basicGetCluster() {
		return cluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCluster(KafkaCluster newCluster) {
		KafkaCluster oldCluster = cluster;
		cluster = newCluster;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__CLUSTER, oldCluster, cluster));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChangeLogTopic() {
		return changeLogTopic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChangeLogTopic(String newChangeLogTopic) {
		String oldChangeLogTopic = changeLogTopic;
		changeLogTopic = newChangeLogTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__CHANGE_LOG_TOPIC, oldChangeLogTopic, changeLogTopic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getApplierGroup() {
		return applierGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setApplierGroup(String newApplierGroup) {
		String oldApplierGroup = applierGroup;
		applierGroup = newApplierGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__APPLIER_GROUP, oldApplierGroup, applierGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLagWarningSeconds() {
		return lagWarningSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLagWarningSeconds(int newLagWarningSeconds) {
		int oldLagWarningSeconds = lagWarningSeconds;
		lagWarningSeconds = newLagWarningSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__LAG_WARNING_SECONDS, oldLagWarningSeconds, lagWarningSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLagCriticalSeconds() {
		return lagCriticalSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLagCriticalSeconds(int newLagCriticalSeconds) {
		int oldLagCriticalSeconds = lagCriticalSeconds;
		lagCriticalSeconds = newLagCriticalSeconds;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__LAG_CRITICAL_SECONDS, oldLagCriticalSeconds, lagCriticalSeconds));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConflictPolicy getConflictPolicy() {
		return conflictPolicy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConflictPolicy(ConflictPolicy newConflictPolicy) {
		ConflictPolicy oldConflictPolicy = conflictPolicy;
		conflictPolicy = newConflictPolicy == null ? CONFLICT_POLICY_EDEFAULT : newConflictPolicy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__CONFLICT_POLICY, oldConflictPolicy, conflictPolicy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FieldRule> getFieldRules() {
		if (fieldRules == null) {
			fieldRules = new EObjectContainmentEList<FieldRule>(FieldRule.class, this, TopologyPackage.SYNC_LINK__FIELD_RULES);
		}
		return fieldRules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getSensitiveFields() {
		if (sensitiveFields == null) {
			sensitiveFields = new EDataTypeUniqueEList<String>(String.class, this, TopologyPackage.SYNC_LINK__SENSITIVE_FIELDS);
		}
		return sensitiveFields;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getReplayTargetTopics() {
		if (replayTargetTopics == null) {
			replayTargetTopics = new EDataTypeUniqueEList<String>(String.class, this, TopologyPackage.SYNC_LINK__REPLAY_TARGET_TOPICS);
		}
		return replayTargetTopics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EventFormat getEventFormat() {
		return eventFormat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEventFormat(EventFormat newEventFormat) {
		EventFormat oldEventFormat = eventFormat;
		eventFormat = newEventFormat == null ? EVENT_FORMAT_EDEFAULT : newEventFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__EVENT_FORMAT, oldEventFormat, eventFormat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KafkaConnectCluster getConnectCluster() {
		if (connectCluster != null && connectCluster.eIsProxy()) {
			InternalEObject oldConnectCluster = (InternalEObject)connectCluster;
			connectCluster = (KafkaConnectCluster)eResolveProxy(oldConnectCluster);
			if (connectCluster != oldConnectCluster) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.SYNC_LINK__CONNECT_CLUSTER, oldConnectCluster, connectCluster));
			}
		}
		return connectCluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public KafkaConnectCluster basicGetConnectCluster() {
		return connectCluster;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConnectCluster(KafkaConnectCluster newConnectCluster) {
		KafkaConnectCluster oldConnectCluster = connectCluster;
		connectCluster = newConnectCluster;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__CONNECT_CLUSTER, oldConnectCluster, connectCluster));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSourceConnector() {
		return sourceConnector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceConnector(String newSourceConnector) {
		String oldSourceConnector = sourceConnector;
		sourceConnector = newSourceConnector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__SOURCE_CONNECTOR, oldSourceConnector, sourceConnector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSinkConnector() {
		return sinkConnector;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSinkConnector(String newSinkConnector) {
		String oldSinkConnector = sinkConnector;
		sinkConnector = newSinkConnector;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__SINK_CONNECTOR, oldSinkConnector, sinkConnector));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTables() {
		if (tables == null) {
			tables = new EDataTypeUniqueEList<String>(String.class, this, TopologyPackage.SYNC_LINK__TABLES);
		}
		return tables;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPayloadRetentionDays() {
		return payloadRetentionDays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPayloadRetentionDays(int newPayloadRetentionDays) {
		int oldPayloadRetentionDays = payloadRetentionDays;
		payloadRetentionDays = newPayloadRetentionDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__PAYLOAD_RETENTION_DAYS, oldPayloadRetentionDays, payloadRetentionDays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getKeyColumns() {
		if (keyColumns == null) {
			keyColumns = new EDataTypeUniqueEList<String>(String.class, this, TopologyPackage.SYNC_LINK__KEY_COLUMNS);
		}
		return keyColumns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersionColumn() {
		return versionColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersionColumn(String newVersionColumn) {
		String oldVersionColumn = versionColumn;
		versionColumn = newVersionColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__VERSION_COLUMN, oldVersionColumn, versionColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOriginColumn() {
		return originColumn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginColumn(String newOriginColumn) {
		String oldOriginColumn = originColumn;
		originColumn = newOriginColumn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.SYNC_LINK__ORIGIN_COLUMN, oldOriginColumn, originColumn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.SYNC_LINK__FIELD_RULES:
				return ((InternalEList<?>)getFieldRules()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.SYNC_LINK__ID:
				return getId();
			case TopologyPackage.SYNC_LINK__NAME:
				return getName();
			case TopologyPackage.SYNC_LINK__DESCRIPTION:
				return getDescription();
			case TopologyPackage.SYNC_LINK__SOURCE:
				if (resolve) return getSource();
				return basicGetSource();
			case TopologyPackage.SYNC_LINK__TARGET:
				if (resolve) return getTarget();
				return basicGetTarget();
			case TopologyPackage.SYNC_LINK__CLUSTER:
				if (resolve) return getCluster();
				return basicGetCluster();
			case TopologyPackage.SYNC_LINK__CHANGE_LOG_TOPIC:
				return getChangeLogTopic();
			case TopologyPackage.SYNC_LINK__APPLIER_GROUP:
				return getApplierGroup();
			case TopologyPackage.SYNC_LINK__LAG_WARNING_SECONDS:
				return getLagWarningSeconds();
			case TopologyPackage.SYNC_LINK__LAG_CRITICAL_SECONDS:
				return getLagCriticalSeconds();
			case TopologyPackage.SYNC_LINK__CONFLICT_POLICY:
				return getConflictPolicy();
			case TopologyPackage.SYNC_LINK__FIELD_RULES:
				return getFieldRules();
			case TopologyPackage.SYNC_LINK__SENSITIVE_FIELDS:
				return getSensitiveFields();
			case TopologyPackage.SYNC_LINK__REPLAY_TARGET_TOPICS:
				return getReplayTargetTopics();
			case TopologyPackage.SYNC_LINK__ENABLED:
				return isEnabled();
			case TopologyPackage.SYNC_LINK__EVENT_FORMAT:
				return getEventFormat();
			case TopologyPackage.SYNC_LINK__CONNECT_CLUSTER:
				if (resolve) return getConnectCluster();
				return basicGetConnectCluster();
			case TopologyPackage.SYNC_LINK__SOURCE_CONNECTOR:
				return getSourceConnector();
			case TopologyPackage.SYNC_LINK__SINK_CONNECTOR:
				return getSinkConnector();
			case TopologyPackage.SYNC_LINK__TABLES:
				return getTables();
			case TopologyPackage.SYNC_LINK__PAYLOAD_RETENTION_DAYS:
				return getPayloadRetentionDays();
			case TopologyPackage.SYNC_LINK__KEY_COLUMNS:
				return getKeyColumns();
			case TopologyPackage.SYNC_LINK__VERSION_COLUMN:
				return getVersionColumn();
			case TopologyPackage.SYNC_LINK__ORIGIN_COLUMN:
				return getOriginColumn();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.SYNC_LINK__ID:
				setId((String)newValue);
				return;
			case TopologyPackage.SYNC_LINK__NAME:
				setName((String)newValue);
				return;
			case TopologyPackage.SYNC_LINK__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case TopologyPackage.SYNC_LINK__SOURCE:
				setSource((Endpoint)newValue);
				return;
			case TopologyPackage.SYNC_LINK__TARGET:
				setTarget((Endpoint)newValue);
				return;
			case TopologyPackage.SYNC_LINK__CLUSTER:
				setCluster((KafkaCluster)newValue);
				return;
			case TopologyPackage.SYNC_LINK__CHANGE_LOG_TOPIC:
				setChangeLogTopic((String)newValue);
				return;
			case TopologyPackage.SYNC_LINK__APPLIER_GROUP:
				setApplierGroup((String)newValue);
				return;
			case TopologyPackage.SYNC_LINK__LAG_WARNING_SECONDS:
				setLagWarningSeconds((Integer)newValue);
				return;
			case TopologyPackage.SYNC_LINK__LAG_CRITICAL_SECONDS:
				setLagCriticalSeconds((Integer)newValue);
				return;
			case TopologyPackage.SYNC_LINK__CONFLICT_POLICY:
				setConflictPolicy((ConflictPolicy)newValue);
				return;
			case TopologyPackage.SYNC_LINK__FIELD_RULES:
				getFieldRules().clear();
				getFieldRules().addAll((Collection<? extends FieldRule>)newValue);
				return;
			case TopologyPackage.SYNC_LINK__SENSITIVE_FIELDS:
				getSensitiveFields().clear();
				getSensitiveFields().addAll((Collection<? extends String>)newValue);
				return;
			case TopologyPackage.SYNC_LINK__REPLAY_TARGET_TOPICS:
				getReplayTargetTopics().clear();
				getReplayTargetTopics().addAll((Collection<? extends String>)newValue);
				return;
			case TopologyPackage.SYNC_LINK__ENABLED:
				setEnabled((Boolean)newValue);
				return;
			case TopologyPackage.SYNC_LINK__EVENT_FORMAT:
				setEventFormat((EventFormat)newValue);
				return;
			case TopologyPackage.SYNC_LINK__CONNECT_CLUSTER:
				setConnectCluster((KafkaConnectCluster)newValue);
				return;
			case TopologyPackage.SYNC_LINK__SOURCE_CONNECTOR:
				setSourceConnector((String)newValue);
				return;
			case TopologyPackage.SYNC_LINK__SINK_CONNECTOR:
				setSinkConnector((String)newValue);
				return;
			case TopologyPackage.SYNC_LINK__TABLES:
				getTables().clear();
				getTables().addAll((Collection<? extends String>)newValue);
				return;
			case TopologyPackage.SYNC_LINK__PAYLOAD_RETENTION_DAYS:
				setPayloadRetentionDays((Integer)newValue);
				return;
			case TopologyPackage.SYNC_LINK__KEY_COLUMNS:
				getKeyColumns().clear();
				getKeyColumns().addAll((Collection<? extends String>)newValue);
				return;
			case TopologyPackage.SYNC_LINK__VERSION_COLUMN:
				setVersionColumn((String)newValue);
				return;
			case TopologyPackage.SYNC_LINK__ORIGIN_COLUMN:
				setOriginColumn((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case TopologyPackage.SYNC_LINK__ID:
				setId(ID_EDEFAULT);
				return;
			case TopologyPackage.SYNC_LINK__NAME:
				setName(NAME_EDEFAULT);
				return;
			case TopologyPackage.SYNC_LINK__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case TopologyPackage.SYNC_LINK__SOURCE:
				setSource((Endpoint)null);
				return;
			case TopologyPackage.SYNC_LINK__TARGET:
				setTarget((Endpoint)null);
				return;
			case TopologyPackage.SYNC_LINK__CLUSTER:
				setCluster((KafkaCluster)null);
				return;
			case TopologyPackage.SYNC_LINK__CHANGE_LOG_TOPIC:
				setChangeLogTopic(CHANGE_LOG_TOPIC_EDEFAULT);
				return;
			case TopologyPackage.SYNC_LINK__APPLIER_GROUP:
				setApplierGroup(APPLIER_GROUP_EDEFAULT);
				return;
			case TopologyPackage.SYNC_LINK__LAG_WARNING_SECONDS:
				setLagWarningSeconds(LAG_WARNING_SECONDS_EDEFAULT);
				return;
			case TopologyPackage.SYNC_LINK__LAG_CRITICAL_SECONDS:
				setLagCriticalSeconds(LAG_CRITICAL_SECONDS_EDEFAULT);
				return;
			case TopologyPackage.SYNC_LINK__CONFLICT_POLICY:
				setConflictPolicy(CONFLICT_POLICY_EDEFAULT);
				return;
			case TopologyPackage.SYNC_LINK__FIELD_RULES:
				getFieldRules().clear();
				return;
			case TopologyPackage.SYNC_LINK__SENSITIVE_FIELDS:
				getSensitiveFields().clear();
				return;
			case TopologyPackage.SYNC_LINK__REPLAY_TARGET_TOPICS:
				getReplayTargetTopics().clear();
				return;
			case TopologyPackage.SYNC_LINK__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
				return;
			case TopologyPackage.SYNC_LINK__EVENT_FORMAT:
				setEventFormat(EVENT_FORMAT_EDEFAULT);
				return;
			case TopologyPackage.SYNC_LINK__CONNECT_CLUSTER:
				setConnectCluster((KafkaConnectCluster)null);
				return;
			case TopologyPackage.SYNC_LINK__SOURCE_CONNECTOR:
				setSourceConnector(SOURCE_CONNECTOR_EDEFAULT);
				return;
			case TopologyPackage.SYNC_LINK__SINK_CONNECTOR:
				setSinkConnector(SINK_CONNECTOR_EDEFAULT);
				return;
			case TopologyPackage.SYNC_LINK__TABLES:
				getTables().clear();
				return;
			case TopologyPackage.SYNC_LINK__PAYLOAD_RETENTION_DAYS:
				setPayloadRetentionDays(PAYLOAD_RETENTION_DAYS_EDEFAULT);
				return;
			case TopologyPackage.SYNC_LINK__KEY_COLUMNS:
				getKeyColumns().clear();
				return;
			case TopologyPackage.SYNC_LINK__VERSION_COLUMN:
				setVersionColumn(VERSION_COLUMN_EDEFAULT);
				return;
			case TopologyPackage.SYNC_LINK__ORIGIN_COLUMN:
				setOriginColumn(ORIGIN_COLUMN_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case TopologyPackage.SYNC_LINK__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case TopologyPackage.SYNC_LINK__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case TopologyPackage.SYNC_LINK__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case TopologyPackage.SYNC_LINK__SOURCE:
				return source != null;
			case TopologyPackage.SYNC_LINK__TARGET:
				return target != null;
			case TopologyPackage.SYNC_LINK__CLUSTER:
				return cluster != null;
			case TopologyPackage.SYNC_LINK__CHANGE_LOG_TOPIC:
				return CHANGE_LOG_TOPIC_EDEFAULT == null ? changeLogTopic != null : !CHANGE_LOG_TOPIC_EDEFAULT.equals(changeLogTopic);
			case TopologyPackage.SYNC_LINK__APPLIER_GROUP:
				return APPLIER_GROUP_EDEFAULT == null ? applierGroup != null : !APPLIER_GROUP_EDEFAULT.equals(applierGroup);
			case TopologyPackage.SYNC_LINK__LAG_WARNING_SECONDS:
				return lagWarningSeconds != LAG_WARNING_SECONDS_EDEFAULT;
			case TopologyPackage.SYNC_LINK__LAG_CRITICAL_SECONDS:
				return lagCriticalSeconds != LAG_CRITICAL_SECONDS_EDEFAULT;
			case TopologyPackage.SYNC_LINK__CONFLICT_POLICY:
				return conflictPolicy != CONFLICT_POLICY_EDEFAULT;
			case TopologyPackage.SYNC_LINK__FIELD_RULES:
				return fieldRules != null && !fieldRules.isEmpty();
			case TopologyPackage.SYNC_LINK__SENSITIVE_FIELDS:
				return sensitiveFields != null && !sensitiveFields.isEmpty();
			case TopologyPackage.SYNC_LINK__REPLAY_TARGET_TOPICS:
				return replayTargetTopics != null && !replayTargetTopics.isEmpty();
			case TopologyPackage.SYNC_LINK__ENABLED:
				return enabled != ENABLED_EDEFAULT;
			case TopologyPackage.SYNC_LINK__EVENT_FORMAT:
				return eventFormat != EVENT_FORMAT_EDEFAULT;
			case TopologyPackage.SYNC_LINK__CONNECT_CLUSTER:
				return connectCluster != null;
			case TopologyPackage.SYNC_LINK__SOURCE_CONNECTOR:
				return SOURCE_CONNECTOR_EDEFAULT == null ? sourceConnector != null : !SOURCE_CONNECTOR_EDEFAULT.equals(sourceConnector);
			case TopologyPackage.SYNC_LINK__SINK_CONNECTOR:
				return SINK_CONNECTOR_EDEFAULT == null ? sinkConnector != null : !SINK_CONNECTOR_EDEFAULT.equals(sinkConnector);
			case TopologyPackage.SYNC_LINK__TABLES:
				return tables != null && !tables.isEmpty();
			case TopologyPackage.SYNC_LINK__PAYLOAD_RETENTION_DAYS:
				return payloadRetentionDays != PAYLOAD_RETENTION_DAYS_EDEFAULT;
			case TopologyPackage.SYNC_LINK__KEY_COLUMNS:
				return keyColumns != null && !keyColumns.isEmpty();
			case TopologyPackage.SYNC_LINK__VERSION_COLUMN:
				return VERSION_COLUMN_EDEFAULT == null ? versionColumn != null : !VERSION_COLUMN_EDEFAULT.equals(versionColumn);
			case TopologyPackage.SYNC_LINK__ORIGIN_COLUMN:
				return ORIGIN_COLUMN_EDEFAULT == null ? originColumn != null : !ORIGIN_COLUMN_EDEFAULT.equals(originColumn);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", changeLogTopic: ");
		result.append(changeLogTopic);
		result.append(", applierGroup: ");
		result.append(applierGroup);
		result.append(", lagWarningSeconds: ");
		result.append(lagWarningSeconds);
		result.append(", lagCriticalSeconds: ");
		result.append(lagCriticalSeconds);
		result.append(", conflictPolicy: ");
		result.append(conflictPolicy);
		result.append(", sensitiveFields: ");
		result.append(sensitiveFields);
		result.append(", replayTargetTopics: ");
		result.append(replayTargetTopics);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(", eventFormat: ");
		result.append(eventFormat);
		result.append(", sourceConnector: ");
		result.append(sourceConnector);
		result.append(", sinkConnector: ");
		result.append(sinkConnector);
		result.append(", tables: ");
		result.append(tables);
		result.append(", payloadRetentionDays: ");
		result.append(payloadRetentionDays);
		result.append(", keyColumns: ");
		result.append(keyColumns);
		result.append(", versionColumn: ");
		result.append(versionColumn);
		result.append(", originColumn: ");
		result.append(originColumn);
		result.append(')');
		return result.toString();
	}

} //SyncLinkImpl
