/**
 * Version vectors: the causal history of a key as a counter per replica, so that two writes can be told
 * apart as ordered (one saw the other) or concurrent (a conflict).
 */
package org.syncscope.core.vv;
