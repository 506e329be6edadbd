package org.frontlineatlas.security.tokens;

/** A token just issued, with its secret: the only moment the secret exists outside the script that holds it. */
public record IssuedToken(ApiToken token, String secret) {

    @Override
    public String toString() { // keeps the secret out of logs and exception messages
        return "IssuedToken[" + token + "]";
    }
}
