package nl.schakel.audit;

/** NEN 7513 / RFC 3881 EventActionCode: create, read, update, delete, execute (search, export, login, ...). */
public enum ActionCode {
    C,
    R,
    U,
    D,
    E
}
