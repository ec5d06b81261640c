/**
 */
package org.syncscope.topology;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Service Replica</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.syncscope.topology.ServiceReplica#getReplicaId <em>Replica Id</em>}</li>
 *   <li>{@link org.syncscope.topology.ServiceReplica#getDatabase <em>Database</em>}</li>
 * </ul>
 *
 * @see org.syncscope.topology.TopologyPackage#getServiceReplica()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='legalReplicaId'"
 * @generated
 */
public interface ServiceReplica extends Endpoint {
	/**
	 * Returns the value of the '<em><b>Replica Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Origin replica id this service stamps on its change events and version vectors.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Replica Id</em>' attribute.
	 * @see #setReplicaId(String)
	 * @see org.syncscope.topology.TopologyPackage#getServiceReplica_ReplicaId()
	 * @model
	 * @generated
	 */
	String getReplicaId();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.ServiceReplica#getReplicaId <em>Replica Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Replica Id</em>' attribute.
	 * @see #getReplicaId()
	 * @generated
	 */
	void setReplicaId(String value);

	/**
	 * Returns the value of the '<em><b>Database</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The database this replica writes to, if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Database</em>' reference.
	 * @see #setDatabase(Database)
	 * @see org.syncscope.topology.TopologyPackage#getServiceReplica_Database()
	 * @model
	 * @generated
	 */
	Database getDatabase();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.ServiceReplica#getDatabase <em>Database</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Database</em>' reference.
	 * @see #getDatabase()
	 * @generated
	 */
	void setDatabase(Database value);

} // ServiceReplica
