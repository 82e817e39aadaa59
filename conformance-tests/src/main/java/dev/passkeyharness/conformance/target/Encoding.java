package dev.passkeyharness.conformance.target;

/** How a step's request carries its body. */
public enum Encoding {
    /** application/json: the body template rendered as JSON. */
    JSON("application/json"),
    /** application/x-www-form-urlencoded: the body template's top-level members as form fields. */
    FORM("application/x-www-form-urlencoded"),
    /** No body (GET, DELETE, or a POST the server reads nothing from). */
    NONE(null);

    private final String contentType;

    Encoding(String contentType) {
        this.contentType = contentType;
    }

    /** The Content-Type header's value, or null when nothing is sent. */
    public String contentType() {
        return contentType;
    }
}
