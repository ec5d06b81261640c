/**
 */
package org.syncscope.topology.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.syncscope.topology.SyncLink;
import org.syncscope.topology.TopologyFactory;
import org.syncscope.topology.TopologyPackage;

/**
 * This is the item provider adapter for a {@link org.syncscope.topology.SyncLink} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class SyncLinkItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SyncLinkItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addIdPropertyDescriptor(object);
			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addSourcePropertyDescriptor(object);
			addTargetPropertyDescriptor(object);
			addClusterPropertyDescriptor(object);
			addChangeLogTopicPropertyDescriptor(object);
			addApplierGroupPropertyDescriptor(object);
			addLagWarningSecondsPropertyDescriptor(object);
			addLagCriticalSecondsPropertyDescriptor(object);
			addConflictPolicyPropertyDescriptor(object);
			addSensitiveFieldsPropertyDescriptor(object);
			addReplayTargetTopicsPropertyDescriptor(object);
			addEnabledPropertyDescriptor(object);
			addEventFormatPropertyDescriptor(object);
			addConnectClusterPropertyDescriptor(object);
			addSourceConnectorPropertyDescriptor(object);
			addSinkConnectorPropertyDescriptor(object);
			addTablesPropertyDescriptor(object);
			addPayloadRetentionDaysPropertyDescriptor(object);
			addKeyColumnsPropertyDescriptor(object);
			addVersionColumnPropertyDescriptor(object);
			addOriginColumnPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Id feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_id_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_id_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__ID,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_name_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_description_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourcePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_source_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_source_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__SOURCE,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Target feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTargetPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_target_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_target_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__TARGET,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Cluster feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addClusterPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_cluster_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_cluster_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__CLUSTER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Change Log Topic feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addChangeLogTopicPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_changeLogTopic_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_changeLogTopic_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__CHANGE_LOG_TOPIC,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Applier Group feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addApplierGroupPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_applierGroup_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_applierGroup_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__APPLIER_GROUP,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lag Warning Seconds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLagWarningSecondsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_lagWarningSeconds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_lagWarningSeconds_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__LAG_WARNING_SECONDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Lag Critical Seconds feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLagCriticalSecondsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_lagCriticalSeconds_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_lagCriticalSeconds_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__LAG_CRITICAL_SECONDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Conflict Policy feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConflictPolicyPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_conflictPolicy_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_conflictPolicy_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__CONFLICT_POLICY,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sensitive Fields feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSensitiveFieldsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_sensitiveFields_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_sensitiveFields_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__SENSITIVE_FIELDS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Replay Target Topics feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addReplayTargetTopicsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_replayTargetTopics_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_replayTargetTopics_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__REPLAY_TARGET_TOPICS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Enabled feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEnabledPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_enabled_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_enabled_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__ENABLED,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.BOOLEAN_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Event Format feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEventFormatPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_eventFormat_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_eventFormat_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__EVENT_FORMAT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Connect Cluster feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addConnectClusterPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_connectCluster_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_connectCluster_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__CONNECT_CLUSTER,
				 true,
				 false,
				 true,
				 null,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Source Connector feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSourceConnectorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_sourceConnector_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_sourceConnector_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__SOURCE_CONNECTOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Sink Connector feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSinkConnectorPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_sinkConnector_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_sinkConnector_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__SINK_CONNECTOR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Tables feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addTablesPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_tables_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_tables_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__TABLES,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Payload Retention Days feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPayloadRetentionDaysPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_payloadRetentionDays_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_payloadRetentionDays_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__PAYLOAD_RETENTION_DAYS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Key Columns feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKeyColumnsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_keyColumns_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_keyColumns_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__KEY_COLUMNS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Version Column feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVersionColumnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_versionColumn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_versionColumn_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__VERSION_COLUMN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Origin Column feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOriginColumnPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_SyncLink_originColumn_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_SyncLink_originColumn_feature", "_UI_SyncLink_type"),
				 TopologyPackage.Literals.SYNC_LINK__ORIGIN_COLUMN,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(TopologyPackage.Literals.SYNC_LINK__FIELD_RULES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns SyncLink.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/SyncLink"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((SyncLink)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_SyncLink_type") :
			getString("_UI_SyncLink_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(SyncLink.class)) {
			case TopologyPackage.SYNC_LINK__ID:
			case TopologyPackage.SYNC_LINK__NAME:
			case TopologyPackage.SYNC_LINK__DESCRIPTION:
			case TopologyPackage.SYNC_LINK__CHANGE_LOG_TOPIC:
			case TopologyPackage.SYNC_LINK__APPLIER_GROUP:
			case TopologyPackage.SYNC_LINK__LAG_WARNING_SECONDS:
			case TopologyPackage.SYNC_LINK__LAG_CRITICAL_SECONDS:
			case TopologyPackage.SYNC_LINK__CONFLICT_POLICY:
			case TopologyPackage.SYNC_LINK__SENSITIVE_FIELDS:
			case TopologyPackage.SYNC_LINK__REPLAY_TARGET_TOPICS:
			case TopologyPackage.SYNC_LINK__ENABLED:
			case TopologyPackage.SYNC_LINK__EVENT_FORMAT:
			case TopologyPackage.SYNC_LINK__SOURCE_CONNECTOR:
			case TopologyPackage.SYNC_LINK__SINK_CONNECTOR:
			case TopologyPackage.SYNC_LINK__TABLES:
			case TopologyPackage.SYNC_LINK__PAYLOAD_RETENTION_DAYS:
			case TopologyPackage.SYNC_LINK__KEY_COLUMNS:
			case TopologyPackage.SYNC_LINK__VERSION_COLUMN:
			case TopologyPackage.SYNC_LINK__ORIGIN_COLUMN:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case TopologyPackage.SYNC_LINK__FIELD_RULES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(TopologyPackage.Literals.SYNC_LINK__FIELD_RULES,
				 TopologyFactory.eINSTANCE.createFieldRule()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return TopologyEditPlugin.INSTANCE;
	}

}
