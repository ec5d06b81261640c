/**
 * The conflict console's service layer, free of UI: conflicts persisted with their full sibling events,
 * decisions (merge, keep a side, policies, bulk, defer, ignore) each committed with its resolution, outbox
 * record and audit entry in one transaction, masking of sensitive fields, and the audit trail's export.
 */
package org.syncscope.resolution;
