/**
 */
package org.syncscope.topology.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.syncscope.topology.KafkaCluster;
import org.syncscope.topology.KafkaConnectCluster;
import org.syncscope.topology.TopologyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kafka Connect Cluster</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.syncscope.topology.impl.KafkaConnectClusterImpl#getRestUrl <em>Rest Url</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.KafkaConnectClusterImpl#getCredentialsKey <em>Credentials Key</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.KafkaConnectClusterImpl#getCluster <em>Cluster</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KafkaConnectClusterImpl extends EndpointImpl implements KafkaConnectCluster {
	/**
	 * The default value of the '{@link #getRestUrl() <em>Rest Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String REST_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRestUrl() <em>Rest Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRestUrl()
	 * @generated
	 * @ordered
	 */
	protected String restUrl = REST_URL_EDEFAULT;

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
	 * The cached value of the '{@link #getCluster() <em>Cluster</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCluster()
	 * @generated
	 * @ordered
	 */
	protected KafkaCluster cluster;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KafkaConnectClusterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.KAFKA_CONNECT_CLUSTER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRestUrl() {
		return restUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRestUrl(String newRestUrl) {
		String oldRestUrl = restUrl;
		restUrl = newRestUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.KAFKA_CONNECT_CLUSTER__REST_URL, oldRestUrl, restUrl));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.KAFKA_CONNECT_CLUSTER__CREDENTIALS_KEY, oldCredentialsKey, credentialsKey));
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, TopologyPackage.KAFKA_CONNECT_CLUSTER__CLUSTER, oldCluster, cluster));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.KAFKA_CONNECT_CLUSTER__CLUSTER, oldCluster, cluster));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.KAFKA_CONNECT_CLUSTER__REST_URL:
				return getRestUrl();
			case TopologyPackage.KAFKA_CONNECT_CLUSTER__CREDENTIALS_KEY:
				return getCredentialsKey();
			case TopologyPackage.KAFKA_CONNECT_CLUSTER__CLUSTER:
				if (resolve) return getCluster();
				return basicGetCluster();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case TopologyPackage.KAFKA_CONNECT_CLUSTER__REST_URL:
				setRestUrl((String)newValue);
				return;
			case TopologyPackage.KAFKA_CONNECT_CLUSTER__CREDENTIALS_KEY:
				setCredentialsKey((String)newValue);
				return;
			case TopologyPackage.KAFKA_CONNECT_CLUSTER__CLUSTER:
				setCluster((KafkaCluster)newValue);
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
			case TopologyPackage.KAFKA_CONNECT_CLUSTER__REST_URL:
				setRestUrl(REST_URL_EDEFAULT);
				return;
			case TopologyPackage.KAFKA_CONNECT_CLUSTER__CREDENTIALS_KEY:
				setCredentialsKey(CREDENTIALS_KEY_EDEFAULT);
				return;
			case TopologyPackage.KAFKA_CONNECT_CLUSTER__CLUSTER:
				setCluster((KafkaCluster)null);
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
			case TopologyPackage.KAFKA_CONNECT_CLUSTER__REST_URL:
				return REST_URL_EDEFAULT == null ? restUrl != null : !REST_URL_EDEFAULT.equals(restUrl);
			case TopologyPackage.KAFKA_CONNECT_CLUSTER__CREDENTIALS_KEY:
				return CREDENTIALS_KEY_EDEFAULT == null ? credentialsKey != null : !CREDENTIALS_KEY_EDEFAULT.equals(credentialsKey);
			case TopologyPackage.KAFKA_CONNECT_CLUSTER__CLUSTER:
				return cluster != null;
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
		result.append(" (restUrl: ");
		result.append(restUrl);
		result.append(", credentialsKey: ");
		result.append(credentialsKey);
		result.append(')');
		return result.toString();
	}

} //KafkaConnectClusterImpl
