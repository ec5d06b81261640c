/**
 */
package org.syncscope.topology;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Topology</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a .synctopo file: one operator-described sync deployment.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.syncscope.topology.Topology#getName <em>Name</em>}</li>
 *   <li>{@link org.syncscope.topology.Topology#getDescription <em>Description</em>}</li>
 *   <li>{@link org.syncscope.topology.Topology#getEndpoints <em>Endpoints</em>}</li>
 *   <li>{@link org.syncscope.topology.Topology#getLinks <em>Links</em>}</li>
 * </ul>
 *
 * @see org.syncscope.topology.TopologyPackage#getTopology()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='uniqueIds uniqueNames uniqueReplicaIds uniqueApplierGroups'"
 * @generated
 */
public interface Topology extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.syncscope.topology.TopologyPackage#getTopology_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.Topology#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.syncscope.topology.TopologyPackage#getTopology_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.Topology#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Endpoints</b></em>' containment reference list.
	 * The list contents are of type {@link org.syncscope.topology.Endpoint}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Endpoints</em>' containment reference list.
	 * @see org.syncscope.topology.TopologyPackage#getTopology_Endpoints()
	 * @model containment="true"
	 * @generated
	 */
	EList<Endpoint> getEndpoints();

	/**
	 * Returns the value of the '<em><b>Links</b></em>' containment reference list.
	 * The list contents are of type {@link org.syncscope.topology.SyncLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links</em>' containment reference list.
	 * @see org.syncscope.topology.TopologyPackage#getTopology_Links()
	 * @model containment="true"
	 * @generated
	 */
	EList<SyncLink> getLinks();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The endpoint with the given id, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	Endpoint findEndpoint(String id);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The sync link with the given id, or null.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	SyncLink findLink(String id);

} // Topology
