/**
 */
package org.syncscope.topology;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How an operator's multi-master sync is wired: where data lives (endpoints) and the directed Kafka-carried channels between them (sync links).
 * <!-- end-model-doc -->
 * @see org.syncscope.topology.TopologyFactory
 * @model kind="package"
 * @generated
 */
public interface TopologyPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "topology";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://www.syncscope.org/topology/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "topology";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	TopologyPackage eINSTANCE = org.syncscope.topology.impl.TopologyPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.syncscope.topology.impl.TopologyImpl <em>Topology</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.syncscope.topology.impl.TopologyImpl
	 * @see org.syncscope.topology.impl.TopologyPackageImpl#getTopology()
	 * @generated
	 */
	int TOPOLOGY = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Endpoints</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__ENDPOINTS = 2;

	/**
	 * The feature id for the '<em><b>Links</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY__LINKS = 3;

	/**
	 * The number of structural features of the '<em>Topology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_FEATURE_COUNT = 4;

	/**
	 * The operation id for the '<em>Find Endpoint</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY___FIND_ENDPOINT__STRING = 0;

	/**
	 * The operation id for the '<em>Find Link</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY___FIND_LINK__STRING = 1;

	/**
	 * The number of operations of the '<em>Topology</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TOPOLOGY_OPERATION_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.syncscope.topology.impl.EndpointImpl <em>Endpoint</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.syncscope.topology.impl.EndpointImpl
	 * @see org.syncscope.topology.impl.TopologyPackageImpl#getEndpoint()
	 * @generated
	 */
	int ENDPOINT = 1;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT__REGION = 3;

	/**
	 * The number of structural features of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Endpoint</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENDPOINT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.syncscope.topology.impl.KafkaClusterImpl <em>Kafka Cluster</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.syncscope.topology.impl.KafkaClusterImpl
	 * @see org.syncscope.topology.impl.TopologyPackageImpl#getKafkaCluster()
	 * @generated
	 */
	int KAFKA_CLUSTER = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CLUSTER__ID = ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CLUSTER__NAME = ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CLUSTER__DESCRIPTION = ENDPOINT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CLUSTER__REGION = ENDPOINT__REGION;

	/**
	 * The feature id for the '<em><b>Bootstrap Servers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CLUSTER__BOOTSTRAP_SERVERS = ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Security Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CLUSTER__SECURITY_PROTOCOL = ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Sasl Mechanism</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CLUSTER__SASL_MECHANISM = ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Credentials Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CLUSTER__CREDENTIALS_KEY = ENDPOINT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Client Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CLUSTER__CLIENT_PROPERTIES = ENDPOINT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Kafka Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CLUSTER_FEATURE_COUNT = ENDPOINT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Kafka Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CLUSTER_OPERATION_COUNT = ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.syncscope.topology.impl.DatabaseImpl <em>Database</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.syncscope.topology.impl.DatabaseImpl
	 * @see org.syncscope.topology.impl.TopologyPackageImpl#getDatabase()
	 * @generated
	 */
	int DATABASE = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__ID = ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__NAME = ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__DESCRIPTION = ENDPOINT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__REGION = ENDPOINT__REGION;

	/**
	 * The feature id for the '<em><b>Jdbc Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__JDBC_URL = ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__VENDOR = ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Credentials Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE__CREDENTIALS_KEY = ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Database</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_FEATURE_COUNT = ENDPOINT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Database</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DATABASE_OPERATION_COUNT = ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.syncscope.topology.impl.ServiceReplicaImpl <em>Service Replica</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.syncscope.topology.impl.ServiceReplicaImpl
	 * @see org.syncscope.topology.impl.TopologyPackageImpl#getServiceReplica()
	 * @generated
	 */
	int SERVICE_REPLICA = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REPLICA__ID = ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REPLICA__NAME = ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REPLICA__DESCRIPTION = ENDPOINT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REPLICA__REGION = ENDPOINT__REGION;

	/**
	 * The feature id for the '<em><b>Replica Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REPLICA__REPLICA_ID = ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Database</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REPLICA__DATABASE = ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Service Replica</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REPLICA_FEATURE_COUNT = ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Service Replica</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERVICE_REPLICA_OPERATION_COUNT = ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.syncscope.topology.impl.KafkaConnectClusterImpl <em>Kafka Connect Cluster</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.syncscope.topology.impl.KafkaConnectClusterImpl
	 * @see org.syncscope.topology.impl.TopologyPackageImpl#getKafkaConnectCluster()
	 * @generated
	 */
	int KAFKA_CONNECT_CLUSTER = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CONNECT_CLUSTER__ID = ENDPOINT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CONNECT_CLUSTER__NAME = ENDPOINT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CONNECT_CLUSTER__DESCRIPTION = ENDPOINT__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CONNECT_CLUSTER__REGION = ENDPOINT__REGION;

	/**
	 * The feature id for the '<em><b>Rest Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CONNECT_CLUSTER__REST_URL = ENDPOINT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Credentials Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CONNECT_CLUSTER__CREDENTIALS_KEY = ENDPOINT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CONNECT_CLUSTER__CLUSTER = ENDPOINT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Kafka Connect Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CONNECT_CLUSTER_FEATURE_COUNT = ENDPOINT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Kafka Connect Cluster</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KAFKA_CONNECT_CLUSTER_OPERATION_COUNT = ENDPOINT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.syncscope.topology.impl.PropertyImpl <em>Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.syncscope.topology.impl.PropertyImpl
	 * @see org.syncscope.topology.impl.TopologyPackageImpl#getProperty()
	 * @generated
	 */
	int PROPERTY = 6;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.syncscope.topology.impl.FieldRuleImpl <em>Field Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.syncscope.topology.impl.FieldRuleImpl
	 * @see org.syncscope.topology.impl.TopologyPackageImpl#getFieldRule()
	 * @generated
	 */
	int FIELD_RULE = 7;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_RULE__PATH = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_RULE__TYPE = 1;

	/**
	 * The number of structural features of the '<em>Field Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_RULE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Field Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FIELD_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.syncscope.topology.impl.SyncLinkImpl <em>Sync Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.syncscope.topology.impl.SyncLinkImpl
	 * @see org.syncscope.topology.impl.TopologyPackageImpl#getSyncLink()
	 * @generated
	 */
	int SYNC_LINK = 8;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__NAME = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__DESCRIPTION = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__TARGET = 4;

	/**
	 * The feature id for the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__CLUSTER = 5;

	/**
	 * The feature id for the '<em><b>Change Log Topic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__CHANGE_LOG_TOPIC = 6;

	/**
	 * The feature id for the '<em><b>Applier Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__APPLIER_GROUP = 7;

	/**
	 * The feature id for the '<em><b>Lag Warning Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__LAG_WARNING_SECONDS = 8;

	/**
	 * The feature id for the '<em><b>Lag Critical Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__LAG_CRITICAL_SECONDS = 9;

	/**
	 * The feature id for the '<em><b>Conflict Policy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__CONFLICT_POLICY = 10;

	/**
	 * The feature id for the '<em><b>Field Rules</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__FIELD_RULES = 11;

	/**
	 * The feature id for the '<em><b>Sensitive Fields</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__SENSITIVE_FIELDS = 12;

	/**
	 * The feature id for the '<em><b>Replay Target Topics</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__REPLAY_TARGET_TOPICS = 13;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__ENABLED = 14;

	/**
	 * The feature id for the '<em><b>Event Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__EVENT_FORMAT = 15;

	/**
	 * The feature id for the '<em><b>Connect Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__CONNECT_CLUSTER = 16;

	/**
	 * The feature id for the '<em><b>Source Connector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__SOURCE_CONNECTOR = 17;

	/**
	 * The feature id for the '<em><b>Sink Connector</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__SINK_CONNECTOR = 18;

	/**
	 * The feature id for the '<em><b>Tables</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__TABLES = 19;

	/**
	 * The feature id for the '<em><b>Payload Retention Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__PAYLOAD_RETENTION_DAYS = 20;

	/**
	 * The feature id for the '<em><b>Key Columns</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__KEY_COLUMNS = 21;

	/**
	 * The feature id for the '<em><b>Version Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__VERSION_COLUMN = 22;

	/**
	 * The feature id for the '<em><b>Origin Column</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK__ORIGIN_COLUMN = 23;

	/**
	 * The number of structural features of the '<em>Sync Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK_FEATURE_COUNT = 24;

	/**
	 * The number of operations of the '<em>Sync Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYNC_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.syncscope.topology.SecurityProtocol <em>Security Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.syncscope.topology.SecurityProtocol
	 * @see org.syncscope.topology.impl.TopologyPackageImpl#getSecurityProtocol()
	 * @generated
	 */
	int SECURITY_PROTOCOL = 9;

	/**
	 * The meta object id for the '{@link org.syncscope.topology.ConflictPolicy <em>Conflict Policy</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.syncscope.topology.ConflictPolicy
	 * @see org.syncscope.topology.impl.TopologyPackageImpl#getConflictPolicy()
	 * @generated
	 */
	int CONFLICT_POLICY = 10;

	/**
	 * The meta object id for the '{@link org.syncscope.topology.FieldRuleType <em>Field Rule Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.syncscope.topology.FieldRuleType
	 * @see org.syncscope.topology.impl.TopologyPackageImpl#getFieldRuleType()
	 * @generated
	 */
	int FIELD_RULE_TYPE = 11;

	/**
	 * The meta object id for the '{@link org.syncscope.topology.DatabaseVendor <em>Database Vendor</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.syncscope.topology.DatabaseVendor
	 * @see org.syncscope.topology.impl.TopologyPackageImpl#getDatabaseVendor()
	 * @generated
	 */
	int DATABASE_VENDOR = 12;


	/**
	 * The meta object id for the '{@link org.syncscope.topology.EventFormat <em>Event Format</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.syncscope.topology.EventFormat
	 * @see org.syncscope.topology.impl.TopologyPackageImpl#getEventFormat()
	 * @generated
	 */
	int EVENT_FORMAT = 13;


	/**
	 * Returns the meta object for class '{@link org.syncscope.topology.Topology <em>Topology</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Topology</em>'.
	 * @see org.syncscope.topology.Topology
	 * @generated
	 */
	EClass getTopology();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.Topology#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.syncscope.topology.Topology#getName()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.Topology#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.syncscope.topology.Topology#getDescription()
	 * @see #getTopology()
	 * @generated
	 */
	EAttribute getTopology_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.syncscope.topology.Topology#getEndpoints <em>Endpoints</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Endpoints</em>'.
	 * @see org.syncscope.topology.Topology#getEndpoints()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Endpoints();

	/**
	 * Returns the meta object for the containment reference list '{@link org.syncscope.topology.Topology#getLinks <em>Links</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Links</em>'.
	 * @see org.syncscope.topology.Topology#getLinks()
	 * @see #getTopology()
	 * @generated
	 */
	EReference getTopology_Links();

	/**
	 * Returns the meta object for the '{@link org.syncscope.topology.Topology#findEndpoint(java.lang.String) <em>Find Endpoint</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Endpoint</em>' operation.
	 * @see org.syncscope.topology.Topology#findEndpoint(java.lang.String)
	 * @generated
	 */
	EOperation getTopology__FindEndpoint__String();

	/**
	 * Returns the meta object for the '{@link org.syncscope.topology.Topology#findLink(java.lang.String) <em>Find Link</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Find Link</em>' operation.
	 * @see org.syncscope.topology.Topology#findLink(java.lang.String)
	 * @generated
	 */
	EOperation getTopology__FindLink__String();

	/**
	 * Returns the meta object for class '{@link org.syncscope.topology.Endpoint <em>Endpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Endpoint</em>'.
	 * @see org.syncscope.topology.Endpoint
	 * @generated
	 */
	EClass getEndpoint();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.Endpoint#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.syncscope.topology.Endpoint#getId()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.Endpoint#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.syncscope.topology.Endpoint#getName()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.Endpoint#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.syncscope.topology.Endpoint#getDescription()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.Endpoint#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.syncscope.topology.Endpoint#getRegion()
	 * @see #getEndpoint()
	 * @generated
	 */
	EAttribute getEndpoint_Region();

	/**
	 * Returns the meta object for class '{@link org.syncscope.topology.KafkaCluster <em>Kafka Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kafka Cluster</em>'.
	 * @see org.syncscope.topology.KafkaCluster
	 * @generated
	 */
	EClass getKafkaCluster();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.KafkaCluster#getBootstrapServers <em>Bootstrap Servers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bootstrap Servers</em>'.
	 * @see org.syncscope.topology.KafkaCluster#getBootstrapServers()
	 * @see #getKafkaCluster()
	 * @generated
	 */
	EAttribute getKafkaCluster_BootstrapServers();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.KafkaCluster#getSecurityProtocol <em>Security Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Protocol</em>'.
	 * @see org.syncscope.topology.KafkaCluster#getSecurityProtocol()
	 * @see #getKafkaCluster()
	 * @generated
	 */
	EAttribute getKafkaCluster_SecurityProtocol();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.KafkaCluster#getSaslMechanism <em>Sasl Mechanism</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sasl Mechanism</em>'.
	 * @see org.syncscope.topology.KafkaCluster#getSaslMechanism()
	 * @see #getKafkaCluster()
	 * @generated
	 */
	EAttribute getKafkaCluster_SaslMechanism();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.KafkaCluster#getCredentialsKey <em>Credentials Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credentials Key</em>'.
	 * @see org.syncscope.topology.KafkaCluster#getCredentialsKey()
	 * @see #getKafkaCluster()
	 * @generated
	 */
	EAttribute getKafkaCluster_CredentialsKey();

	/**
	 * Returns the meta object for the containment reference list '{@link org.syncscope.topology.KafkaCluster#getClientProperties <em>Client Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Client Properties</em>'.
	 * @see org.syncscope.topology.KafkaCluster#getClientProperties()
	 * @see #getKafkaCluster()
	 * @generated
	 */
	EReference getKafkaCluster_ClientProperties();

	/**
	 * Returns the meta object for class '{@link org.syncscope.topology.Database <em>Database</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Database</em>'.
	 * @see org.syncscope.topology.Database
	 * @generated
	 */
	EClass getDatabase();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.Database#getJdbcUrl <em>Jdbc Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Jdbc Url</em>'.
	 * @see org.syncscope.topology.Database#getJdbcUrl()
	 * @see #getDatabase()
	 * @generated
	 */
	EAttribute getDatabase_JdbcUrl();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.Database#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.syncscope.topology.Database#getVendor()
	 * @see #getDatabase()
	 * @generated
	 */
	EAttribute getDatabase_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.Database#getCredentialsKey <em>Credentials Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credentials Key</em>'.
	 * @see org.syncscope.topology.Database#getCredentialsKey()
	 * @see #getDatabase()
	 * @generated
	 */
	EAttribute getDatabase_CredentialsKey();

	/**
	 * Returns the meta object for class '{@link org.syncscope.topology.ServiceReplica <em>Service Replica</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Service Replica</em>'.
	 * @see org.syncscope.topology.ServiceReplica
	 * @generated
	 */
	EClass getServiceReplica();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.ServiceReplica#getReplicaId <em>Replica Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Replica Id</em>'.
	 * @see org.syncscope.topology.ServiceReplica#getReplicaId()
	 * @see #getServiceReplica()
	 * @generated
	 */
	EAttribute getServiceReplica_ReplicaId();

	/**
	 * Returns the meta object for the reference '{@link org.syncscope.topology.ServiceReplica#getDatabase <em>Database</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Database</em>'.
	 * @see org.syncscope.topology.ServiceReplica#getDatabase()
	 * @see #getServiceReplica()
	 * @generated
	 */
	EReference getServiceReplica_Database();

	/**
	 * Returns the meta object for class '{@link org.syncscope.topology.KafkaConnectCluster <em>Kafka Connect Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kafka Connect Cluster</em>'.
	 * @see org.syncscope.topology.KafkaConnectCluster
	 * @generated
	 */
	EClass getKafkaConnectCluster();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.KafkaConnectCluster#getRestUrl <em>Rest Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rest Url</em>'.
	 * @see org.syncscope.topology.KafkaConnectCluster#getRestUrl()
	 * @see #getKafkaConnectCluster()
	 * @generated
	 */
	EAttribute getKafkaConnectCluster_RestUrl();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.KafkaConnectCluster#getCredentialsKey <em>Credentials Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Credentials Key</em>'.
	 * @see org.syncscope.topology.KafkaConnectCluster#getCredentialsKey()
	 * @see #getKafkaConnectCluster()
	 * @generated
	 */
	EAttribute getKafkaConnectCluster_CredentialsKey();

	/**
	 * Returns the meta object for the reference '{@link org.syncscope.topology.KafkaConnectCluster#getCluster <em>Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cluster</em>'.
	 * @see org.syncscope.topology.KafkaConnectCluster#getCluster()
	 * @see #getKafkaConnectCluster()
	 * @generated
	 */
	EReference getKafkaConnectCluster_Cluster();

	/**
	 * Returns the meta object for class '{@link org.syncscope.topology.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Property</em>'.
	 * @see org.syncscope.topology.Property
	 * @generated
	 */
	EClass getProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.Property#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.syncscope.topology.Property#getKey()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.Property#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.syncscope.topology.Property#getValue()
	 * @see #getProperty()
	 * @generated
	 */
	EAttribute getProperty_Value();

	/**
	 * Returns the meta object for class '{@link org.syncscope.topology.FieldRule <em>Field Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Field Rule</em>'.
	 * @see org.syncscope.topology.FieldRule
	 * @generated
	 */
	EClass getFieldRule();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.FieldRule#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see org.syncscope.topology.FieldRule#getPath()
	 * @see #getFieldRule()
	 * @generated
	 */
	EAttribute getFieldRule_Path();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.FieldRule#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.syncscope.topology.FieldRule#getType()
	 * @see #getFieldRule()
	 * @generated
	 */
	EAttribute getFieldRule_Type();

	/**
	 * Returns the meta object for class '{@link org.syncscope.topology.SyncLink <em>Sync Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Sync Link</em>'.
	 * @see org.syncscope.topology.SyncLink
	 * @generated
	 */
	EClass getSyncLink();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.syncscope.topology.SyncLink#getId()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.syncscope.topology.SyncLink#getName()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.syncscope.topology.SyncLink#getDescription()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_Description();

	/**
	 * Returns the meta object for the reference '{@link org.syncscope.topology.SyncLink#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.syncscope.topology.SyncLink#getSource()
	 * @see #getSyncLink()
	 * @generated
	 */
	EReference getSyncLink_Source();

	/**
	 * Returns the meta object for the reference '{@link org.syncscope.topology.SyncLink#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Target</em>'.
	 * @see org.syncscope.topology.SyncLink#getTarget()
	 * @see #getSyncLink()
	 * @generated
	 */
	EReference getSyncLink_Target();

	/**
	 * Returns the meta object for the reference '{@link org.syncscope.topology.SyncLink#getCluster <em>Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Cluster</em>'.
	 * @see org.syncscope.topology.SyncLink#getCluster()
	 * @see #getSyncLink()
	 * @generated
	 */
	EReference getSyncLink_Cluster();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#getChangeLogTopic <em>Change Log Topic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change Log Topic</em>'.
	 * @see org.syncscope.topology.SyncLink#getChangeLogTopic()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_ChangeLogTopic();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#getApplierGroup <em>Applier Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Applier Group</em>'.
	 * @see org.syncscope.topology.SyncLink#getApplierGroup()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_ApplierGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#getLagWarningSeconds <em>Lag Warning Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lag Warning Seconds</em>'.
	 * @see org.syncscope.topology.SyncLink#getLagWarningSeconds()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_LagWarningSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#getLagCriticalSeconds <em>Lag Critical Seconds</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Lag Critical Seconds</em>'.
	 * @see org.syncscope.topology.SyncLink#getLagCriticalSeconds()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_LagCriticalSeconds();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#getConflictPolicy <em>Conflict Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Conflict Policy</em>'.
	 * @see org.syncscope.topology.SyncLink#getConflictPolicy()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_ConflictPolicy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.syncscope.topology.SyncLink#getFieldRules <em>Field Rules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Field Rules</em>'.
	 * @see org.syncscope.topology.SyncLink#getFieldRules()
	 * @see #getSyncLink()
	 * @generated
	 */
	EReference getSyncLink_FieldRules();

	/**
	 * Returns the meta object for the attribute list '{@link org.syncscope.topology.SyncLink#getSensitiveFields <em>Sensitive Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sensitive Fields</em>'.
	 * @see org.syncscope.topology.SyncLink#getSensitiveFields()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_SensitiveFields();

	/**
	 * Returns the meta object for the attribute list '{@link org.syncscope.topology.SyncLink#getReplayTargetTopics <em>Replay Target Topics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Replay Target Topics</em>'.
	 * @see org.syncscope.topology.SyncLink#getReplayTargetTopics()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_ReplayTargetTopics();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see org.syncscope.topology.SyncLink#isEnabled()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_Enabled();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#getEventFormat <em>Event Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Event Format</em>'.
	 * @see org.syncscope.topology.SyncLink#getEventFormat()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_EventFormat();

	/**
	 * Returns the meta object for the reference '{@link org.syncscope.topology.SyncLink#getConnectCluster <em>Connect Cluster</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Connect Cluster</em>'.
	 * @see org.syncscope.topology.SyncLink#getConnectCluster()
	 * @see #getSyncLink()
	 * @generated
	 */
	EReference getSyncLink_ConnectCluster();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#getSourceConnector <em>Source Connector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source Connector</em>'.
	 * @see org.syncscope.topology.SyncLink#getSourceConnector()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_SourceConnector();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#getSinkConnector <em>Sink Connector</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sink Connector</em>'.
	 * @see org.syncscope.topology.SyncLink#getSinkConnector()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_SinkConnector();

	/**
	 * Returns the meta object for the attribute list '{@link org.syncscope.topology.SyncLink#getTables <em>Tables</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tables</em>'.
	 * @see org.syncscope.topology.SyncLink#getTables()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_Tables();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#getPayloadRetentionDays <em>Payload Retention Days</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Payload Retention Days</em>'.
	 * @see org.syncscope.topology.SyncLink#getPayloadRetentionDays()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_PayloadRetentionDays();

	/**
	 * Returns the meta object for the attribute list '{@link org.syncscope.topology.SyncLink#getKeyColumns <em>Key Columns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Key Columns</em>'.
	 * @see org.syncscope.topology.SyncLink#getKeyColumns()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_KeyColumns();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#getVersionColumn <em>Version Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version Column</em>'.
	 * @see org.syncscope.topology.SyncLink#getVersionColumn()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_VersionColumn();

	/**
	 * Returns the meta object for the attribute '{@link org.syncscope.topology.SyncLink#getOriginColumn <em>Origin Column</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Origin Column</em>'.
	 * @see org.syncscope.topology.SyncLink#getOriginColumn()
	 * @see #getSyncLink()
	 * @generated
	 */
	EAttribute getSyncLink_OriginColumn();

	/**
	 * Returns the meta object for enum '{@link org.syncscope.topology.SecurityProtocol <em>Security Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Security Protocol</em>'.
	 * @see org.syncscope.topology.SecurityProtocol
	 * @generated
	 */
	EEnum getSecurityProtocol();

	/**
	 * Returns the meta object for enum '{@link org.syncscope.topology.ConflictPolicy <em>Conflict Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Conflict Policy</em>'.
	 * @see org.syncscope.topology.ConflictPolicy
	 * @generated
	 */
	EEnum getConflictPolicy();

	/**
	 * Returns the meta object for enum '{@link org.syncscope.topology.FieldRuleType <em>Field Rule Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Field Rule Type</em>'.
	 * @see org.syncscope.topology.FieldRuleType
	 * @generated
	 */
	EEnum getFieldRuleType();

	/**
	 * Returns the meta object for enum '{@link org.syncscope.topology.DatabaseVendor <em>Database Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Database Vendor</em>'.
	 * @see org.syncscope.topology.DatabaseVendor
	 * @generated
	 */
	EEnum getDatabaseVendor();

	/**
	 * Returns the meta object for enum '{@link org.syncscope.topology.EventFormat <em>Event Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Event Format</em>'.
	 * @see org.syncscope.topology.EventFormat
	 * @generated
	 */
	EEnum getEventFormat();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	TopologyFactory getTopologyFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.syncscope.topology.impl.TopologyImpl <em>Topology</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.syncscope.topology.impl.TopologyImpl
		 * @see org.syncscope.topology.impl.TopologyPackageImpl#getTopology()
		 * @generated
		 */
		EClass TOPOLOGY = eINSTANCE.getTopology();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__NAME = eINSTANCE.getTopology_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TOPOLOGY__DESCRIPTION = eINSTANCE.getTopology_Description();

		/**
		 * The meta object literal for the '<em><b>Endpoints</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__ENDPOINTS = eINSTANCE.getTopology_Endpoints();

		/**
		 * The meta object literal for the '<em><b>Links</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TOPOLOGY__LINKS = eINSTANCE.getTopology_Links();

		/**
		 * The meta object literal for the '<em><b>Find Endpoint</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TOPOLOGY___FIND_ENDPOINT__STRING = eINSTANCE.getTopology__FindEndpoint__String();

		/**
		 * The meta object literal for the '<em><b>Find Link</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation TOPOLOGY___FIND_LINK__STRING = eINSTANCE.getTopology__FindLink__String();

		/**
		 * The meta object literal for the '{@link org.syncscope.topology.impl.EndpointImpl <em>Endpoint</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.syncscope.topology.impl.EndpointImpl
		 * @see org.syncscope.topology.impl.TopologyPackageImpl#getEndpoint()
		 * @generated
		 */
		EClass ENDPOINT = eINSTANCE.getEndpoint();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__ID = eINSTANCE.getEndpoint_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__NAME = eINSTANCE.getEndpoint_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__DESCRIPTION = eINSTANCE.getEndpoint_Description();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENDPOINT__REGION = eINSTANCE.getEndpoint_Region();

		/**
		 * The meta object literal for the '{@link org.syncscope.topology.impl.KafkaClusterImpl <em>Kafka Cluster</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.syncscope.topology.impl.KafkaClusterImpl
		 * @see org.syncscope.topology.impl.TopologyPackageImpl#getKafkaCluster()
		 * @generated
		 */
		EClass KAFKA_CLUSTER = eINSTANCE.getKafkaCluster();

		/**
		 * The meta object literal for the '<em><b>Bootstrap Servers</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAFKA_CLUSTER__BOOTSTRAP_SERVERS = eINSTANCE.getKafkaCluster_BootstrapServers();

		/**
		 * The meta object literal for the '<em><b>Security Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAFKA_CLUSTER__SECURITY_PROTOCOL = eINSTANCE.getKafkaCluster_SecurityProtocol();

		/**
		 * The meta object literal for the '<em><b>Sasl Mechanism</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAFKA_CLUSTER__SASL_MECHANISM = eINSTANCE.getKafkaCluster_SaslMechanism();

		/**
		 * The meta object literal for the '<em><b>Credentials Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAFKA_CLUSTER__CREDENTIALS_KEY = eINSTANCE.getKafkaCluster_CredentialsKey();

		/**
		 * The meta object literal for the '<em><b>Client Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KAFKA_CLUSTER__CLIENT_PROPERTIES = eINSTANCE.getKafkaCluster_ClientProperties();

		/**
		 * The meta object literal for the '{@link org.syncscope.topology.impl.DatabaseImpl <em>Database</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.syncscope.topology.impl.DatabaseImpl
		 * @see org.syncscope.topology.impl.TopologyPackageImpl#getDatabase()
		 * @generated
		 */
		EClass DATABASE = eINSTANCE.getDatabase();

		/**
		 * The meta object literal for the '<em><b>Jdbc Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATABASE__JDBC_URL = eINSTANCE.getDatabase_JdbcUrl();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATABASE__VENDOR = eINSTANCE.getDatabase_Vendor();

		/**
		 * The meta object literal for the '<em><b>Credentials Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DATABASE__CREDENTIALS_KEY = eINSTANCE.getDatabase_CredentialsKey();

		/**
		 * The meta object literal for the '{@link org.syncscope.topology.impl.ServiceReplicaImpl <em>Service Replica</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.syncscope.topology.impl.ServiceReplicaImpl
		 * @see org.syncscope.topology.impl.TopologyPackageImpl#getServiceReplica()
		 * @generated
		 */
		EClass SERVICE_REPLICA = eINSTANCE.getServiceReplica();

		/**
		 * The meta object literal for the '<em><b>Replica Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERVICE_REPLICA__REPLICA_ID = eINSTANCE.getServiceReplica_ReplicaId();

		/**
		 * The meta object literal for the '<em><b>Database</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SERVICE_REPLICA__DATABASE = eINSTANCE.getServiceReplica_Database();

		/**
		 * The meta object literal for the '{@link org.syncscope.topology.impl.KafkaConnectClusterImpl <em>Kafka Connect Cluster</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.syncscope.topology.impl.KafkaConnectClusterImpl
		 * @see org.syncscope.topology.impl.TopologyPackageImpl#getKafkaConnectCluster()
		 * @generated
		 */
		EClass KAFKA_CONNECT_CLUSTER = eINSTANCE.getKafkaConnectCluster();

		/**
		 * The meta object literal for the '<em><b>Rest Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAFKA_CONNECT_CLUSTER__REST_URL = eINSTANCE.getKafkaConnectCluster_RestUrl();

		/**
		 * The meta object literal for the '<em><b>Credentials Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KAFKA_CONNECT_CLUSTER__CREDENTIALS_KEY = eINSTANCE.getKafkaConnectCluster_CredentialsKey();

		/**
		 * The meta object literal for the '<em><b>Cluster</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference KAFKA_CONNECT_CLUSTER__CLUSTER = eINSTANCE.getKafkaConnectCluster_Cluster();

		/**
		 * The meta object literal for the '{@link org.syncscope.topology.impl.PropertyImpl <em>Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.syncscope.topology.impl.PropertyImpl
		 * @see org.syncscope.topology.impl.TopologyPackageImpl#getProperty()
		 * @generated
		 */
		EClass PROPERTY = eINSTANCE.getProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__KEY = eINSTANCE.getProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROPERTY__VALUE = eINSTANCE.getProperty_Value();

		/**
		 * The meta object literal for the '{@link org.syncscope.topology.impl.FieldRuleImpl <em>Field Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.syncscope.topology.impl.FieldRuleImpl
		 * @see org.syncscope.topology.impl.TopologyPackageImpl#getFieldRule()
		 * @generated
		 */
		EClass FIELD_RULE = eINSTANCE.getFieldRule();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_RULE__PATH = eINSTANCE.getFieldRule_Path();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FIELD_RULE__TYPE = eINSTANCE.getFieldRule_Type();

		/**
		 * The meta object literal for the '{@link org.syncscope.topology.impl.SyncLinkImpl <em>Sync Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.syncscope.topology.impl.SyncLinkImpl
		 * @see org.syncscope.topology.impl.TopologyPackageImpl#getSyncLink()
		 * @generated
		 */
		EClass SYNC_LINK = eINSTANCE.getSyncLink();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__ID = eINSTANCE.getSyncLink_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__NAME = eINSTANCE.getSyncLink_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__DESCRIPTION = eINSTANCE.getSyncLink_Description();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYNC_LINK__SOURCE = eINSTANCE.getSyncLink_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYNC_LINK__TARGET = eINSTANCE.getSyncLink_Target();

		/**
		 * The meta object literal for the '<em><b>Cluster</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYNC_LINK__CLUSTER = eINSTANCE.getSyncLink_Cluster();

		/**
		 * The meta object literal for the '<em><b>Change Log Topic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__CHANGE_LOG_TOPIC = eINSTANCE.getSyncLink_ChangeLogTopic();

		/**
		 * The meta object literal for the '<em><b>Applier Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__APPLIER_GROUP = eINSTANCE.getSyncLink_ApplierGroup();

		/**
		 * The meta object literal for the '<em><b>Lag Warning Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__LAG_WARNING_SECONDS = eINSTANCE.getSyncLink_LagWarningSeconds();

		/**
		 * The meta object literal for the '<em><b>Lag Critical Seconds</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__LAG_CRITICAL_SECONDS = eINSTANCE.getSyncLink_LagCriticalSeconds();

		/**
		 * The meta object literal for the '<em><b>Conflict Policy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__CONFLICT_POLICY = eINSTANCE.getSyncLink_ConflictPolicy();

		/**
		 * The meta object literal for the '<em><b>Field Rules</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYNC_LINK__FIELD_RULES = eINSTANCE.getSyncLink_FieldRules();

		/**
		 * The meta object literal for the '<em><b>Sensitive Fields</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__SENSITIVE_FIELDS = eINSTANCE.getSyncLink_SensitiveFields();

		/**
		 * The meta object literal for the '<em><b>Replay Target Topics</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__REPLAY_TARGET_TOPICS = eINSTANCE.getSyncLink_ReplayTargetTopics();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__ENABLED = eINSTANCE.getSyncLink_Enabled();

		/**
		 * The meta object literal for the '<em><b>Event Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__EVENT_FORMAT = eINSTANCE.getSyncLink_EventFormat();

		/**
		 * The meta object literal for the '<em><b>Connect Cluster</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYNC_LINK__CONNECT_CLUSTER = eINSTANCE.getSyncLink_ConnectCluster();

		/**
		 * The meta object literal for the '<em><b>Source Connector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__SOURCE_CONNECTOR = eINSTANCE.getSyncLink_SourceConnector();

		/**
		 * The meta object literal for the '<em><b>Sink Connector</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__SINK_CONNECTOR = eINSTANCE.getSyncLink_SinkConnector();

		/**
		 * The meta object literal for the '<em><b>Tables</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__TABLES = eINSTANCE.getSyncLink_Tables();

		/**
		 * The meta object literal for the '<em><b>Payload Retention Days</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__PAYLOAD_RETENTION_DAYS = eINSTANCE.getSyncLink_PayloadRetentionDays();

		/**
		 * The meta object literal for the '<em><b>Key Columns</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__KEY_COLUMNS = eINSTANCE.getSyncLink_KeyColumns();

		/**
		 * The meta object literal for the '<em><b>Version Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__VERSION_COLUMN = eINSTANCE.getSyncLink_VersionColumn();

		/**
		 * The meta object literal for the '<em><b>Origin Column</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYNC_LINK__ORIGIN_COLUMN = eINSTANCE.getSyncLink_OriginColumn();

		/**
		 * The meta object literal for the '{@link org.syncscope.topology.SecurityProtocol <em>Security Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.syncscope.topology.SecurityProtocol
		 * @see org.syncscope.topology.impl.TopologyPackageImpl#getSecurityProtocol()
		 * @generated
		 */
		EEnum SECURITY_PROTOCOL = eINSTANCE.getSecurityProtocol();

		/**
		 * The meta object literal for the '{@link org.syncscope.topology.ConflictPolicy <em>Conflict Policy</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.syncscope.topology.ConflictPolicy
		 * @see org.syncscope.topology.impl.TopologyPackageImpl#getConflictPolicy()
		 * @generated
		 */
		EEnum CONFLICT_POLICY = eINSTANCE.getConflictPolicy();

		/**
		 * The meta object literal for the '{@link org.syncscope.topology.FieldRuleType <em>Field Rule Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.syncscope.topology.FieldRuleType
		 * @see org.syncscope.topology.impl.TopologyPackageImpl#getFieldRuleType()
		 * @generated
		 */
		EEnum FIELD_RULE_TYPE = eINSTANCE.getFieldRuleType();

		/**
		 * The meta object literal for the '{@link org.syncscope.topology.DatabaseVendor <em>Database Vendor</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.syncscope.topology.DatabaseVendor
		 * @see org.syncscope.topology.impl.TopologyPackageImpl#getDatabaseVendor()
		 * @generated
		 */
		EEnum DATABASE_VENDOR = eINSTANCE.getDatabaseVendor();

		/**
		 * The meta object literal for the '{@link org.syncscope.topology.EventFormat <em>Event Format</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.syncscope.topology.EventFormat
		 * @see org.syncscope.topology.impl.TopologyPackageImpl#getEventFormat()
		 * @generated
		 */
		EEnum EVENT_FORMAT = eINSTANCE.getEventFormat();

	}

} //TopologyPackage
