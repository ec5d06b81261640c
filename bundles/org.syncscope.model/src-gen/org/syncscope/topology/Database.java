/**
 */
package org.syncscope.topology;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Database</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.syncscope.topology.Database#getJdbcUrl <em>Jdbc Url</em>}</li>
 *   <li>{@link org.syncscope.topology.Database#getVendor <em>Vendor</em>}</li>
 *   <li>{@link org.syncscope.topology.Database#getCredentialsKey <em>Credentials Key</em>}</li>
 * </ul>
 *
 * @see org.syncscope.topology.TopologyPackage#getDatabase()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='wellFormedJdbcUrl noPasswordInJdbcUrl'"
 * @generated
 */
public interface Database extends Endpoint {
	/**
	 * Returns the value of the '<em><b>Jdbc Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Jdbc Url</em>' attribute.
	 * @see #setJdbcUrl(String)
	 * @see org.syncscope.topology.TopologyPackage#getDatabase_JdbcUrl()
	 * @model
	 * @generated
	 */
	String getJdbcUrl();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.Database#getJdbcUrl <em>Jdbc Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Jdbc Url</em>' attribute.
	 * @see #getJdbcUrl()
	 * @generated
	 */
	void setJdbcUrl(String value);

	/**
	 * Returns the value of the '<em><b>Vendor</b></em>' attribute.
	 * The literals are from the enumeration {@link org.syncscope.topology.DatabaseVendor}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Vendor</em>' attribute.
	 * @see org.syncscope.topology.DatabaseVendor
	 * @see #setVendor(DatabaseVendor)
	 * @see org.syncscope.topology.TopologyPackage#getDatabase_Vendor()
	 * @model
	 * @generated
	 */
	DatabaseVendor getVendor();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.Database#getVendor <em>Vendor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Vendor</em>' attribute.
	 * @see org.syncscope.topology.DatabaseVendor
	 * @see #getVendor()
	 * @generated
	 */
	void setVendor(DatabaseVendor value);

	/**
	 * Returns the value of the '<em><b>Credentials Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Key of the node in Eclipse secure storage that holds the database user and password. Never the secret itself.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Credentials Key</em>' attribute.
	 * @see #setCredentialsKey(String)
	 * @see org.syncscope.topology.TopologyPackage#getDatabase_CredentialsKey()
	 * @model
	 * @generated
	 */
	String getCredentialsKey();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.Database#getCredentialsKey <em>Credentials Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Credentials Key</em>' attribute.
	 * @see #getCredentialsKey()
	 * @generated
	 */
	void setCredentialsKey(String value);

} // Database
