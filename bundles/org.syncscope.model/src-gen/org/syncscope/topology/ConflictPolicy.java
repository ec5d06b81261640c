/**
 */
package org.syncscope.topology;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Conflict Policy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.syncscope.topology.TopologyPackage#getConflictPolicy()
 * @model
 * @generated
 */
public enum ConflictPolicy implements Enumerator {
	/**
	 * The '<em><b>MANUAL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANUAL_VALUE
	 * @generated
	 * @ordered
	 */
	MANUAL(0, "MANUAL", "MANUAL"),

	/**
	 * The '<em><b>LAST WRITER WINS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAST_WRITER_WINS_VALUE
	 * @generated
	 * @ordered
	 */
	LAST_WRITER_WINS(1, "LAST_WRITER_WINS", "LAST_WRITER_WINS"),

	/**
	 * The '<em><b>SOURCE WINS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOURCE_WINS_VALUE
	 * @generated
	 * @ordered
	 */
	SOURCE_WINS(2, "SOURCE_WINS", "SOURCE_WINS"),

	/**
	 * The '<em><b>TARGET WINS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TARGET_WINS_VALUE
	 * @generated
	 * @ordered
	 */
	TARGET_WINS(3, "TARGET_WINS", "TARGET_WINS"),

	/**
	 * The '<em><b>MERGE DISJOINT FIELDS</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MERGE_DISJOINT_FIELDS_VALUE
	 * @generated
	 * @ordered
	 */
	MERGE_DISJOINT_FIELDS(4, "MERGE_DISJOINT_FIELDS", "MERGE_DISJOINT_FIELDS"), /**
	 * The '<em><b>FIELD RULES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIELD_RULES_VALUE
	 * @generated
	 * @ordered
	 */
	FIELD_RULES(5, "FIELD_RULES", "FIELD_RULES");

	/**
	 * The '<em><b>MANUAL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MANUAL
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MANUAL_VALUE = 0;

	/**
	 * The '<em><b>LAST WRITER WINS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LAST_WRITER_WINS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LAST_WRITER_WINS_VALUE = 1;

	/**
	 * The '<em><b>SOURCE WINS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOURCE_WINS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOURCE_WINS_VALUE = 2;

	/**
	 * The '<em><b>TARGET WINS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TARGET_WINS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TARGET_WINS_VALUE = 3;

	/**
	 * The '<em><b>MERGE DISJOINT FIELDS</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MERGE_DISJOINT_FIELDS
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MERGE_DISJOINT_FIELDS_VALUE = 4;

	/**
	 * The '<em><b>FIELD RULES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIELD_RULES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FIELD_RULES_VALUE = 5;

	/**
	 * An array of all the '<em><b>Conflict Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ConflictPolicy[] VALUES_ARRAY =
		new ConflictPolicy[] {
			MANUAL,
			LAST_WRITER_WINS,
			SOURCE_WINS,
			TARGET_WINS,
			MERGE_DISJOINT_FIELDS,
			FIELD_RULES,
		};

	/**
	 * A public read-only list of all the '<em><b>Conflict Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ConflictPolicy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Conflict Policy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictPolicy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConflictPolicy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conflict Policy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictPolicy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ConflictPolicy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Conflict Policy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ConflictPolicy get(int value) {
		switch (value) {
			case MANUAL_VALUE: return MANUAL;
			case LAST_WRITER_WINS_VALUE: return LAST_WRITER_WINS;
			case SOURCE_WINS_VALUE: return SOURCE_WINS;
			case TARGET_WINS_VALUE: return TARGET_WINS;
			case MERGE_DISJOINT_FIELDS_VALUE: return MERGE_DISJOINT_FIELDS;
			case FIELD_RULES_VALUE: return FIELD_RULES;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ConflictPolicy(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ConflictPolicy
