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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.Property;
import org.syncscope.topology.SecurityProtocol;
import org.syncscope.topology.TopologyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kafka Cluster</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.syncscope.topology.impl.KafkaClusterImpl#getBootstrapServers <em>Bootstrap Servers</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.KafkaClusterImpl#getSecurityProtocol <em>Security Protocol</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.KafkaClusterImpl#getSaslMechanism <em>Sasl Mechanism</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.KafkaClusterImpl#getCredentialsKey <em>Credentials Key</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.KafkaClusterImpl#getClientProperties <em>Client Properties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KafkaClusterImpl extends EndpointImpl implements KafkaCluster {
	/**
	 * The default value of the '{@link #getBootstrapServers() <em>Bootstrap Servers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootstrapServers()
	 * @generated
	 * @ordered
	 */
	protected static final String BOOTSTRAP_SERVERS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBootstrapServers() <em>Bootstrap Servers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBootstrapServers()
	 * @generated
	 * @ordered
	 */
	protected String bootstrapServers = BOOTSTRAP_SERVERS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSecurityProtocol() <em>Security Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityProtocol()
	 * @generated
	 * @ordered
	 */
	protected static final SecurityProtocol SECURITY_PROTOCOL_EDEFAULT = SecurityProtocol.PLAINTEXT;

	/**
	 * The cached value of the '{@link #getSecurityProtocol() <em>Security Protocol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSecurityProtocol()
	 * @generated
	 * @ordered
	 */
	protected SecurityProtocol securityProtocol = SECURITY_PROTOCOL_EDEFAULT;

	/**
	 * The default value of the '{@link #getSaslMechanism() <em>Sasl Mechanism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaslMechanism()
	 * @generated
	 * @ordered
	 */
	protected static final String SASL_MECHANISM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSaslMechanism() <em>Sasl Mechanism</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSaslMechanism()
	 * @generated
	 * @ordered
	 */
	protected String saslMechanism = SASL_MECHANISM_EDEFAULT;

	/**
	 * The default value of the '{@link #getCredentialsKey() <em>Credentials Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentialsKey()
	 * @generated
	 * @ordered
	 */
	protected static final String CREDENTIALS_KEY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCredentialsKey() <em>Credentials Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCredentialsKey()
	 * @generated
	 * @ordered
	 */
	protected String credentialsKey = CREDENTIALS_KEY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClientProperties() <em>Client Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<Property> clientProperties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KafkaClusterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.KAFKA_CLUSTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBootstrapServers() {
		return bootstrapServers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootstrapServers(String newBootstrapServers) {
		String oldBootstrapServers = bootstrapServers;
		bootstrapServers = newBootstrapServers;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.KAFKA_CLUSTER__BOOTSTRAP_SERVERS, oldBootstrapServers, bootstrapServers));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityProtocol getSecurityProtocol() {
		return securityProtocol;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSecurityProtocol(SecurityProtocol newSecurityProtocol) {
		SecurityProtocol oldSecurityProtocol = securityProtocol;
		securityProtocol = newSecurityProtocol == null ? SECURITY_PROTOCOL_EDEFAULT : newSecurityProtocol;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.KAFKA_CLUSTER__SECURITY_PROTOCOL, oldSecurityProtocol, securityProtocol));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSaslMechanism() {
		return saslMechanism;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSaslMechanism(String newSaslMechanism) {
		String oldSaslMechanism = saslMechanism;
		saslMechanism = newSaslMechanism;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.KAFKA_CLUSTER__SASL_MECHANISM, oldSaslMechanism, saslMechanism));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCredentialsKey() {
		return credentialsKey;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCredentialsKey(String newCredentialsKey) {
		String oldCredentialsKey = credentialsKey;
		credentialsKey = newCredentialsKey;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.KAFKA_CLUSTER__CREDENTIALS_KEY, oldCredentialsKey, credentialsKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Property> getClientProperties() {
		if (clientProperties == null) {
			clientProperties = new EObjectContainmentEList<Property>(Property.class, this, TopologyPackage.KAFKA_CLUSTER__CLIENT_PROPERTIES);
		}
		return clientProperties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case TopologyPackage.KAFKA_CLUSTER__CLIENT_PROPERTIES:
				return ((InternalEList<?>)getClientProperties()).basicRemove(otherEnd, msgs);
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
			case TopologyPackage.KAFKA_CLUSTER__BOOTSTRAP_SERVERS:
				return getBootstrapServers();
			case TopologyPackage.KAFKA_CLUSTER__SECURITY_PROTOCOL:
				return getSecurityProtocol();
			case TopologyPackage.KAFKA_CLUSTER__SASL_MECHANISM:
				return getSaslMechanism();
			case TopologyPackage.KAFKA_CLUSTER__CREDENTIALS_KEY:
				return getCredentialsKey();
			case TopologyPackage.KAFKA_CLUSTER__CLIENT_PROPERTIES:
				return getClientProperties();
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
			case TopologyPackage.KAFKA_CLUSTER__BOOTSTRAP_SERVERS:
				setBootstrapServers((String)newValue);
				return;
			case TopologyPackage.KAFKA_CLUSTER__SECURITY_PROTOCOL:
				setSecurityProtocol((SecurityProtocol)newValue);
				return;
			case TopologyPackage.KAFKA_CLUSTER__SASL_MECHANISM:
				setSaslMechanism((String)newValue);
				return;
			case TopologyPackage.KAFKA_CLUSTER__CREDENTIALS_KEY:
				setCredentialsKey((String)newValue);
				return;
			case TopologyPackage.KAFKA_CLUSTER__CLIENT_PROPERTIES:
				getClientProperties().clear();
				getClientProperties().addAll((Collection<? extends Property>)newValue);
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
			case TopologyPackage.KAFKA_CLUSTER__BOOTSTRAP_SERVERS:
				setBootstrapServers(BOOTSTRAP_SERVERS_EDEFAULT);
				return;
			case TopologyPackage.KAFKA_CLUSTER__SECURITY_PROTOCOL:
				setSecurityProtocol(SECURITY_PROTOCOL_EDEFAULT);
				return;
			case TopologyPackage.KAFKA_CLUSTER__SASL_MECHANISM:
				setSaslMechanism(SASL_MECHANISM_EDEFAULT);
				return;
			case TopologyPackage.KAFKA_CLUSTER__CREDENTIALS_KEY:
				setCredentialsKey(CREDENTIALS_KEY_EDEFAULT);
				return;
			case TopologyPackage.KAFKA_CLUSTER__CLIENT_PROPERTIES:
				getClientProperties().clear();
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
			case TopologyPackage.KAFKA_CLUSTER__BOOTSTRAP_SERVERS:
				return BOOTSTRAP_SERVERS_EDEFAULT == null ? bootstrapServers != null : !BOOTSTRAP_SERVERS_EDEFAULT.equals(bootstrapServers);
			case TopologyPackage.KAFKA_CLUSTER__SECURITY_PROTOCOL:
				return securityProtocol != SECURITY_PROTOCOL_EDEFAULT;
			case TopologyPackage.KAFKA_CLUSTER__SASL_MECHANISM:
				return SASL_MECHANISM_EDEFAULT == null ? saslMechanism != null : !SASL_MECHANISM_EDEFAULT.equals(saslMechanism);
			case TopologyPackage.KAFKA_CLUSTER__CREDENTIALS_KEY:
				return CREDENTIALS_KEY_EDEFAULT == null ? credentialsKey != null : !CREDENTIALS_KEY_EDEFAULT.equals(credentialsKey);
			case TopologyPackage.KAFKA_CLUSTER__CLIENT_PROPERTIES:
				return clientProperties != null && !clientProperties.isEmpty();
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
		result.append(" (bootstrapServers: ");
		result.append(bootstrapServers);
		result.append(", securityProtocol: ");
		result.append(securityProtocol);
		result.append(", saslMechanism: ");
		result.append(saslMechanism);
		result.append(", credentialsKey: ");
		result.append(credentialsKey);
		result.append(')');
		return result.toString();
	}

} //KafkaClusterImpl
