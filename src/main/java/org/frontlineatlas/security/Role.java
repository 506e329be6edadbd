package org.frontlineatlas.security;

/** What a signed-in person may do. Readers have no account and no role. */
public enum Role {
    /** Reviews, pins and corrects events. */
    EDITOR,
    /** Everything an editor does, plus managing accounts. */
    ADMIN;

    /** The Spring Security authority name ({@code ROLE_EDITOR}), as @RolesAllowed("EDITOR") expects. */
    public String authority() {
        return "ROLE_" + name();
    }
}
