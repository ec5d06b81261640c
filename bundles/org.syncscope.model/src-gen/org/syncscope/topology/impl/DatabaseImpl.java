/**
 */
package org.syncscope.topology.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.syncscope.topology.Database;
import org.syncscope.topology.DatabaseVendor;
import org.syncscope.topology.TopologyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Database</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.syncscope.topology.impl.DatabaseImpl#getJdbcUrl <em>Jdbc Url</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.DatabaseImpl#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.syncscope.topology.impl.DatabaseImpl#getCredentialsKey <em>Credentials Key</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DatabaseImpl extends EndpointImpl implements Database {
	/**
	 * The default value of the '{@link #getJdbcUrl() <em>Jdbc Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJdbcUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String JDBC_URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getJdbcUrl() <em>Jdbc Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJdbcUrl()
	 * @generated
	 * @ordered
	 */
	protected String jdbcUrl = JDBC_URL_EDEFAULT;

	/**
	 * The default value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected static final DatabaseVendor VENDOR_EDEFAULT = DatabaseVendor.POSTGRESQL;

	/**
	 * The cached value of the '{@link #getVendor() <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVendor()
	 * @generated
	 * @ordered
	 */
	protected DatabaseVendor vendor = VENDOR_EDEFAULT;

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
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DatabaseImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return TopologyPackage.Literals.DATABASE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getJdbcUrl() {
		return jdbcUrl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJdbcUrl(String newJdbcUrl) {
		String oldJdbcUrl = jdbcUrl;
		jdbcUrl = newJdbcUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DATABASE__JDBC_URL, oldJdbcUrl, jdbcUrl));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DatabaseVendor getVendor() {
		return vendor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVendor(DatabaseVendor newVendor) {
		DatabaseVendor oldVendor = vendor;
		vendor = newVendor == null ? VENDOR_EDEFAULT : newVendor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DATABASE__VENDOR, oldVendor, vendor));
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
			eNotify(new ENotificationImpl(this, Notification.SET, TopologyPackage.DATABASE__CREDENTIALS_KEY, oldCredentialsKey, credentialsKey));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case TopologyPackage.DATABASE__JDBC_URL:
				return getJdbcUrl();
			case TopologyPackage.DATABASE__VENDOR:
				return getVendor();
			case TopologyPackage.DATABASE__CREDENTIALS_KEY:
				return getCredentialsKey();
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
			case TopologyPackage.DATABASE__JDBC_URL:
				setJdbcUrl((String)newValue);
				return;
			case TopologyPackage.DATABASE__VENDOR:
				setVendor((DatabaseVendor)newValue);
				return;
			case TopologyPackage.DATABASE__CREDENTIALS_KEY:
				setCredentialsKey((String)newValue);
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
			case TopologyPackage.DATABASE__JDBC_URL:
				setJdbcUrl(JDBC_URL_EDEFAULT);
				return;
			case TopologyPackage.DATABASE__VENDOR:
				setVendor(VENDOR_EDEFAULT);
				return;
			case TopologyPackage.DATABASE__CREDENTIALS_KEY:
				setCredentialsKey(CREDENTIALS_KEY_EDEFAULT);
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
			case TopologyPackage.DATABASE__JDBC_URL:
				return JDBC_URL_EDEFAULT == null ? jdbcUrl != null : !JDBC_URL_EDEFAULT.equals(jdbcUrl);
			case TopologyPackage.DATABASE__VENDOR:
				return vendor != VENDOR_EDEFAULT;
			case TopologyPackage.DATABASE__CREDENTIALS_KEY:
				return CREDENTIALS_KEY_EDEFAULT == null ? credentialsKey != null : !CREDENTIALS_KEY_EDEFAULT.equals(credentialsKey);
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
		result.append(" (jdbcUrl: ");
		result.append(jdbcUrl);
		result.append(", vendor: ");
		result.append(vendor);
		result.append(", credentialsKey: ");
		result.append(credentialsKey);
		result.append(')');
		return result.toString();
	}

} //DatabaseImpl
