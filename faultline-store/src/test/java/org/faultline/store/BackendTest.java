package org.faultline.store;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Base of the store tests that run against every {@link Backend}: each test class runs once
 * with SQLite and once with PostgreSQL (skipped, with the reason, when no server is available).
 */
@ParameterizedClass(name = "{0}")
@EnumSource(Backend.class)
abstract class BackendTest extends StoreTestBase {
}
