/**
 */
package org.syncscope.topology;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kafka Connect Cluster</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A Kafka Connect worker (or cluster of workers) running the Debezium source and the sink connectors of CDC links.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.syncscope.topology.KafkaConnectCluster#getRestUrl <em>Rest Url</em>}</li>
 *   <li>{@link org.syncscope.topology.KafkaConnectCluster#getCredentialsKey <em>Credentials Key</em>}</li>
 *   <li>{@link org.syncscope.topology.KafkaConnectCluster#getCluster <em>Cluster</em>}</li>
 * </ul>
 *
 * @see org.syncscope.topology.TopologyPackage#getKafkaConnectCluster()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormedRestUrl noCredentialsInRestUrl'"
 * @generated
 */
public interface KafkaConnectCluster extends Endpoint {
	/**
	 * Returns the value of the '<em><b>Rest Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Base URL of the worker's REST API, for example http://127.0.0.1:8083.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Rest Url</em>' attribute.
	 * @see #setRestUrl(String)
	 * @see org.syncscope.topology.TopologyPackage#getKafkaConnectCluster_RestUrl()
	 * @model
	 * @generated
	 */
	String getRestUrl();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.KafkaConnectCluster#getRestUrl <em>Rest Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rest Url</em>' attribute.
	 * @see #getRestUrl()
	 * @generated
	 */
	void setRestUrl(String value);

	/**
	 * Returns the value of the '<em><b>Credentials Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key of the node in Eclipse secure storage that holds the REST API's basic-auth credentials. Never the secret itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credentials Key</em>' attribute.
	 * @see #setCredentialsKey(String)
	 * @see org.syncscope.topology.TopologyPackage#getKafkaConnectCluster_CredentialsKey()
	 * @model
	 * @generated
	 */
	String getCredentialsKey();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.KafkaConnectCluster#getCredentialsKey <em>Credentials Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credentials Key</em>' attribute.
	 * @see #getCredentialsKey()
	 * @generated
	 */
	void setCredentialsKey(String value);

	/**
	 * Returns the value of the '<em><b>Cluster</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The Kafka cluster the Connect worker runs on (its bootstrap servers), if it is part of this topology.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cluster</em>' reference.
	 * @see #setCluster(KafkaCluster)
	 * @see org.syncscope.topology.TopologyPackage#getKafkaConnectCluster_Cluster()
	 * @model
	 * @generated
	 */
	KafkaCluster getCluster();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.KafkaConnectCluster#getCluster <em>Cluster</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cluster</em>' reference.
	 * @see #getCluster()
	 * @generated
	 */
	void setCluster(KafkaCluster value);

} // KafkaConnectCluster
