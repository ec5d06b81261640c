/**
 */
package org.syncscope.topology.impl;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.syncscope.topology.ConflictPolicy;
import org.syncscope.topology.Database;
import org.syncscope.topology.DatabaseVendor;
import org.syncscope.topology.Endpoint;
import org.syncscope.topology.EventFormat;
import org.syncscope.topology.FieldRule;
import org.syncscope.topology.FieldRuleType;
import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.Property;
import org.syncscope.topology.SecurityProtocol;
import org.syncscope.topology.ServiceReplica;
import org.syncscope.topology.SyncLink;
import org.syncscope.topology.Topology;
import org.syncscope.topology.TopologyFactory;
import org.syncscope.topology.TopologyPackage;

import org.syncscope.topology.util.TopologyValidator;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class TopologyPackageImpl extends EPackageImpl implements TopologyPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass topologyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass endpointEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kafkaClusterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass databaseEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass serviceReplicaEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass kafkaConnectClusterEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass propertyEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass fieldRuleEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass syncLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum securityProtocolEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum conflictPolicyEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum fieldRuleTypeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum databaseVendorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum eventFormatEEnum = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.syncscope.topology.TopologyPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private TopologyPackageImpl() {
		super(eNS_URI, TopologyFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link TopologyPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static TopologyPackage init() {
		if (isInited) return (TopologyPackage)EPackage.Registry.INSTANCE.getEPackage(TopologyPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredTopologyPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		TopologyPackageImpl theTopologyPackage = registeredTopologyPackage instanceof TopologyPackageImpl ? (TopologyPackageImpl)registeredTopologyPackage : new TopologyPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theTopologyPackage.createPackageContents();

		// Initialize created meta-data
		theTopologyPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theTopologyPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return TopologyValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theTopologyPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(TopologyPackage.eNS_URI, theTopologyPackage);
		return theTopologyPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getTopology() {
		return topologyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopology_Name() {
		return (EAttribute)topologyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getTopology_Description() {
		return (EAttribute)topologyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Endpoints() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getTopology_Links() {
		return (EReference)topologyEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTopology__FindEndpoint__String() {
		return topologyEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getTopology__FindLink__String() {
		return topologyEClass.getEOperations().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getEndpoint() {
		return endpointEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpoint_Id() {
		return (EAttribute)endpointEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpoint_Name() {
		return (EAttribute)endpointEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpoint_Description() {
		return (EAttribute)endpointEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getEndpoint_Region() {
		return (EAttribute)endpointEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKafkaCluster() {
		return kafkaClusterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKafkaCluster_BootstrapServers() {
		return (EAttribute)kafkaClusterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKafkaCluster_SecurityProtocol() {
		return (EAttribute)kafkaClusterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKafkaCluster_SaslMechanism() {
		return (EAttribute)kafkaClusterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKafkaCluster_CredentialsKey() {
		return (EAttribute)kafkaClusterEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKafkaCluster_ClientProperties() {
		return (EReference)kafkaClusterEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDatabase() {
		return databaseEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatabase_JdbcUrl() {
		return (EAttribute)databaseEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatabase_Vendor() {
		return (EAttribute)databaseEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDatabase_CredentialsKey() {
		return (EAttribute)databaseEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getServiceReplica() {
		return serviceReplicaEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getServiceReplica_ReplicaId() {
		return (EAttribute)serviceReplicaEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getServiceReplica_Database() {
		return (EReference)serviceReplicaEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKafkaConnectCluster() {
		return kafkaConnectClusterEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKafkaConnectCluster_RestUrl() {
		return (EAttribute)kafkaConnectClusterEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKafkaConnectCluster_CredentialsKey() {
		return (EAttribute)kafkaConnectClusterEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getKafkaConnectCluster_Cluster() {
		return (EReference)kafkaConnectClusterEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getProperty() {
		return propertyEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProperty_Key() {
		return (EAttribute)propertyEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getProperty_Value() {
		return (EAttribute)propertyEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFieldRule() {
		return fieldRuleEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldRule_Path() {
		return (EAttribute)fieldRuleEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFieldRule_Type() {
		return (EAttribute)fieldRuleEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSyncLink() {
		return syncLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_Id() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_Name() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_Description() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyncLink_Source() {
		return (EReference)syncLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyncLink_Target() {
		return (EReference)syncLinkEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyncLink_Cluster() {
		return (EReference)syncLinkEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_ChangeLogTopic() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_ApplierGroup() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_LagWarningSeconds() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_LagCriticalSeconds() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_ConflictPolicy() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyncLink_FieldRules() {
		return (EReference)syncLinkEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_SensitiveFields() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_ReplayTargetTopics() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_Enabled() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_EventFormat() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSyncLink_ConnectCluster() {
		return (EReference)syncLinkEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_SourceConnector() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_SinkConnector() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_Tables() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_PayloadRetentionDays() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_KeyColumns() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_VersionColumn() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSyncLink_OriginColumn() {
		return (EAttribute)syncLinkEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSecurityProtocol() {
		return securityProtocolEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConflictPolicy() {
		return conflictPolicyEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getFieldRuleType() {
		return fieldRuleTypeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getDatabaseVendor() {
		return databaseVendorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getEventFormat() {
		return eventFormatEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TopologyFactory getTopologyFactory() {
		return (TopologyFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		topologyEClass = createEClass(TOPOLOGY);
		createEAttribute(topologyEClass, TOPOLOGY__NAME);
		createEAttribute(topologyEClass, TOPOLOGY__DESCRIPTION);
		createEReference(topologyEClass, TOPOLOGY__ENDPOINTS);
		createEReference(topologyEClass, TOPOLOGY__LINKS);
		createEOperation(topologyEClass, TOPOLOGY___FIND_ENDPOINT__STRING);
		createEOperation(topologyEClass, TOPOLOGY___FIND_LINK__STRING);

		endpointEClass = createEClass(ENDPOINT);
		createEAttribute(endpointEClass, ENDPOINT__ID);
		createEAttribute(endpointEClass, ENDPOINT__NAME);
		createEAttribute(endpointEClass, ENDPOINT__DESCRIPTION);
		createEAttribute(endpointEClass, ENDPOINT__REGION);

		kafkaClusterEClass = createEClass(KAFKA_CLUSTER);
		createEAttribute(kafkaClusterEClass, KAFKA_CLUSTER__BOOTSTRAP_SERVERS);
		createEAttribute(kafkaClusterEClass, KAFKA_CLUSTER__SECURITY_PROTOCOL);
		createEAttribute(kafkaClusterEClass, KAFKA_CLUSTER__SASL_MECHANISM);
		createEAttribute(kafkaClusterEClass, KAFKA_CLUSTER__CREDENTIALS_KEY);
		createEReference(kafkaClusterEClass, KAFKA_CLUSTER__CLIENT_PROPERTIES);

		databaseEClass = createEClass(DATABASE);
		createEAttribute(databaseEClass, DATABASE__JDBC_URL);
		createEAttribute(databaseEClass, DATABASE__VENDOR);
		createEAttribute(databaseEClass, DATABASE__CREDENTIALS_KEY);

		serviceReplicaEClass = createEClass(SERVICE_REPLICA);
		createEAttribute(serviceReplicaEClass, SERVICE_REPLICA__REPLICA_ID);
		createEReference(serviceReplicaEClass, SERVICE_REPLICA__DATABASE);

		kafkaConnectClusterEClass = createEClass(KAFKA_CONNECT_CLUSTER);
		createEAttribute(kafkaConnectClusterEClass, KAFKA_CONNECT_CLUSTER__REST_URL);
		createEAttribute(kafkaConnectClusterEClass, KAFKA_CONNECT_CLUSTER__CREDENTIALS_KEY);
		createEReference(kafkaConnectClusterEClass, KAFKA_CONNECT_CLUSTER__CLUSTER);

		propertyEClass = createEClass(PROPERTY);
		createEAttribute(propertyEClass, PROPERTY__KEY);
		createEAttribute(propertyEClass, PROPERTY__VALUE);

		fieldRuleEClass = createEClass(FIELD_RULE);
		createEAttribute(fieldRuleEClass, FIELD_RULE__PATH);
		createEAttribute(fieldRuleEClass, FIELD_RULE__TYPE);

		syncLinkEClass = createEClass(SYNC_LINK);
		createEAttribute(syncLinkEClass, SYNC_LINK__ID);
		createEAttribute(syncLinkEClass, SYNC_LINK__NAME);
		createEAttribute(syncLinkEClass, SYNC_LINK__DESCRIPTION);
		createEReference(syncLinkEClass, SYNC_LINK__SOURCE);
		createEReference(syncLinkEClass, SYNC_LINK__TARGET);
		createEReference(syncLinkEClass, SYNC_LINK__CLUSTER);
		createEAttribute(syncLinkEClass, SYNC_LINK__CHANGE_LOG_TOPIC);
		createEAttribute(syncLinkEClass, SYNC_LINK__APPLIER_GROUP);
		createEAttribute(syncLinkEClass, SYNC_LINK__LAG_WARNING_SECONDS);
		createEAttribute(syncLinkEClass, SYNC_LINK__LAG_CRITICAL_SECONDS);
		createEAttribute(syncLinkEClass, SYNC_LINK__CONFLICT_POLICY);
		createEReference(syncLinkEClass, SYNC_LINK__FIELD_RULES);
		createEAttribute(syncLinkEClass, SYNC_LINK__SENSITIVE_FIELDS);
		createEAttribute(syncLinkEClass, SYNC_LINK__REPLAY_TARGET_TOPICS);
		createEAttribute(syncLinkEClass, SYNC_LINK__ENABLED);
		createEAttribute(syncLinkEClass, SYNC_LINK__EVENT_FORMAT);
		createEReference(syncLinkEClass, SYNC_LINK__CONNECT_CLUSTER);
		createEAttribute(syncLinkEClass, SYNC_LINK__SOURCE_CONNECTOR);
		createEAttribute(syncLinkEClass, SYNC_LINK__SINK_CONNECTOR);
		createEAttribute(syncLinkEClass, SYNC_LINK__TABLES);
		createEAttribute(syncLinkEClass, SYNC_LINK__PAYLOAD_RETENTION_DAYS);
		createEAttribute(syncLinkEClass, SYNC_LINK__KEY_COLUMNS);
		createEAttribute(syncLinkEClass, SYNC_LINK__VERSION_COLUMN);
		createEAttribute(syncLinkEClass, SYNC_LINK__ORIGIN_COLUMN);

		// Create enums
		securityProtocolEEnum = createEEnum(SECURITY_PROTOCOL);
		conflictPolicyEEnum = createEEnum(CONFLICT_POLICY);
		fieldRuleTypeEEnum = createEEnum(FIELD_RULE_TYPE);
		databaseVendorEEnum = createEEnum(DATABASE_VENDOR);
		eventFormatEEnum = createEEnum(EVENT_FORMAT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes
		kafkaClusterEClass.getESuperTypes().add(this.getEndpoint());
		databaseEClass.getESuperTypes().add(this.getEndpoint());
		serviceReplicaEClass.getESuperTypes().add(this.getEndpoint());
		kafkaConnectClusterEClass.getESuperTypes().add(this.getEndpoint());

		// Initialize classes, features, and operations; add parameters
		initEClass(topologyEClass, Topology.class, "Topology", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getTopology_Name(), ecorePackage.getEString(), "name", null, 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getTopology_Description(), ecorePackage.getEString(), "description", null, 0, 1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_Endpoints(), this.getEndpoint(), null, "endpoints", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getTopology_Links(), this.getSyncLink(), null, "links", null, 0, -1, Topology.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getTopology__FindEndpoint__String(), this.getEndpoint(), "findEndpoint", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "id", 0, 1, IS_UNIQUE, IS_ORDERED);

		op = initEOperation(getTopology__FindLink__String(), this.getSyncLink(), "findLink", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEString(), "id", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(endpointEClass, Endpoint.class, "Endpoint", IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getEndpoint_Id(), ecorePackage.getEString(), "id", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpoint_Name(), ecorePackage.getEString(), "name", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpoint_Description(), ecorePackage.getEString(), "description", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getEndpoint_Region(), ecorePackage.getEString(), "region", null, 0, 1, Endpoint.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kafkaClusterEClass, KafkaCluster.class, "KafkaCluster", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKafkaCluster_BootstrapServers(), ecorePackage.getEString(), "bootstrapServers", null, 0, 1, KafkaCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKafkaCluster_SecurityProtocol(), this.getSecurityProtocol(), "securityProtocol", null, 0, 1, KafkaCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKafkaCluster_SaslMechanism(), ecorePackage.getEString(), "saslMechanism", null, 0, 1, KafkaCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKafkaCluster_CredentialsKey(), ecorePackage.getEString(), "credentialsKey", null, 0, 1, KafkaCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKafkaCluster_ClientProperties(), this.getProperty(), null, "clientProperties", null, 0, -1, KafkaCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(databaseEClass, Database.class, "Database", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDatabase_JdbcUrl(), ecorePackage.getEString(), "jdbcUrl", null, 0, 1, Database.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatabase_Vendor(), this.getDatabaseVendor(), "vendor", null, 0, 1, Database.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDatabase_CredentialsKey(), ecorePackage.getEString(), "credentialsKey", null, 0, 1, Database.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(serviceReplicaEClass, ServiceReplica.class, "ServiceReplica", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getServiceReplica_ReplicaId(), ecorePackage.getEString(), "replicaId", null, 0, 1, ServiceReplica.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getServiceReplica_Database(), this.getDatabase(), null, "database", null, 0, 1, ServiceReplica.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(kafkaConnectClusterEClass, KafkaConnectCluster.class, "KafkaConnectCluster", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKafkaConnectCluster_RestUrl(), ecorePackage.getEString(), "restUrl", null, 0, 1, KafkaConnectCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKafkaConnectCluster_CredentialsKey(), ecorePackage.getEString(), "credentialsKey", null, 0, 1, KafkaConnectCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getKafkaConnectCluster_Cluster(), this.getKafkaCluster(), null, "cluster", null, 0, 1, KafkaConnectCluster.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(propertyEClass, Property.class, "Property", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getProperty_Key(), ecorePackage.getEString(), "key", null, 0, 1, Property.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getProperty_Value(), ecorePackage.getEString(), "value", null, 0, 1, Property.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(fieldRuleEClass, FieldRule.class, "FieldRule", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFieldRule_Path(), ecorePackage.getEString(), "path", null, 0, 1, FieldRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFieldRule_Type(), this.getFieldRuleType(), "type", null, 0, 1, FieldRule.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(syncLinkEClass, SyncLink.class, "SyncLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSyncLink_Id(), ecorePackage.getEString(), "id", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_Name(), ecorePackage.getEString(), "name", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_Description(), ecorePackage.getEString(), "description", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyncLink_Source(), this.getEndpoint(), null, "source", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyncLink_Target(), this.getEndpoint(), null, "target", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyncLink_Cluster(), this.getKafkaCluster(), null, "cluster", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_ChangeLogTopic(), ecorePackage.getEString(), "changeLogTopic", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_ApplierGroup(), ecorePackage.getEString(), "applierGroup", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_LagWarningSeconds(), ecorePackage.getEInt(), "lagWarningSeconds", "30", 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_LagCriticalSeconds(), ecorePackage.getEInt(), "lagCriticalSeconds", "300", 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_ConflictPolicy(), this.getConflictPolicy(), "conflictPolicy", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyncLink_FieldRules(), this.getFieldRule(), null, "fieldRules", null, 0, -1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_SensitiveFields(), ecorePackage.getEString(), "sensitiveFields", null, 0, -1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_ReplayTargetTopics(), ecorePackage.getEString(), "replayTargetTopics", null, 0, -1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_Enabled(), ecorePackage.getEBoolean(), "enabled", "true", 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_EventFormat(), this.getEventFormat(), "eventFormat", "syncscope", 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSyncLink_ConnectCluster(), this.getKafkaConnectCluster(), null, "connectCluster", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_SourceConnector(), ecorePackage.getEString(), "sourceConnector", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_SinkConnector(), ecorePackage.getEString(), "sinkConnector", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_Tables(), ecorePackage.getEString(), "tables", null, 0, -1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_PayloadRetentionDays(), ecorePackage.getEInt(), "payloadRetentionDays", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_KeyColumns(), ecorePackage.getEString(), "keyColumns", null, 0, -1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_VersionColumn(), ecorePackage.getEString(), "versionColumn", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSyncLink_OriginColumn(), ecorePackage.getEString(), "originColumn", null, 0, 1, SyncLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(securityProtocolEEnum, SecurityProtocol.class, "SecurityProtocol");
		addEEnumLiteral(securityProtocolEEnum, SecurityProtocol.PLAINTEXT);
		addEEnumLiteral(securityProtocolEEnum, SecurityProtocol.SSL);
		addEEnumLiteral(securityProtocolEEnum, SecurityProtocol.SASL_PLAINTEXT);
		addEEnumLiteral(securityProtocolEEnum, SecurityProtocol.SASL_SSL);

		initEEnum(conflictPolicyEEnum, ConflictPolicy.class, "ConflictPolicy");
		addEEnumLiteral(conflictPolicyEEnum, ConflictPolicy.MANUAL);
		addEEnumLiteral(conflictPolicyEEnum, ConflictPolicy.LAST_WRITER_WINS);
		addEEnumLiteral(conflictPolicyEEnum, ConflictPolicy.SOURCE_WINS);
		addEEnumLiteral(conflictPolicyEEnum, ConflictPolicy.TARGET_WINS);
		addEEnumLiteral(conflictPolicyEEnum, ConflictPolicy.MERGE_DISJOINT_FIELDS);
		addEEnumLiteral(conflictPolicyEEnum, ConflictPolicy.FIELD_RULES);

		initEEnum(fieldRuleTypeEEnum, FieldRuleType.class, "FieldRuleType");
		addEEnumLiteral(fieldRuleTypeEEnum, FieldRuleType.COUNTER);
		addEEnumLiteral(fieldRuleTypeEEnum, FieldRuleType.SET);
		addEEnumLiteral(fieldRuleTypeEEnum, FieldRuleType.MAX);
		addEEnumLiteral(fieldRuleTypeEEnum, FieldRuleType.MIN);
		addEEnumLiteral(fieldRuleTypeEEnum, FieldRuleType.LWW);

		initEEnum(databaseVendorEEnum, DatabaseVendor.class, "DatabaseVendor");
		addEEnumLiteral(databaseVendorEEnum, DatabaseVendor.POSTGRESQL);
		addEEnumLiteral(databaseVendorEEnum, DatabaseVendor.MYSQL);
		addEEnumLiteral(databaseVendorEEnum, DatabaseVendor.MARIADB);
		addEEnumLiteral(databaseVendorEEnum, DatabaseVendor.ORACLE);
		addEEnumLiteral(databaseVendorEEnum, DatabaseVendor.SQL_SERVER);
		addEEnumLiteral(databaseVendorEEnum, DatabaseVendor.DERBY);
		addEEnumLiteral(databaseVendorEEnum, DatabaseVendor.OTHER);

		initEEnum(eventFormatEEnum, EventFormat.class, "EventFormat");
		addEEnumLiteral(eventFormatEEnum, EventFormat.SYNCSCOPE);
		addEEnumLiteral(eventFormatEEnum, EventFormat.DEBEZIUM_JSON);

		// Create resource
		createResource(eNS_URI);

		// Create annotations
		// http://www.eclipse.org/emf/2002/Ecore
		createEcoreAnnotations();
	}

	/**
	 * Initializes the annotations for <b>http://www.eclipse.org/emf/2002/Ecore</b>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void createEcoreAnnotations() {
		String source = "http://www.eclipse.org/emf/2002/Ecore";
		addAnnotation
		  (topologyEClass,
		   source,
		   new String[] {
			   "constraints", "uniqueIds uniqueNames uniqueReplicaIds uniqueApplierGroups"
		   });
		addAnnotation
		  (endpointEClass,
		   source,
		   new String[] {
			   "constraints", "legalId"
		   });
		addAnnotation
		  (kafkaClusterEClass,
		   source,
		   new String[] {
			   "constraints", "wellFormedBootstrapServers saslSettings noSecretsInProperties wellFormedClientProperties"
		   });
		addAnnotation
		  (databaseEClass,
		   source,
		   new String[] {
			   "constraints", "wellFormedJdbcUrl noPasswordInJdbcUrl"
		   });
		addAnnotation
		  (serviceReplicaEClass,
		   source,
		   new String[] {
			   "constraints", "legalReplicaId"
		   });
		addAnnotation
		  (kafkaConnectClusterEClass,
		   source,
		   new String[] {
			   "constraints", "wellFormedRestUrl noCredentialsInRestUrl"
		   });
		addAnnotation
		  (syncLinkEClass,
		   source,
		   new String[] {
			   "constraints", "legalId distinctEndpoints clusterInTopology legalTopicNames legalApplierGroup orderedLagThresholds legalSensitiveFields legalFieldRules automaticPolicyInCycle cdcTablesAndKeys legalCdcColumns cdcConnectorsNamed connectClusterInTopology sinkApplierGroup cdcBetweenDatabases unusedCdcSettings"
		   });
	}

} //TopologyPackageImpl
