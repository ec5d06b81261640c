/**
 */
package org.syncscope.topology;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kafka Cluster</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.syncscope.topology.KafkaCluster#getBootstrapServers <em>Bootstrap Servers</em>}</li>
 *   <li>{@link org.syncscope.topology.KafkaCluster#getSecurityProtocol <em>Security Protocol</em>}</li>
 *   <li>{@link org.syncscope.topology.KafkaCluster#getSaslMechanism <em>Sasl Mechanism</em>}</li>
 *   <li>{@link org.syncscope.topology.KafkaCluster#getCredentialsKey <em>Credentials Key</em>}</li>
 *   <li>{@link org.syncscope.topology.KafkaCluster#getClientProperties <em>Client Properties</em>}</li>
 * </ul>
 *
 * @see org.syncscope.topology.TopologyPackage#getKafkaCluster()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormedBootstrapServers saslSettings noSecretsInProperties wellFormedClientProperties'"
 * @generated
 */
public interface KafkaCluster extends Endpoint {
	/**
	 * Returns the value of the '<em><b>Bootstrap Servers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Comma-separated host:port list handed to the Kafka clients.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Bootstrap Servers</em>' attribute.
	 * @see #setBootstrapServers(String)
	 * @see org.syncscope.topology.TopologyPackage#getKafkaCluster_BootstrapServers()
	 * @model
	 * @generated
	 */
	String getBootstrapServers();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.KafkaCluster#getBootstrapServers <em>Bootstrap Servers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bootstrap Servers</em>' attribute.
	 * @see #getBootstrapServers()
	 * @generated
	 */
	void setBootstrapServers(String value);

	/**
	 * Returns the value of the '<em><b>Security Protocol</b></em>' attribute.
	 * The literals are from the enumeration {@link org.syncscope.topology.SecurityProtocol}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Security Protocol</em>' attribute.
	 * @see org.syncscope.topology.SecurityProtocol
	 * @see #setSecurityProtocol(SecurityProtocol)
	 * @see org.syncscope.topology.TopologyPackage#getKafkaCluster_SecurityProtocol()
	 * @model
	 * @generated
	 */
	SecurityProtocol getSecurityProtocol();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.KafkaCluster#getSecurityProtocol <em>Security Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Security Protocol</em>' attribute.
	 * @see org.syncscope.topology.SecurityProtocol
	 * @see #getSecurityProtocol()
	 * @generated
	 */
	void setSecurityProtocol(SecurityProtocol value);

	/**
	 * Returns the value of the '<em><b>Sasl Mechanism</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For example PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, GSSAPI or OAUTHBEARER; only used with SASL protocols.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sasl Mechanism</em>' attribute.
	 * @see #setSaslMechanism(String)
	 * @see org.syncscope.topology.TopologyPackage#getKafkaCluster_SaslMechanism()
	 * @model
	 * @generated
	 */
	String getSaslMechanism();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.KafkaCluster#getSaslMechanism <em>Sasl Mechanism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sasl Mechanism</em>' attribute.
	 * @see #getSaslMechanism()
	 * @generated
	 */
	void setSaslMechanism(String value);

	/**
	 * Returns the value of the '<em><b>Credentials Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key of the node in Eclipse secure storage that holds the credentials. Never the secret itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credentials Key</em>' attribute.
	 * @see #setCredentialsKey(String)
	 * @see org.syncscope.topology.TopologyPackage#getKafkaCluster_CredentialsKey()
	 * @model
	 * @generated
	 */
	String getCredentialsKey();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.KafkaCluster#getCredentialsKey <em>Credentials Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credentials Key</em>' attribute.
	 * @see #getCredentialsKey()
	 * @generated
	 */
	void setCredentialsKey(String value);

	/**
	 * Returns the value of the '<em><b>Client Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.syncscope.topology.Property}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Extra Kafka client settings (non-secret), applied after the ones derived from this cluster.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Properties</em>' containment reference list.
	 * @see org.syncscope.topology.TopologyPackage#getKafkaCluster_ClientProperties()
	 * @model containment="true"
	 * @generated
	 */
	EList<Property> getClientProperties();

} // KafkaCluster
