/**
 */
package org.syncscope.topology;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Field Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one payload field merges: the field at the dotted path (for example stock.count), and everything inside it, merges by the law of its type.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.syncscope.topology.FieldRule#getPath <em>Path</em>}</li>
 *   <li>{@link org.syncscope.topology.FieldRule#getType <em>Type</em>}</li>
 * </ul>
 *
 * @see org.syncscope.topology.TopologyPackage#getFieldRule()
 * @model
 * @generated
 */
public interface FieldRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.syncscope.topology.TopologyPackage#getFieldRule_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.FieldRule#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.syncscope.topology.FieldRuleType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.syncscope.topology.FieldRuleType
	 * @see #setType(FieldRuleType)
	 * @see org.syncscope.topology.TopologyPackage#getFieldRule_Type()
	 * @model
	 * @generated
	 */
	FieldRuleType getType();

	/**
	 * Sets the value of the '{@link org.syncscope.topology.FieldRule#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.syncscope.topology.FieldRuleType
	 * @see #getType()
	 * @generated
	 */
	void setType(FieldRuleType value);

} // FieldRule
