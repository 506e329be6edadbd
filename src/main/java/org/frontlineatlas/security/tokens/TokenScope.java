package org.frontlineatlas.security.tokens;

/** What a token may do: READ only reads (GET); WRITE also writes (POST, PUT, DELETE) as its owner. */
public enum TokenScope {
    READ,
    WRITE
}
