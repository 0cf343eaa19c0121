package org.faultline.store;

/** The database engines the store's test suite runs against (see {@link BackendTest}). */
enum Backend {
    SQLITE, POSTGRES
}
