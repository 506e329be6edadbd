package org.frontlineatlas.security;

/** Settings shared by the security tests, so their Spring contexts are one and the same (cached). */
public final class TestSecurity {

    public static final String DATABASE_URL = "jdbc:h2:mem:security;DB_CLOSE_DELAY=-1";
    /** Only for tests: the admin password the test application starts with. */
    public static final String ADMIN_PASSWORD = "test-admin-password-1";

    private TestSecurity() {}
}
